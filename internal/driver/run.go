package driver

import (
	"cmp"
	"errors"
	"go/token"
	"runtime"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// unitResult is what a load and analysis of one loadUnit gave.
type unitResult struct {
	pkgs     []*packages.Package
	findings []Finding
	errs     []string // formatted, without the "mpreslint: " prefix
}

// runLoads loads and analyzes the units, several at once within the
// machine's cores. A unit that fails to load is reported once, and the
// others go on. noGoFiles filters out the "no Go files in dir" errors of
// the directories whose text files are checked.
func runLoads(units []loadUnit, a *analysis.Analyzer, tests bool, paths pathDisplay, noGoFiles func(string) bool) []unitResult {
	results := make([]unitResult, len(units))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i, u := range units {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			results[i] = runLoad(u, a, tests, paths, noGoFiles)
		})
	}
	wg.Wait()
	return results
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
	findings, analysisErrs, err := analyze(a, pkgs)
	if err != nil {
		return unitResult{pkgs: pkgs, errs: append(loadErrs, where+": "+err.Error())}
	}
	return unitResult{pkgs: pkgs, findings: findings, errs: append(loadErrs, analysisErrs...)}
}

// mergeResults returns the findings of all units, each once (a module
// reached by two patterns is analyzed twice), sorted; their errors, each
// once; and the packages of the units of import path patterns.
func mergeResults(units []loadUnit, results []unitResult) (findings []Finding, errs []string, importPkgs []*packages.Package) {
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
			importPkgs = append(importPkgs, r.pkgs...)
		}
	}
	slices.SortStableFunc(findings, compareFindings)
	return findings, errs, importPkgs
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
