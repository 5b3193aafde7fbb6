package analyzer_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/mpreslint/mpreslint/analyzer"
	"github.com/mpreslint/mpreslint/residency"
)

// A fixture is a package of ../testdata/src: every directory there but the
// stubs of other modules (named by a domain, like github.com), so that no
// fixture is left out of the golden, stability and fixed-golden tests. A
// fixture's options are in a comment of one of its files:
//
//	// mpreslint-fixture: -region=in -include-tests
const fixtureMarker = "// mpreslint-fixture:"

type fixture struct {
	pkg  string
	opts analyzer.Options
}

// fixtures lists the fixtures of ../testdata/src with their options.
func fixtures(t *testing.T) []fixture {
	t.Helper()
	src := filepath.Join(testdata(t), "src")
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	var out []fixture
	for _, e := range entries {
		if !e.IsDir() || strings.Contains(e.Name(), ".") {
			continue // a stub module
		}
		f := fixture{pkg: e.Name(), opts: analyzer.Options{Region: residency.EU}}
		files, err := filepath.Glob(filepath.Join(src, e.Name(), "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range files {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			for line := range strings.Lines(string(data)) {
				opts, ok := strings.CutPrefix(strings.TrimSpace(line), fixtureMarker)
				if !ok {
					continue
				}
				for _, opt := range strings.Fields(opts) {
					switch {
					case opt == "-include-tests":
						f.opts.IncludeTests = true
					case strings.HasPrefix(opt, "-region="):
						f.opts.Region = residency.Region(strings.TrimPrefix(opt, "-region="))
					default:
						t.Fatalf("%s: unknown fixture option %q", name, opt)
					}
				}
			}
		}
		out = append(out, f)
	}
	if len(out) < 20 {
		t.Fatalf("found %d fixtures in %s, want at least 20", len(out), src)
	}
	return out
}

// fixtureGroups returns the fixtures' packages grouped by their options.
func fixtureGroups(t *testing.T) map[analyzer.Options][]string {
	groups := make(map[analyzer.Options][]string)
	for _, f := range fixtures(t) {
		groups[f.opts] = append(groups[f.opts], f.pkg)
	}
	for _, pkgs := range groups {
		slices.Sort(pkgs)
	}
	return groups
}

// hasGolden reports whether the fixture pkg has a golden file.
func hasGolden(t *testing.T, pkg string) bool {
	matches, err := filepath.Glob(filepath.Join(testdata(t), "src", pkg, "*.golden"))
	if err != nil {
		t.Fatal(err)
	}
	return len(matches) > 0
}
