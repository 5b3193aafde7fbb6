package lsp

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/mpreslint/mpreslint/analyzer"
	"github.com/mpreslint/mpreslint/residency"
)

// Options are what is checked: the region and whether test files are.
type Options struct {
	Region       residency.Region
	IncludeTests bool
}

// settings is the editor's configuration of the server, in
// initializationOptions or in workspace/didChangeConfiguration's
// settings (there also under a key "mpreslint"). A key left out keeps
// its value.
type settings struct {
	Region       *string `json:"region"`
	IncludeTests *bool   `json:"includeTests"`
}

// apply returns opts with the settings in raw applied. raw may be empty
// or null: no change.
func (opts Options) apply(raw json.RawMessage) (Options, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return opts, nil
	}
	var nested struct {
		Mpreslint *settings `json:"mpreslint"`
	}
	var s settings
	if err := json.Unmarshal(raw, &nested); err != nil {
		return opts, fmt.Errorf("settings: %v", err)
	}
	if nested.Mpreslint != nil {
		s = *nested.Mpreslint
	} else if err := json.Unmarshal(raw, &s); err != nil {
		return opts, fmt.Errorf("settings: %v", err)
	}
	if s.Region != nil {
		r, err := analyzer.ParseRegion(*s.Region)
		if err != nil {
			return opts, fmt.Errorf("settings: region: %v", err)
		}
		opts.Region = r
	}
	if s.IncludeTests != nil {
		opts.IncludeTests = *s.IncludeTests
	}
	return opts, nil
}

// parseFlags parses the arguments of `mpreslint lsp`. ok is false when
// the command is to stop with code.
func parseFlags(args []string, stderr io.Writer) (opts Options, code int, ok bool) {
	fs := flag.NewFlagSet("mpreslint lsp", flag.ContinueOnError)
	fs.SetOutput(stderr)
	region := fs.String("region", string(residency.EU), analyzer.Analyzer.Flags.Lookup("region").Usage)
	fs.BoolVar(&opts.IncludeTests, "include-tests", false, analyzer.Analyzer.Flags.Lookup("include-tests").Usage)
	fs.Usage = func() {
		_, _ = fmt.Fprintf(fs.Output(), `Usage: mpreslint lsp [-region=eu|in] [-include-tests]

mpreslint lsp is a language server (LSP 3.17 over standard input and
output) that reports mpreslint's findings in the open Go files and text
files, and offers their fixes as quick fixes. Run it beside gopls. The
editor may set "region" and "includeTests" in initializationOptions or
in its settings (workspace/didChangeConfiguration, also under
"mpreslint"); they override the flags.

Flags:
`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return opts, 0, false
		}
		return opts, 2, false
	}
	if fs.NArg() > 0 {
		_, _ = fmt.Fprintf(stderr, "mpreslint lsp: unexpected arguments %q\n", fs.Args())
		return opts, 2, false
	}
	r, err := analyzer.ParseRegion(*region)
	if err != nil {
		_, _ = fmt.Fprintf(stderr, "mpreslint lsp: -region: %v\n", err)
		return opts, 2, false
	}
	opts.Region = r
	return opts, 0, true
}
