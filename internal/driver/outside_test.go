package driver

import (
	"path/filepath"
	"testing"

	"github.com/mpreslint/mpreslint/internal/files"
)

func TestOutsideModules(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"gopath/client.go":           "package client",
		"gopath/deep/x/main.go":      "package main",
		"textonly/values.yaml":       "",
		"vendored/vendor/v/v.go":     "package v",
		"hidden/.cache/c.go":         "package c",
		"mod/go.mod":                 "module example.com/mod\n",
		"mod/main.go":                "package main",
		"nested/sub/go.mod":          "module example.com/sub\n",
		"nested/sub/main.go":         "package main",
		"nested/stray.go":            "package stray",
		"subonly/sub/x.go":           "package x",
		"subonly/readme.md":          "",
		"gopath/testdata/fixture.go": "package fixture",
	})
	abs := func(p string) string { return filepath.Join(dir, filepath.FromSlash(p)) }
	cases := []struct {
		root files.Root
		note bool
	}{
		{files.Root{Dir: abs("gopath"), Tree: true}, true},
		{files.Root{Dir: abs("gopath")}, true},
		{files.Root{Dir: abs("gopath/deep"), Tree: true}, true},
		{files.Root{Dir: abs("gopath/deep")}, false},          // no Go file in the directory itself
		{files.Root{Dir: abs("textonly"), Tree: true}, false}, // no Go file
		{files.Root{Dir: abs("vendored"), Tree: true}, false}, // the go command skips vendor
		{files.Root{Dir: abs("hidden"), Tree: true}, false},   // and dot directories
		{files.Root{Dir: abs("mod"), Tree: true}, false},      // in a module
		{files.Root{Dir: abs("mod")}, false},                  // in a module
		{files.Root{Dir: abs("nested"), Tree: true}, false},   // a module below is checked from its own directory
		{files.Root{Dir: abs("subonly"), Tree: true}, true},   // Go files in a subdirectory
	}
	for _, c := range cases {
		tree := files.Walk([]files.Root{c.root}, false)
		got := outsideModules(tree.GoRoots, tree.Modules)
		if (len(got) > 0) != c.note {
			t.Errorf("outsideModules(%+v) = %v, want a note: %v", c.root, got, c.note)
		}
	}
}
