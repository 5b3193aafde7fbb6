package driver

import (
	"cmp"
	"fmt"
	"go/token"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/mpreslint/mpreslint/internal/finding"
)

// analyze runs a over pkgs. It returns the findings sorted by position,
// each once (a file of a package and of its test variant is analyzed
// twice), and the analysis errors.
func analyze(a *analysis.Analyzer, pkgs []*packages.Package) ([]Finding, []string, error) {
	pkgs = slices.Clone(pkgs)
	// By ID, so that a finding goes to the package before its test
	// variant ("p" < "p [p.test]").
	slices.SortFunc(pkgs, func(x, y *packages.Package) int { return cmp.Compare(x.ID, y.ID) })
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		return nil, nil, err
	}
	type key struct {
		pos, end token.Position
		message  string
	}
	seen := make(map[key]bool)
	var findings []Finding
	var errs []string
	for _, act := range graph.Roots {
		if act.Err != nil {
			errs = append(errs, fmt.Sprintf("%s: %v", act.Package.ID, act.Err))
			continue
		}
		for _, d := range act.Diagnostics {
			f := finding.FromDiagnostic(act.Package.Fset, act.Package.ID, a.Name, d, true)
			k := key{f.Pos, f.End, f.Message}
			if !seen[k] {
				seen[k] = true
				findings = append(findings, f)
			}
		}
	}
	slices.SortStableFunc(findings, compareFindings)
	return findings, errs, nil
}
