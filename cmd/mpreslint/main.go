// Command mpreslint reports Mixpanel hosts and SDK clients outside the
// project's data-residency region, and fixes them.
//
// Standalone:
//
//	mpreslint [-region=in] [-include-tests] [-files=false] [-fix [-diff]] [-json | -sarif] ./...
//
// which also checks the text files (configuration, templates, JavaScript)
// in the directories the patterns name.
//
// As a go vet or go fix tool, with the same -region and -include-tests:
//
//	go vet -vettool=$(which mpreslint) ./...
//	go fix -fixtool=$(which mpreslint) ./...
//
// As a language server beside gopls (see internal/lsp):
//
//	mpreslint lsp [-region=in] [-include-tests]
package main

import (
	"fmt"
	"os"

	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/mpreslint/mpreslint/analyzer"
	"github.com/mpreslint/mpreslint/internal/driver"
	"github.com/mpreslint/mpreslint/internal/lsp"
	"github.com/mpreslint/mpreslint/internal/vetx"
)

func main() {
	args := os.Args[1:]
	if len(args) > 0 && args[0] == "lsp" { // a package named lsp is ./lsp
		os.Exit(lsp.Main(args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	switch {
	case driver.ToolIDRequest(args):
		if err := driver.PrintToolID(os.Stdout); err != nil {
			fmt.Fprintf(os.Stderr, "mpreslint: %v\n", err)
			os.Exit(1)
		}
	case driver.FromGoCommand(args):
		vetx.SkipFactsOnlyRunUnless(args, analyzer.MayExportFacts)
		// singlechecker, for its unprefixed flags (-region, where
		// unitchecker.Main wants -mpreslint.region), answers -flags and
		// hands the *.cfg to unitchecker.Run.
		singlechecker.Main(analyzer.Analyzer)
	default:
		os.Exit(driver.Main(args, os.Stdout, os.Stderr, analyzer.New))
	}
}
