//go:build tools

// Package tools pins k8s.io/kubernetes as a dependency of this wrapper module so
// that `go build k8s.io/kubernetes/cmd/...` can run from here. The root module
// of Kubernetes cannot be `go install`ed directly because its go.mod replaces
// the staging modules (k8s.io/api, ...) with local directories; this module's
// go.mod replaces each of them with its published version instead.
package tools

import (
	_ "k8s.io/kubernetes/cmd/kube-apiserver"
	_ "k8s.io/kubernetes/cmd/kube-controller-manager"
	_ "k8s.io/kubernetes/cmd/kube-scheduler"
	_ "k8s.io/kubernetes/cmd/kubectl"
)
