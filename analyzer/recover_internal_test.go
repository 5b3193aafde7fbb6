package analyzer

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/ast/inspector"
)

// TestPanicBecomesDiagnostic checks that an internal error is reported as
// one diagnostic at the package clause, not a crash of the whole run.
func TestPanicBecomesDiagnostic(t *testing.T) {
	saved := checkPackage
	t.Cleanup(func() { checkPackage = saved })
	checkPackage = func(*analysis.Pass, Options, *inspector.Inspector) {
		panic("boom")
	}
	dir, err := filepath.Abs("../testdata/broken")
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, New(Options{}), "internalerror")
}
