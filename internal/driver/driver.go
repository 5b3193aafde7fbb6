// Package driver is the standalone mpreslint command: it loads packages
// with go/packages, analyzes them with go/analysis/checker, turns the
// diagnostics into findings, adds those of the text files in the
// directories the patterns name (package internal/files), applies their
// fixes if asked, and reports what remains in one of the output formats.
//
// Under go vet and go fix, the command is x/tools' unitchecker instead
// (see cmd/mpreslint).
package driver

import (
	"errors"
	"fmt"
	"io"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/mpreslint/mpreslint/analyzer"
	"github.com/mpreslint/mpreslint/internal/files"
)

// Exit codes, the same for every output format.
const (
	exitClean    = 0 // nothing left to report
	exitError    = 1 // some package could not be analyzed (load, parse or type errors)
	exitUsage    = 2 // bad flags or arguments
	exitFindings = 3 // findings reported, or fixes shown by -fix -diff
)

// Main runs the command with args, the arguments after the program name,
// and returns its exit code. newAnalyzer builds the analyzer to run from
// the options on the command line: analyzer.New.
func Main(args []string, stdout, stderr io.Writer, newAnalyzer func(analyzer.Options) *analysis.Analyzer) int {
	opts, code, ok := parseFlags(args, stdout, stderr)
	if !ok {
		return code
	}
	if opts.version {
		if _, err := fmt.Fprintf(stdout, "mpreslint %s\n", Version()); err != nil {
			return exitError
		}
		return exitClean
	}
	paths := newPathDisplay()
	errorf := func(format string, args ...any) { printf(stderr, "mpreslint: "+format+"\n", args...) }

	a := newAnalyzer(analyzer.Options{Region: opts.region, IncludeTests: opts.includeTests})
	var text *textFiles
	if opts.files {
		text = startFiles(opts.patterns, files.Options{Region: opts.region, IncludeTests: opts.includeTests}, a.Name)
	}
	pkgs, loadErrs, err := load(opts.patterns, opts.includeTests, paths)
	if text != nil {
		// A directory without Go packages is no error: its text files
		// are checked.
		if errors.Is(err, errNoPackages) && len(text.dirs) > 0 {
			err = nil
		}
		loadErrs = slices.DeleteFunc(loadErrs, text.checked)
	}
	if err != nil {
		errorf("%v", err)
		return exitError
	}
	findings, analysisErrs, err := analyze(a, pkgs)
	if err != nil {
		errorf("%v", err)
		return exitError
	}
	errs := append(loadErrs, analysisErrs...)
	if text != nil {
		more, fileErrs := text.result(pkgs)
		findings = append(findings, more...)
		slices.SortStableFunc(findings, compareFindings)
		errs = append(errs, fileErrs...)
	}

	shown := false // a diff was printed
	var notes []string
	if opts.fix {
		var fixErrs []string
		findings, shown, notes, fixErrs = fix(findings, opts.diff, stdout, paths)
		errs = append(errs, fixErrs...)
	}
	for _, line := range append(errs, notes...) {
		printf(stderr, "%s\n", line)
	}
	switch {
	case opts.json:
		err = writeJSON(stdout, findings)
	case opts.sarif:
		var root string
		if root, err = sarifRoot(); err == nil {
			err = writeSARIF(stdout, findings, root, Version())
		}
	default:
		err = writeText(stderr, findings, paths)
	}
	switch {
	case err != nil:
		errorf("%v", err)
		return exitError
	case len(errs) > 0:
		return exitError
	case len(findings) > 0 || shown:
		return exitFindings
	}
	return exitClean
}

// printf prints to standard error, where a failure to print cannot be
// reported either.
func printf(stderr io.Writer, format string, args ...any) {
	_, _ = fmt.Fprintf(stderr, format, args...)
}
