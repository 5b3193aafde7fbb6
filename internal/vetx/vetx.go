// Package vetx lets a go vet or go fix tool skip the runs it gets only for
// facts when they cannot find any.
//
// go vet and go fix run the tool once for every package, dependencies
// included. For a dependency the config says VetxOnly: the tool is to
// export the facts its importers need, and reports nothing. unitchecker
// still parses and type-checks the package to find no facts. A tool
// without facts, or whose facts need something a byte scan of the files
// finds missing (mpreslint's need a Mixpanel host), can write the empty
// fact file and stop, which halves the cost of a go vet run.
package vetx

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// SkipFactsOnlyRun ends the process, after writing an empty fact file,
// when args ask a go vet or go fix tool for a facts-only run (a single
// *.cfg argument whose config sets VetxOnly) and no analyzer, required
// ones included, uses facts. Otherwise it returns, and the driver runs.
func SkipFactsOnlyRun(args []string, analyzers ...*analysis.Analyzer) {
	if !usesFacts(analyzers) {
		SkipFactsOnlyRunUnless(args, nil)
	}
}

// SkipFactsOnlyRunUnless is SkipFactsOnlyRun for analyzers with facts
// that only a file for which relevant reports true can give: it ends a
// facts-only run when relevant is false for each of the package's Go
// files, read as bytes before any parsing. A nil relevant skips every
// facts-only run.
func SkipFactsOnlyRunUnless(args []string, relevant func(src []byte) bool) {
	if len(args) == 0 || !strings.HasSuffix(args[len(args)-1], ".cfg") {
		return
	}
	data, err := os.ReadFile(args[len(args)-1])
	if err != nil {
		return // the driver reports it
	}
	var cfg struct {
		GoFiles    []string
		VetxOnly   bool
		VetxOutput string
		Stdout     string
	}
	if json.Unmarshal(data, &cfg) != nil || !cfg.VetxOnly || cfg.VetxOutput == "" {
		return
	}
	for _, name := range cfg.GoFiles {
		if relevant == nil {
			break
		}
		src, err := os.ReadFile(name)
		if err != nil || relevant(src) {
			return // the driver reports an error
		}
	}
	// The outputs unitchecker leaves in a facts-only run: the (here empty)
	// fact file, and the file it redirects standard output to.
	for _, name := range []string{cfg.VetxOutput, cfg.Stdout} {
		if name == "" {
			continue
		}
		if err := os.WriteFile(name, nil, 0o666); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
	os.Exit(0)
}

// usesFacts reports whether any of the analyzers, or the analyzers they
// require, declares fact types.
func usesFacts(analyzers []*analysis.Analyzer) bool {
	for _, a := range analyzers {
		if len(a.FactTypes) > 0 || usesFacts(a.Requires) {
			return true
		}
	}
	return false
}
