//go:build tools

// Package tools pins sigs.k8s.io/kwok so that its go.sum is committed here and
// `go build sigs.k8s.io/kwok/cmd/kwok` is reproducible.
package tools

import _ "sigs.k8s.io/kwok/cmd/kwok"
