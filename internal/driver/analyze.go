package driver

import (
	"cmp"
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
	findings, errs := finding.FromGraph(graph, true)
	slices.SortStableFunc(findings, compareFindings)
	return findings, errs, nil
}
