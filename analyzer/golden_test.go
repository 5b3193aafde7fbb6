package analyzer_test

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/mpreslint/mpreslint/analyzer"
)

// TestGoldenFixed checks what analysistest's golden files do not: that
// each fixture, with its fixes applied, type-checks, and that a second run
// over it finds nothing left to fix.
func TestGoldenFixed(t *testing.T) {
	if testing.Short() {
		t.Skip("loads packages with go list")
	}
	for opts, all := range fixtureGroups(t) {
		var pkgs []string
		for _, pkg := range all {
			if hasGolden(t, pkg) {
				pkgs = append(pkgs, pkg)
			}
		}
		if len(pkgs) == 0 {
			continue
		}
		tc := struct {
			opts analyzer.Options
			pkgs []string
		}{opts, pkgs}
		t.Run(fmt.Sprintf("region=%s,include-tests=%v", opts.Region, opts.IncludeTests), func(t *testing.T) {
			gopath := fixedGOPATH(t)
			cfg := &packages.Config{
				Mode:  packages.LoadAllSyntax,
				Tests: tc.opts.IncludeTests,
				Dir:   gopath,
				Env:   append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOPROXY=off", "GOFLAGS="),
			}
			pkgs, err := packages.Load(cfg, tc.pkgs...)
			if err != nil {
				t.Fatal(err)
			}
			packages.Visit(pkgs, nil, func(p *packages.Package) {
				for _, err := range p.Errors {
					t.Errorf("fixed %s does not build: %v", p.PkgPath, err)
				}
			})
			a := analyzer.New(tc.opts)
			graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
			if err != nil {
				t.Fatal(err)
			}
			for act := range graph.All() {
				if act.Analyzer != a || !act.IsRoot {
					continue
				}
				for _, d := range act.Diagnostics {
					if len(d.SuggestedFixes) > 0 {
						t.Errorf("%s: fixed code still has a fix: %s", act.Package.Fset.Position(d.Pos), d.Message)
					}
				}
			}
		})
	}
}

// fixedGOPATH returns a copy of ../testdata/src, as a GOPATH, in which
// every file that has a golden file is replaced by it.
func fixedGOPATH(t *testing.T) string {
	dir := t.TempDir()
	src := filepath.Join(testdata(t), "src")
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		if strings.HasSuffix(rel, ".golden") {
			rel = strings.TrimSuffix(rel, ".golden")
		} else if _, err := os.Stat(path + ".golden"); err == nil {
			return nil // replaced by its golden file
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		dst := filepath.Join(dir, "src", rel)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestAssignmentIndent checks the raw text of the fixes that assign
// APIHost after a variable's definition, which the golden files show only
// once formatted: a line of its own, indented like the definition.
func TestAssignmentIndent(t *testing.T) {
	a := analyzer.New(analyzer.Options{})
	results := analysistest.Run(t, testdata(t), a, "flagsv2")
	n := 0
	for _, r := range results {
		for _, d := range r.Diagnostics {
			for _, fix := range d.SuggestedFixes {
				for _, edit := range fix.TextEdits {
					text := string(edit.NewText)
					if !strings.Contains(text, ".APIHost = ") {
						continue
					}
					n++
					pos := r.Pass.Fset.Position(edit.Pos)
					src, err := os.ReadFile(pos.Filename)
					if err != nil {
						t.Fatal(err)
					}
					before := string(src[:pos.Offset])
					prev := before[strings.LastIndex(strings.TrimSuffix(before, "\n"), "\n")+1:]
					indent := prev[:len(prev)-len(strings.TrimLeft(prev, "\t"))]
					if !strings.HasSuffix(before, "\n") || !strings.HasSuffix(text, "\n") || !strings.HasPrefix(text, indent+"cfg.") {
						t.Errorf("%s: edit %q after line %q: want a line of its own indented like it", pos, text, prev)
					}
				}
			}
		}
	}
	if n < 5 {
		t.Errorf("checked %d assignments, want at least 5", n)
	}
}
