package sweep_test

import (
	"errors"
	"fmt"
	"go/token"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/packages"

	"github.com/mpreslint/mpreslint/analyzer"
	"github.com/mpreslint/mpreslint/internal/integration"
)

// goEnv is the environment of every go command of the sweep: no network,
// no toolchain switch, no workspace, and none of the user's GOFLAGS.
var goEnv = append(os.Environ(), "GOFLAGS=", "GOWORK=off", "GOPROXY=off", "GOSUMDB=off", "GOTOOLCHAIN=local")

func TestSweep(t *testing.T) {
	integration.Require(t, "the sweep takes minutes and depends on the module cache")
	start := time.Now()
	goroot, err := goCmd("", "env", "GOROOT")
	if err != nil {
		t.Fatal(err)
	}
	s := newSweep()
	for _, b := range []batch{
		{name: "std", dir: filepath.Join(goroot, "src"), patterns: []string{"std"}, tests: true},
		{name: "cmd", dir: filepath.Join(goroot, "src", "cmd"), patterns: []string{"cmd"}, tests: true},
	} {
		if err := s.run(t, b); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("std and cmd: %d packages, %d files (with tests)", len(s.pkgs), len(s.files))

	modcache, err := goCmd("", "env", "GOMODCACHE")
	if err != nil {
		t.Fatal(err)
	}
	mods, err := cachedModules(modcache)
	if err != nil {
		t.Fatal(err)
	}
	// A batch makes the first remaining module the main module and
	// analyzes the modules its build list selects. A module is done once a
	// batch analyzed one of its packages, or in its own batch: a build
	// list may select a module yet lack what it needs (modules outside
	// the graph pruned to what the main module imports).
	remaining := slices.Clone(mods)
	for len(remaining) > 0 {
		anchor := remaining[0]
		b, err := moduleBatch(t, anchor, remaining)
		if err == nil {
			err = s.run(t, b)
		}
		if err != nil && len(b.patterns) > 1 {
			// Packages of modules outside the pruned graph make go list
			// load the whole graph, which needs go.mod files that may
			// never have been downloaded: try the anchor alone.
			b.patterns, b.modules = b.patterns[:1], map[string]bool{b.main: true}
			err = s.run(t, b)
		}
		if err != nil {
			s.unbuilt[anchor.String()] = err.Error()
		}
		remaining = slices.DeleteFunc(remaining, func(m module) bool {
			return m == anchor || s.analyzed[m.String()] > 0
		})
	}
	s.report(t, modcache, mods, time.Since(start))
}

// A batch is one load: patterns in the main module of dir.
type batch struct {
	name     string
	dir      string
	flags    []string // build flags
	patterns []string
	tests    bool            // load test files too
	modules  map[string]bool // the modules to analyze (path@version); nil for std and cmd
	main     string          // the main module's path@version
}

// moduleOf returns the module of a package as path@version, or "" for
// std and cmd.
func (b batch) moduleOf(p *packages.Package) string {
	switch {
	case b.modules == nil || p.Module == nil:
		return ""
	case p.Module.Main:
		return b.main
	}
	return p.Module.Path + "@" + p.Module.Version
}

// A sweep accumulates the results of its batches.
type sweep struct {
	analyzer *analysis.Analyzer
	pkgs     map[string]bool   // analyzed packages, by module and path
	files    map[string]bool   // analyzed files
	findings map[string]bool   // "file:line:col: [category] message"
	failures []string          // what the sweep asserts never happens
	analyzed map[string]int    // packages analyzed by module
	illTyped map[string]int    // packages skipped for errors by module
	unbuilt  map[string]string // modules whose build list failed, with the error
}

func newSweep() *sweep {
	return &sweep{
		// With -include-tests, test files of std and cmd are checked too.
		analyzer: analyzer.New(analyzer.Options{IncludeTests: true}),
		pkgs:     make(map[string]bool),
		files:    make(map[string]bool),
		findings: make(map[string]bool),
		analyzed: make(map[string]int),
		illTyped: make(map[string]int),
		unbuilt:  make(map[string]string),
	}
}

// run loads a batch from source and analyzes its packages that have no
// errors.
func (s *sweep) run(t *testing.T, b batch) error {
	start := time.Now()
	cfg := &packages.Config{Mode: packages.LoadAllSyntax | packages.NeedModule, Dir: b.dir, Env: goEnv, BuildFlags: b.flags, Tests: b.tests}
	pkgs, err := packages.Load(cfg, b.patterns...)
	if err != nil {
		return fmt.Errorf("%s: %v", b.name, err)
	}
	ill := make(map[string]int)
	var roots []*packages.Package
	for _, p := range pkgs {
		mod := b.moduleOf(p)
		switch {
		case strings.HasSuffix(p.ID, ".test"):
			// a generated test main
		case b.modules != nil && !b.modules[mod]:
			// a package of a module analyzed in another batch, or one
			// that failed to load (its module unknown)
		case p.IllTyped && b.modules == nil:
			s.fail("%s: %s does not type-check: %v", b.name, p.ID, p.Errors)
		case p.IllTyped:
			ill[mod]++ // it or a dependency does not build
		default:
			s.analyzed[mod]++
			roots = append(roots, p)
		}
	}
	maps.Copy(s.illTyped, ill) // the last batch that tried a module counts
	graph, err := checker.Analyze([]*analysis.Analyzer{s.analyzer}, roots, nil)
	if err != nil {
		t.Fatalf("%s: %v", b.name, err)
	}
	for _, act := range graph.Roots {
		s.record(b.moduleOf(act.Package), act)
	}
	t.Logf("%s: %d packages analyzed in %v", b.name, len(roots), time.Since(start).Round(time.Millisecond))
	return nil
}

// record adds what one analysis of one package found.
func (s *sweep) record(mod string, act *checker.Action) {
	p := act.Package
	s.pkgs[mod+" "+p.PkgPath] = true
	for _, f := range p.Syntax {
		s.files[p.Fset.File(f.FileStart).Name()] = true
	}
	if act.Err != nil {
		s.fail("%s: analysis failed: %v", p.ID, act.Err)
	}
	for _, d := range act.Diagnostics {
		line := fmt.Sprintf("%s: [%s] %s", p.Fset.Position(d.Pos), d.Category, d.Message)
		if err := checkDiagnostic(p.Fset, d); err != nil {
			s.fail("%v: %s", err, line)
			continue
		}
		s.findings[line] = true
	}
}

func (s *sweep) fail(format string, args ...any) {
	s.failures = append(s.failures, fmt.Sprintf(format, args...))
}

// categories are the documented categories of findings.
var categories = map[string]bool{"host": true, "unknown-host": true, "sso": true, "sdk": true, "directive": true}

// checkDiagnostic returns what is wrong with a diagnostic: it tells of a
// panic that mpreslint recovered from (such as an invalid fix, which the
// checker rejects by panicking in Report), or no driver could print it.
func checkDiagnostic(fset *token.FileSet, d analysis.Diagnostic) error {
	switch {
	case d.Category == "internal-error" || strings.Contains(d.Message, "internal error in mpreslint"):
		return errors.New("mpreslint panicked")
	case !categories[d.Category]:
		return fmt.Errorf("unknown category %q", d.Category)
	case fset.File(d.Pos) == nil:
		return errors.New("diagnostic without a position")
	case d.End.IsValid() && d.End < d.Pos:
		return errors.New("diagnostic ends before it starts")
	}
	return nil
}

// report prints the counts and every finding, and fails on any failure.
func (s *sweep) report(t *testing.T, modcache string, mods []module, elapsed time.Duration) {
	var skipped []string
	for _, m := range mods {
		switch m := m.String(); {
		case s.unbuilt[m] != "":
			skipped = append(skipped, m+": "+firstLine(s.unbuilt[m]))
		case s.analyzed[m] == 0 && s.illTyped[m] > 0:
			skipped = append(skipped, fmt.Sprintf("%s: %d packages, none builds", m, s.illTyped[m]))
		case s.analyzed[m] == 0:
			skipped = append(skipped, m+": no packages")
		}
	}
	t.Logf("module cache %s: %d of %d modules analyzed; %d packages analyzed, %d skipped as they do not build (without tests)",
		modcache, len(mods)-len(skipped), len(mods), sum(s.analyzed)-s.analyzed[""], sum(s.illTyped))
	t.Logf("total: %d packages, %d files in %v", len(s.pkgs), len(s.files), elapsed.Round(time.Second))
	t.Logf("%d modules skipped:%s", len(skipped), list(skipped))
	findings := slices.Sorted(maps.Keys(s.findings))
	t.Logf("%d findings:%s", len(findings), list(findings))
	if len(mods) > 0 && len(skipped) == len(mods) {
		t.Errorf("no module of %s was analyzed", modcache)
	}
	for _, f := range s.failures {
		t.Error(f)
	}
}

// list formats lines as an indented list on lines of their own.
func list(lines []string) string {
	var b strings.Builder
	for _, l := range lines {
		b.WriteString("\n\t" + l)
	}
	return b.String()
}

func sum(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// goCmd runs the go command in dir and returns its trimmed output.
func goCmd(dir string, args ...string) (string, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir, cmd.Env = dir, goEnv
	out, err := cmd.Output()
	if ee := (*exec.ExitError)(nil); errors.As(err, &ee) {
		err = fmt.Errorf("go %s: %v: %s", strings.Join(args, " "), err, ee.Stderr)
	}
	return strings.TrimSpace(string(out)), err
}

// TestRecord checks that the sweep reports what mpreslint finds in
// testdata/fixture, and fails on what mpreslint reports when it recovers
// from a panic and on analysis errors.
func TestRecord(t *testing.T) {
	fixture := batch{name: "fixture", dir: filepath.Join("testdata", "fixture"), patterns: []string{"./..."}}
	s := newSweep()
	if err := s.run(t, fixture); err != nil {
		t.Fatal(err)
	}
	var got []string // "line [category]"
	for f := range s.findings {
		_, rest, _ := strings.Cut(f, "fixture.go:") // "5:18: [host] host api.mixpanel.com …"
		line, _, _ := strings.Cut(rest, ":")
		got = append(got, line+" "+strings.Fields(rest)[1])
	}
	slices.Sort(got)
	if want := []string{"5 [host]", "7 [host]"}; !slices.Equal(got, want) || len(s.failures) > 0 {
		t.Errorf("findings = %q, failures = %q; want %q and none", got, s.failures, want)
	}

	s = newSweep()
	s.analyzer = &analysis.Analyzer{
		Name:     "mpreslint",
		Doc:      "fails as mpreslint does when it recovers from a panic",
		Requires: []*analysis.Analyzer{inspect.Analyzer},
		Run: func(pass *analysis.Pass) (any, error) {
			pass.Report(analysis.Diagnostic{
				Pos:      pass.Files[0].Package,
				Category: "internal-error",
				Message:  "internal error in mpreslint, please report it: boom",
			})
			return nil, errors.New("boom")
		},
	}
	if err := s.run(t, fixture); err != nil {
		t.Fatal(err)
	}
	if len(s.failures) != 2 || s.failures[0] != "example.com/fixture: analysis failed: boom" ||
		!strings.HasPrefix(s.failures[1], "mpreslint panicked: ") || len(s.findings) > 0 {
		t.Errorf("failures = %q, findings = %q; want the analysis error and the internal error only", s.failures, slices.Collect(maps.Keys(s.findings)))
	}
}
