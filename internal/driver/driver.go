// Package driver is the standalone mpreslint command: it sorts its
// arguments into directory patterns, import paths, Go files and text
// files (plan.go), loads the Go packages with go/packages, each
// module of a tree from its own directory, analyzes them with
// go/analysis/checker, turns the diagnostics into findings, adds those of
// the text files in the directories the patterns name (package
// internal/files), applies their fixes if asked without damaging a file
// (write.go), and reports what remains in one of the output formats,
// with the errors and the files skipped (report.go).
//
// Under go vet and go fix, the command is x/tools' unitchecker instead
// (see cmd/mpreslint).
package driver

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

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
	var r report
	start := time.Now() // a file changed after this is not fixed
	a := newAnalyzer(analyzer.Options{Region: opts.region, IncludeTests: opts.includeTests})
	findings := check(opts, a, paths, &r)

	shown := false // a diff was printed
	if opts.fix {
		fixed := fix(findings, opts.diff, start, stdout, paths)
		findings, shown = fixed.remaining, fixed.printed
		r.errs = append(r.errs, fixed.errs...)
		r.notes = append(r.notes, fixed.notes...)
		if !opts.diff {
			r.summary = fixed.summary()
		}
	}
	r.printLog(stderr, opts.verbose, paths)
	var err error
	switch {
	case opts.json:
		err = writeJSON(stdout, findings, r.skipped)
	case opts.sarif:
		var root string
		if root, err = sarifRoot(); err == nil {
			err = writeSARIF(stdout, findings, root, Version(), r.log())
		}
	default:
		err = writeText(stderr, findings, paths)
	}
	r.printSummary(stderr, opts.verbose)
	switch {
	case err != nil:
		printf(stderr, "mpreslint: %v\n", err)
		return exitError
	case len(r.errs) > 0:
		return exitError
	case len(findings) > 0 || shown:
		return exitFindings
	}
	return exitClean
}

// check checks what the arguments name (see sortArgs) and returns the
// findings, sorted; errors, notes and the files skipped go to r.
func check(opts options, a *analysis.Analyzer, paths pathDisplay, r *report) []Finding {
	in := sortArgs(opts.patterns)
	for _, name := range in.missing {
		r.errorf("%s: no such file", name)
	}
	var dirs []string // of the directory patterns, absolute
	roots := in.roots[:0]
	for _, root := range in.roots {
		abs, err := filepath.Abs(root.Dir)
		if info, statErr := os.Stat(abs); err != nil || statErr != nil || !info.IsDir() {
			r.errorf("%s: no such directory", paths.file(abs))
			continue
		}
		dirs = append(dirs, abs)
		roots = append(roots, root)
	}
	in.roots = roots

	// The loads known from the arguments start at once; those of the
	// modules in the trees once the walk has found them. The text files
	// are checked meanwhile.
	var noGoFiles func(string) bool
	if opts.files {
		noGoFiles = noGoFilesIn(dirs) // a directory without Go packages is no error: its text files are checked
	}
	loads := newLoader(a, opts.includeTests, paths, noGoFiles)
	plan := newPlanner()
	loads.start(plan.first(in))
	tree := files.Walk(in.roots, opts.includeTests)
	var text *textCheck
	if opts.files {
		text = startText(append(tree.Files, in.textFiles...), files.Options{Region: opts.region, IncludeTests: opts.includeTests}, a.Name)
	}
	loads.start(plan.modules(in, tree.Modules))
	r.note(outsideModules(tree.GoRoots, tree.Modules), paths)
	units, results := loads.wait()
	if !opts.files && !slices.ContainsFunc(results, func(u unitResult) bool { return u.loaded > 0 || len(u.errs) > 0 }) {
		r.errorf("%s %v", strings.Join(opts.patterns, " "), errNoPackages) // with -files=false, nothing was checked
	}
	findings, loadErrs, importDirs := mergeResults(units, results)
	for _, e := range loadErrs {
		r.errorf("%s", e)
	}
	if len(loadErrs) > 0 {
		for _, p := range in.importPaths {
			if info, err := os.Stat(p); err == nil && info.IsDir() {
				// As for the go command, "web" is an import path.
				r.notes = append(r.notes, fmt.Sprintf("mpreslint: %s: an import path; to check the directory, write ./%s", p, filepath.ToSlash(p)))
			}
		}
	}
	r.note(tree.Notes, paths)
	r.pathErrs(tree.Errs, paths)
	if text != nil {
		res, notes := text.result(importDirs)
		findings = append(findings, res.Findings...)
		slices.SortStableFunc(findings, compareFindings)
		r.note(notes, paths)
		r.pathErrs(res.Errs, paths)
		r.skipped = res.Skipped
	}
	return findings
}

// printf prints to standard error, where a failure to print cannot be
// reported either.
func printf(stderr io.Writer, format string, args ...any) {
	_, _ = fmt.Fprintf(stderr, format, args...)
}
