package analyzer_test

import (
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/mpreslint/mpreslint/analyzer"
	"github.com/mpreslint/mpreslint/internal/integration"
	"github.com/mpreslint/mpreslint/residency"
)

// TestFixAllBuilds applies every fix of each multi-package module at once,
// with facts flowing between its packages as under go vet, and checks that
// every package, tests included, still builds, and that a second run finds
// nothing left to fix.
func TestFixAllBuilds(t *testing.T) {
	if testing.Short() {
		t.Skip("builds modules with go build")
	}
	type module struct {
		dir      string
		region   residency.Region
		minFixes int
	}
	modules := []module{{"../testdata/e2e/regions", residency.EU, 4}}
	if integration.Enabled() {
		modules = append(modules,
			module{"../testdata/e2e/regions", residency.IN, 4},
			module{"../testdata/e2e/app", residency.EU, 5},
			module{"../testdata/e2e/app", residency.IN, 5},
			module{"../testdata/demo", residency.EU, 1},
		)
	} else {
		t.Logf("the other modules and regions: skipped unless %s=1", integration.Env)
	}
	for _, tc := range modules {
		t.Run(fmt.Sprintf("%s/region=%s", filepath.Base(tc.dir), tc.region), func(t *testing.T) {
			dir := copyModule(t, tc.dir)
			opts := analyzer.Options{Region: tc.region}
			edits := fixEdits(t, dir, opts)
			n := 0
			for name, es := range edits {
				src, err := os.ReadFile(name)
				if err != nil {
					t.Fatal(err)
				}
				out, err := applyTextEdits(src, es)
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				if err := os.WriteFile(name, out, 0o644); err != nil {
					t.Fatal(err)
				}
				n += len(es)
			}
			if n < tc.minFixes {
				t.Errorf("applied %d edits, want at least %d", n, tc.minFixes)
			}
			build := exec.Command("go", "build", "./...")
			build.Dir = dir
			build.Env = moduleEnv()
			if out, err := build.CombinedOutput(); err != nil {
				t.Fatalf("after the fixes, go build ./... fails: %v\n%s", err, out)
			}
			vet := exec.Command("go", "vet", "./...") // builds the tests too
			vet.Dir = dir
			vet.Env = moduleEnv()
			if out, err := vet.CombinedOutput(); err != nil {
				t.Fatalf("after the fixes, go vet ./... fails: %v\n%s", err, out)
			}
			for name, es := range fixEdits(t, dir, opts) {
				t.Errorf("%s: %d fixes left after every fix was applied", name, len(es))
			}
		})
	}
}

func moduleEnv() []string {
	return append(os.Environ(), "GOWORK=off", "GOPROXY=off", "GOFLAGS=-mod=mod", "GO111MODULE=on")
}

// copyModule copies the module at dir to a temporary directory, with the
// relative paths of its replace directives made absolute.
func copyModule(t *testing.T, dir string) string {
	t.Helper()
	src, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	dst := t.TempDir()
	err = filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if rel == "go.mod" {
			data = regexp.MustCompile(`=> (\.\.?/\S*)`).ReplaceAllFunc(data, func(m []byte) []byte {
				return []byte("=> " + filepath.Join(src, string(m[3:])))
			})
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

// offsetEdit replaces the bytes [start, end) of a file with text.
type offsetEdit struct {
	start, end int
	text       string
}

// fixEdits analyzes every package of the module at dir and returns the
// edits of the first fix of each finding, by file, without duplicates.
func fixEdits(t *testing.T, dir string, opts analyzer.Options) map[string][]offsetEdit {
	t.Helper()
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, Dir: dir, Env: moduleEnv()}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		t.Fatal(err)
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, err := range p.Errors {
			t.Errorf("%s: %v", p.PkgPath, err)
		}
	})
	a := analyzer.New(opts)
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	seen := make(map[string]map[offsetEdit]bool)
	edits := make(map[string][]offsetEdit)
	for act := range graph.All() {
		if act.Analyzer != a || !act.IsRoot {
			continue
		}
		if act.Err != nil {
			t.Fatalf("%s: %v", act.Package.PkgPath, act.Err)
		}
		for _, d := range act.Diagnostics {
			if len(d.SuggestedFixes) == 0 {
				continue
			}
			for _, e := range d.SuggestedFixes[0].TextEdits {
				tf := act.Package.Fset.File(e.Pos)
				end := e.End
				if !end.IsValid() {
					end = e.Pos
				}
				oe := offsetEdit{tf.Offset(e.Pos), tf.Offset(end), string(e.NewText)}
				if seen[tf.Name()] == nil {
					seen[tf.Name()] = make(map[offsetEdit]bool)
				}
				if !seen[tf.Name()][oe] {
					seen[tf.Name()][oe] = true
					edits[tf.Name()] = append(edits[tf.Name()], oe)
				}
			}
		}
	}
	return edits
}

// applyTextEdits applies edits, which must not overlap, to src.
func applyTextEdits(src []byte, edits []offsetEdit) ([]byte, error) {
	sort.Slice(edits, func(i, j int) bool { return edits[i].start < edits[j].start })
	var out []byte
	last := 0
	for _, e := range edits {
		if e.start < last {
			return nil, fmt.Errorf("overlapping edits at offset %d", e.start)
		}
		out = append(out, src[last:e.start]...)
		out = append(out, e.text...)
		last = e.end
	}
	return append(out, src[last:]...), nil
}
