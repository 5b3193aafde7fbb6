package driver

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
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
func load(u loadUnit, tests bool, paths pathDisplay) ([]*packages.Package, []string, error) {
	cfg := &packages.Config{Mode: packages.LoadSyntax | packages.NeedModule, Tests: tests, Dir: u.dir}
	if u.gowork != "" {
		cfg.Env = append(os.Environ(), "GOWORK="+u.gowork)
	}
	pkgs, err := packages.Load(cfg, u.patterns...)
	if err != nil {
		return nil, nil, goCommandError(err, u.dir, paths)
	}
	if len(pkgs) == 0 {
		return nil, nil, fmt.Errorf("%s %w", strings.Join(u.patterns, " "), errNoPackages)
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
			add(formatError(e, u.dir, paths))
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
func formatError(e packages.Error, dir string, paths pathDisplay) string {
	if e.Pos == "" || e.Pos == "-" {
		return e.Msg
	}
	pos := e.Pos
	if file, _ := splitPos(pos); dir != "" && !filepath.IsAbs(file) {
		pos = filepath.Join(dir, pos)
	}
	return paths.pos(pos) + ": " + e.Msg
}

// goCommandError returns the go command's message in a failure of
// go/packages to run it in dir: its standard error, on one line, without
// the exit status and the "go: " prefix, and with the positions it gives
// relative to dir ("go.mod:1: unknown directive") as in the findings.
func goCommandError(err error, dir string, paths pathDisplay) error {
	msg := err.Error()
	if _, stderr, ok := strings.Cut(msg, "stderr: "); ok {
		msg = stderr
	}
	var lines []string
	for line := range strings.Lines(msg) {
		line = strings.TrimSpace(strings.TrimPrefix(line, "go: "))
		if pos, rest, ok := strings.Cut(line, ": "); ok && dir != "" {
			if file, lc := splitPos(pos); lc != "" && !filepath.IsAbs(file) {
				line = paths.pos(filepath.Join(dir, file)+lc) + ": " + rest
			}
		}
		if line != "" {
			lines = append(lines, line)
		}
	}
	return errors.New(strings.Join(lines, " "))
}
