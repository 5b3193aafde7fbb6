package driver

import (
	"cmp"
	"errors"
	"go/token"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// unitResult is what a load and analysis of one loadUnit gave.
type unitResult struct {
	loaded   int      // packages loaded
	dirs     []string // the directories of their Go files, absolute, each once
	findings []Finding
	errs     []string // formatted, without the "mpreslint: " prefix
}

// loader loads and analyzes units, several at once within the machine's
// cores. A unit that fails to load is reported once, and the others go
// on.
type loader struct {
	a         *analysis.Analyzer
	tests     bool
	paths     pathDisplay
	noGoFiles func(string) bool // filters out "no Go files in dir" for the directories whose text files are checked
	sem       chan struct{}
	wg        sync.WaitGroup
	units     []loadUnit
	results   []*unitResult // in the order the units were started
}

func newLoader(a *analysis.Analyzer, tests bool, paths pathDisplay, noGoFiles func(string) bool) *loader {
	return &loader{a: a, tests: tests, paths: paths, noGoFiles: noGoFiles, sem: make(chan struct{}, runtime.GOMAXPROCS(0))}
}

// start starts loading units.
func (l *loader) start(units []loadUnit) {
	for _, u := range units {
		res := new(unitResult)
		l.units, l.results = append(l.units, u), append(l.results, res)
		l.wg.Go(func() {
			l.sem <- struct{}{}
			defer func() { <-l.sem }()
			*res = runLoad(u, l.a, l.tests, l.paths, l.noGoFiles)
		})
	}
}

// wait waits for the loads started, and returns them with their results,
// in the order they were started.
func (l *loader) wait() ([]loadUnit, []unitResult) {
	l.wg.Wait()
	results := make([]unitResult, len(l.results))
	for i, r := range l.results {
		results[i] = *r
	}
	return l.units, results
}

func runLoad(u loadUnit, a *analysis.Analyzer, tests bool, paths pathDisplay, noGoFiles func(string) bool) unitResult {
	where := strings.Join(u.patterns, " ")
	if u.dir != "" {
		where = paths.dir(u.dir)
	}
	pkgs, loadErrs, err := load(u, tests, paths)
	if err != nil {
		if errors.Is(err, errNoPackages) {
			if u.fromPaths {
				return unitResult{} // the text files of the directory are checked
			}
			return unitResult{errs: []string{err.Error()}}
		}
		return unitResult{errs: []string{where + ": " + err.Error()}}
	}
	if u.fromPaths && noGoFiles != nil {
		loadErrs = slices.DeleteFunc(loadErrs, noGoFiles)
	}
	// The packages themselves are not kept: a monorepo's would fill the
	// memory.
	res := unitResult{loaded: len(pkgs), dirs: packageDirs(pkgs)}
	findings, analysisErrs, err := analyze(a, pkgs)
	if err != nil {
		res.errs = append(loadErrs, where+": "+err.Error())
		return res
	}
	res.findings, res.errs = findings, append(loadErrs, analysisErrs...)
	return res
}

// packageDirs returns the directories of the Go files of pkgs, each once.
func packageDirs(pkgs []*packages.Package) []string {
	var dirs []string
	for _, p := range pkgs {
		if len(p.GoFiles) > 0 && !slices.Contains(dirs, filepath.Dir(p.GoFiles[0])) {
			dirs = append(dirs, filepath.Dir(p.GoFiles[0]))
		}
	}
	return dirs
}

// mergeResults returns the findings of all units, each once (a module
// reached by two patterns is analyzed twice), sorted; their errors, each
// once; and the directories of the packages of import path patterns.
func mergeResults(units []loadUnit, results []unitResult) (findings []Finding, errs []string, importDirs []string) {
	type key struct {
		pos, end token.Position
		message  string
	}
	seen := make(map[key]bool)
	seenErr := make(map[string]bool)
	for i, r := range results {
		for _, f := range r.findings {
			if k := (key{f.Pos, f.End, f.Message}); !seen[k] {
				seen[k] = true
				findings = append(findings, f)
			}
		}
		for _, e := range r.errs {
			if !seenErr[e] {
				seenErr[e] = true
				errs = append(errs, e)
			}
		}
		if !units[i].fromPaths && !slices.ContainsFunc(units[i].patterns, func(p string) bool { return strings.HasSuffix(p, ".go") }) {
			importDirs = append(importDirs, r.dirs...)
		}
	}
	slices.SortStableFunc(findings, compareFindings)
	return findings, errs, importDirs
}

// compareFindings orders findings by file, position and message.
func compareFindings(x, y Finding) int {
	return cmp.Or(
		cmp.Compare(x.Pos.Filename, y.Pos.Filename),
		cmp.Compare(x.Pos.Line, y.Pos.Line),
		cmp.Compare(x.Pos.Column, y.Pos.Column),
		cmp.Compare(x.Message, y.Message),
	)
}
