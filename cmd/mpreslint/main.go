// Command mpreslint reports Mixpanel hosts and SDK clients outside the
// project's data-residency region, and fixes them.
//
// Standalone:
//
//	mpreslint [-region=in] [-include-tests] [-fix] [-diff] [-json] ./...
//
// As a go vet or go fix tool, with the same flags:
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
	"github.com/mpreslint/mpreslint/internal/vetx"
)

func main() {
	if err := checkRegion(os.Args[1:]); err != nil {
		fmt.Fprintf(os.Stderr, "mpreslint: -region: %v\n", err)
		os.Exit(2)
	}
	vetx.SkipFactsOnlyRun(os.Args[1:], analyzer.Analyzer)
	singlechecker.Main(analyzer.Analyzer)
}

// checkRegion rejects a bad -region value once, before a standalone run
// starts. Under go vet or go fix (one *.cfg argument: a package to
// analyze) the analyzer reports it for each analyzed package instead.
func checkRegion(args []string) error {
	if len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg") {
		return nil
	}
	for i := 0; i < len(args) && strings.HasPrefix(args[i], "-"); i++ {
		name, value, hasValue := strings.Cut(strings.TrimLeft(args[i], "-"), "=")
		if name != "region" {
			continue
		}
		if !hasValue && i+1 < len(args) {
			i++
			value = args[i]
		}
		if _, err := analyzer.ParseRegion(value); err != nil {
			return err
		}
	}
	return nil
}
