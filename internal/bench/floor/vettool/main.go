// Command vettool runs the floor analyzer of the benchmark, standalone or
// as a go vet -vettool.
package main

import (
	"os"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/mpreslint/mpreslint/analyzer"
	"github.com/mpreslint/mpreslint/internal/bench/floor"
	"github.com/mpreslint/mpreslint/internal/driver"
	"github.com/mpreslint/mpreslint/internal/vetx"
)

// main runs the floor as cmd/mpreslint runs mpreslint, with the same
// drivers and the same skip of facts-only runs, so that the two are
// measured alike.
func main() {
	args := os.Args[1:]
	if driver.ToolIDRequest(args) || driver.FromGoCommand(args) {
		vetx.SkipFactsOnlyRun(args, floor.Analyzer)
		singlechecker.Main(floor.Analyzer)
	}
	os.Exit(driver.Main(args, os.Stdout, os.Stderr, func(analyzer.Options) *analysis.Analyzer { return floor.Analyzer }))
}
