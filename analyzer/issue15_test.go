package analyzer_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/mpreslint/mpreslint/analyzer"
	"github.com/mpreslint/mpreslint/residency"
)

// TestURLExpressions: Go strings gain the URLs with expressions of
// residency.Find.
func TestURLExpressions(t *testing.T) {
	a := analyzer.New(analyzer.Options{Region: residency.EU})
	analysistest.RunWithSuggestedFixes(t, testdata(t), a, "urlexpr")
}

// TestNodeInit: JavaScript for the Node.js SDK in Go strings.
func TestNodeInit(t *testing.T) {
	a := analyzer.New(analyzer.Options{Region: residency.EU})
	analysistest.RunWithSuggestedFixes(t, testdata(t), a, "nodeinit")
}

// TestDirectiveLines: a directive covers its lines and the next, as in
// every file syntax (internal/files TestDirectiveLines).
func TestDirectiveLines(t *testing.T) {
	a := analyzer.New(analyzer.Options{Region: residency.EU})
	analysistest.Run(t, testdata(t), a, "directiveblock")
}
