// Command vettool runs the floor analyzer of the benchmark, standalone or
// as a go vet -vettool.
package main

import (
	"os"

	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/mpreslint/mpreslint/internal/bench/floor"
	"github.com/mpreslint/mpreslint/internal/vetx"
)

// main skips facts-only runs as cmd/mpreslint does, so that the two are
// measured alike.
func main() {
	vetx.SkipFactsOnlyRun(os.Args[1:], floor.Analyzer)
	singlechecker.Main(floor.Analyzer)
}
