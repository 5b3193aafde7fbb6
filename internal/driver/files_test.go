package driver

import (
	"path/filepath"
	"testing"

	"github.com/mpreslint/mpreslint/internal/files"
)

func TestDirPattern(t *testing.T) {
	abs := filepath.Join(t.TempDir(), "app")
	for _, tc := range []struct {
		pattern string
		want    files.Root
		ok      bool
	}{
		{"./...", files.Root{Dir: ".", Tree: true}, true},
		{".", files.Root{Dir: "."}, true},
		{"./web", files.Root{Dir: "web"}, true},
		{"./web/", files.Root{Dir: "web"}, true},
		{"./web/...", files.Root{Dir: "web", Tree: true}, true},
		{"../other/...", files.Root{Dir: "../other", Tree: true}, true},
		{"..", files.Root{Dir: ".."}, true},
		{"./cmd/.../internal", files.Root{Dir: "cmd", Tree: true}, true}, // the tree above the wildcard
		{abs + "/...", files.Root{Dir: abs, Tree: true}, true},
		{abs, files.Root{Dir: abs}, true},
		{"example.com/app/...", files.Root{}, false},
		{"std", files.Root{}, false},
		{"web", files.Root{}, false}, // an import path, as for the go command
	} {
		got, ok := dirPattern(tc.pattern)
		want := tc.want
		want.Dir = filepath.FromSlash(want.Dir)
		if ok != tc.ok || ok && (filepath.Clean(got.Dir) != filepath.Clean(want.Dir) || got.Tree != want.Tree) {
			t.Errorf("dirPattern(%q) = %+v, %v; want %+v, %v", tc.pattern, got, ok, want, tc.ok)
		}
	}
}
