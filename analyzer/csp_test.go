package analyzer_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/mpreslint/mpreslint/analyzer"
)

// TestCSP: Content Security Policies in Go strings that allow a US host
// alone get a fix that adds the EU host; those that allow both are silent.
func TestCSP(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.New(analyzer.Options{}), "csp")
}
