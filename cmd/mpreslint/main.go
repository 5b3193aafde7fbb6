// Command mpreslint reports Mixpanel hosts and SDK clients outside the
// project's data-residency region, and fixes them.
//
// Standalone:
//
//	mpreslint [-region=in] [-include-tests] [-fix [-diff]] [-json] ./...
//
// As a go vet or go fix tool, with the same -region and -include-tests:
//
//	go vet -vettool=$(which mpreslint) ./...
//	go fix -fixtool=$(which mpreslint) ./...
package main

import (
	"fmt"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/mpreslint/mpreslint/analyzer"
	"github.com/mpreslint/mpreslint/internal/driver"
	"github.com/mpreslint/mpreslint/internal/vetx"
)

func main() {
	args := os.Args[1:]
	switch {
	case len(args) == 1 && strings.TrimLeft(args[0], "-") == "V=full":
		// go vet and go fix ask for the tool's ID, their cache key.
		if err := driver.PrintToolID(os.Stdout); err != nil {
			fmt.Fprintf(os.Stderr, "mpreslint: %v\n", err)
			os.Exit(1)
		}
	case fromGoCommand(args):
		vetx.SkipFactsOnlyRun(args, analyzer.Analyzer)
		singlechecker.Main(analyzer.Analyzer) // runs unitchecker on the *.cfg
	default:
		os.Exit(driver.Main(args, os.Stdout, os.Stderr))
	}
}

// fromGoCommand reports whether go vet or go fix runs the tool: with
// -flags, to list its flags, or on one package's *.cfg file.
func fromGoCommand(args []string) bool {
	if len(args) == 1 && strings.TrimLeft(args[0], "-") == "flags" {
		return true
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}
