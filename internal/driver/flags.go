package driver

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/mpreslint/mpreslint/analyzer"
	"github.com/mpreslint/mpreslint/residency"
)

type options struct {
	region       residency.Region
	includeTests bool
	files        bool
	fix, diff    bool
	json, sarif  bool
	version      bool
	verbose      bool
	patterns     []string
}

// parseFlags parses the command line. When the command is to stop, as
// after -h or a usage error, ok is false and code is its exit code.
func parseFlags(args []string, stdout, stderr io.Writer) (opts options, code int, ok bool) {
	fs := flag.NewFlagSet("mpreslint", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are printed below, the usage on request
	region := fs.String("region", string(residency.EU), usageOf("region"))
	fs.BoolVar(&opts.includeTests, "include-tests", false, usageOf("include-tests")+" (test files are loaded only then), and check the text files of tests and fixtures (*.test.*, *.spec.*, *_test.*, test/, __tests__/, fixtures/, ...)")
	fs.BoolVar(&opts.files, "files", true, "also check the text files (configuration, templates, JavaScript) in the directories the patterns name")
	fs.BoolVar(&opts.fix, "fix", false, "apply the fixes, then report the findings that remain")
	fs.BoolVar(&opts.diff, "diff", false, "with -fix, print the fixes as a unified diff instead of applying them")
	fs.BoolVar(&opts.json, "json", false, "print the findings as JSON, in the format of go vet -json")
	fs.BoolVar(&opts.sarif, "sarif", false, "print the findings as SARIF 2.1.0, for code scanning")
	fs.BoolVar(&opts.version, "version", false, "print mpreslint's version and exit")
	fs.BoolVar(&opts.verbose, "v", false, "list the files skipped (over 1 MiB, minified, generated, binary), one per line")
	fs.Usage = func() {}

	usageError := func(format string, args ...any) (options, int, bool) {
		printf(stderr, "mpreslint: "+format+"\nRun 'mpreslint -h' for usage.\n", args...)
		return opts, exitUsage, false
	}
	// Flags may follow the patterns, as with the go command; after
	// "--", every argument is a pattern.
	var patterns []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				if _, err := io.WriteString(stdout, usage(fs)); err != nil {
					return opts, exitError, false
				}
				return opts, exitClean, false
			}
			return usageError("%v", err)
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			patterns = append(patterns, rest...)
			break
		}
		patterns = append(patterns, rest[0])
		args = rest[1:]
	}
	if opts.version {
		return opts, 0, true
	}
	r, err := analyzer.ParseRegion(*region)
	switch {
	case err != nil:
		return usageError("-region: %v", err)
	case opts.diff && !opts.fix:
		return usageError("-diff needs -fix")
	case opts.diff && opts.json:
		return usageError("-json and -diff cannot be used together")
	case opts.sarif && opts.json:
		return usageError("-sarif and -json cannot be used together")
	case opts.sarif && opts.diff:
		return usageError("-sarif and -diff cannot be used together")
	case len(patterns) == 0:
		return usageError("no packages to check (try ./...)")
	}
	opts.region, opts.patterns = r, patterns
	return opts, 0, true
}

// usageOf returns the usage of the analyzer's flag name.
func usageOf(name string) string { return analyzer.Analyzer.Flags.Lookup(name).Usage }

// usage returns the text of -h.
func usage(fs *flag.FlagSet) string {
	var b strings.Builder
	title, _, _ := strings.Cut(analyzer.Analyzer.Doc, "\n")
	fmt.Fprintf(&b, `mpreslint: %s

Usage:
  mpreslint [flags] packages or files... [flags]
  go vet -vettool=$(which mpreslint) [-region=...] [-include-tests] packages...
  go fix -fixtool=$(which mpreslint) [-region=...] [-include-tests] packages...
  mpreslint lsp [-region=...] [-include-tests]   (a language server, beside gopls)

Standalone, mpreslint also checks the text files (configuration,
templates, JavaScript) in the directories the patterns name: ./... the
tree under the current directory, ./web that directory alone; and each
Go module under a ./... pattern, from its own directory. A file name
checks that file alone (a .go file names a package of it, as for the go
command). go vet and go fix check Go code only.

Exit status: 0 nothing to report, 1 some package or file could not be
analyzed or fixed, 2 bad usage, 3 findings reported (with -fix, those
that remain; with -fix -diff, also when it prints a diff).

Flags:
`, title)
	fs.SetOutput(&b)
	fs.PrintDefaults()
	return b.String()
}
