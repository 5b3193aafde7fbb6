// Package layering holds the test that keeps the direction of imports
// between mpreslint's packages: the endpoint table and the runtime guard
// stay standard-library only, and the shared engine stays below the
// analyzer. .golangci.yml's depguard rules say the same to editors.
package layering

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/mpreslint/mpreslint/"

// rules: the packages each package (a directory of the module) may import
// beyond the standard library; a package not listed may import anything.
var rules = []struct {
	dir     string
	allowed []string
}{
	{"residency", nil},
	{"guard", []string{"residency"}},
	{"internal/directive", nil},
	{"internal/message", []string{"residency"}},
	{"internal/files", []string{"residency", "internal/message", "internal/directive", "internal/finding"}},
}

func TestLayering(t *testing.T) {
	for _, rule := range rules {
		files, err := filepath.Glob(filepath.Join("..", "..", rule.dir, "*.go"))
		if err != nil || len(files) == 0 {
			t.Fatalf("%s: no Go files (%v)", rule.dir, err)
		}
		for _, name := range files {
			if strings.HasSuffix(name, "_test.go") {
				continue // tests may use what they like
			}
			f, err := parser.ParseFile(token.NewFileSet(), name, nil, parser.ImportsOnly)
			if err != nil {
				t.Fatal(err)
			}
			for _, imp := range f.Imports {
				path, _ := strconv.Unquote(imp.Path.Value)
				if !strings.Contains(strings.Split(path, "/")[0], ".") {
					continue // the standard library
				}
				own, ok := strings.CutPrefix(path, module)
				if !ok || !slices.Contains(rule.allowed, own) {
					t.Errorf("%s imports %s: %s may import only the standard library and %q", filepath.ToSlash(name), path, rule.dir, rule.allowed)
				}
			}
		}
	}
}
