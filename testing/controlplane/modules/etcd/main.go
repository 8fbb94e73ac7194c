// Command etcd is the etcd server, built from go.etcd.io/etcd/server/v3.
//
// The root module go.etcd.io/etcd/v3 (which holds etcd's own main package)
// uses local replace directives and cannot be `go install`ed, so this wrapper
// calls the server's etcdmain package the same way etcd's main.go does.
package main

import (
	"os"

	"go.etcd.io/etcd/server/v3/etcdmain"
)

func main() {
	etcdmain.Main(os.Args)
}
