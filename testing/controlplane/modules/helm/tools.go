//go:build tools

// Package tools pins helm.sh/helm/v3 so that its go.sum is committed here and
// `go build helm.sh/helm/v3/cmd/helm` is reproducible.
package tools

import _ "helm.sh/helm/v3/cmd/helm"
