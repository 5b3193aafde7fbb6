package driver

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"golang.org/x/tools/go/packages"
)

// errNoPackages is load's error when the patterns match no package.
var errNoPackages = errors.New("matched no packages")

// load loads the packages that patterns name, with their test files if
// tests is set. It returns them, and the errors of every loaded package
// (dependencies included) in the go command's form, each once: a file in
// a package and its test variant is parsed and type-checked twice, go
// list reports the compiler's view of the errors that go/packages finds
// again, and only a file's first syntax error is not a follow-on error.
func load(patterns []string, tests bool, paths pathDisplay) ([]*packages.Package, []string, error) {
	cfg := &packages.Config{Mode: packages.LoadSyntax | packages.NeedModule, Tests: tests}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, nil, err
	}
	if len(pkgs) == 0 {
		return nil, nil, fmt.Errorf("%s %w", strings.Join(patterns, " "), errNoPackages)
	}
	var errs []string
	seen := make(map[string]bool)
	add := func(msg string) {
		if !seen[msg] {
			seen[msg] = true
			errs = append(errs, msg)
		}
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		checked := slices.ContainsFunc(p.Errors, func(e packages.Error) bool { return e.Kind != packages.ListError })
		parsed := make(map[string]bool) // files with a syntax error
		for _, e := range p.Errors {
			switch e.Kind {
			case packages.ListError:
				if checked && strings.HasPrefix(e.Msg, "# ") {
					continue // the compiler's report of the parse or type errors
				}
			case packages.ParseError:
				file, _ := splitPos(e.Pos)
				if parsed[file] {
					continue // the parser's follow-on errors
				}
				parsed[file] = true
			}
			add(formatError(e, paths))
		}
		if p.Module != nil && p.Module.Error != nil {
			add(p.Module.Error.Err)
		}
	})
	return pkgs, errs, nil
}

// formatError formats e as the go command does: position: message, with
// the position's file relative to the current directory, and no
// position when it has none.
func formatError(e packages.Error, paths pathDisplay) string {
	if e.Pos == "" || e.Pos == "-" {
		return e.Msg
	}
	return paths.pos(e.Pos) + ": " + e.Msg
}
