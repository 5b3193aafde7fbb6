package analyzer

import (
	_ "embed"
	"errors"
	"fmt"
	"go/ast"
	"go/token"
	"path/filepath"
	"runtime/debug"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/mpreslint/mpreslint/internal/message"
	"github.com/mpreslint/mpreslint/residency"
)

//go:embed doc.go
var doc string

// ReadmeURL is the documentation of every category: each has a section
// whose anchor is the category name.
const ReadmeURL = message.ReadmeURL

// Options configure an analyzer.
type Options struct {
	// Region is the data-residency region of the Mixpanel project: EU
	// (the default when empty) or IN.
	Region residency.Region
	// IncludeTests reports findings in _test.go files too.
	IncludeTests bool
}

// Analyzer is mpreslint with default options, configurable by flags.
var Analyzer = New(Options{})

// New returns a fresh mpreslint analyzer. Its flags -region and
// -include-tests start from opts and set only this analyzer's options.
func New(opts Options) *analysis.Analyzer {
	if opts.Region == "" {
		opts.Region = residency.EU
	}
	cfg := &opts
	a := &analysis.Analyzer{
		Name:             "mpreslint",
		Doc:              docSection(doc, "mpreslint"),
		URL:              ReadmeURL,
		Requires:         []*analysis.Analyzer{inspect.Analyzer},
		FactTypes:        []analysis.Fact{new(hostFact)},
		RunDespiteErrors: true,
		Run:              cfg.run,
	}
	a.Flags.Var((*regionFlag)(&cfg.Region), "region", "data-residency region of the Mixpanel project: eu or in")
	a.Flags.BoolVar(&cfg.IncludeTests, "include-tests", cfg.IncludeTests, "report findings in _test.go files too")
	return a
}

// ParseRegion parses a project region that mpreslint can enforce: eu or in.
func ParseRegion(s string) (residency.Region, error) {
	r, err := residency.ParseRegion(s)
	if err != nil || r == residency.US {
		return "", fmt.Errorf("invalid region %q: want eu or in", s)
	}
	return r, nil
}

// regionFlag is the -region flag. It takes any value and run rejects a
// bad one: go vet runs the tool once per package, dependencies included,
// and an error from flag parsing would repeat with the usage for each.
type regionFlag residency.Region

func (f *regionFlag) String() string { return string(*f) }

func (f *regionFlag) Set(s string) error {
	*f = regionFlag(strings.ToLower(strings.TrimSpace(s)))
	return nil
}

func (opts *Options) run(pass *analysis.Pass) (_ any, err error) {
	if _, err := ParseRegion(string(opts.Region)); err != nil {
		return nil, fmt.Errorf("-region: %v", err)
	}
	defer func() {
		// One bad input must not crash every analysis in the run:
		// report the failure where it happened and go on.
		if r := recover(); r != nil {
			reportInternalError(pass, r)
			err = nil
		}
	}()
	insp, ok := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	if !ok {
		return nil, errors.New("mpreslint: no inspector result")
	}
	checkPackage(pass, *opts, insp)
	return nil, nil
}

// checkPackage runs the checks over a package; tests replace it to
// exercise the recovery from panics.
var checkPackage = func(pass *analysis.Pass, opts Options, insp *inspector.Inspector) {
	newChecker(pass, opts).check(insp)
}

func reportInternalError(pass *analysis.Pass, r any) {
	pos := token.NoPos
	if len(pass.Files) > 0 {
		pos = pass.Files[0].Package
	}
	pass.Report(analysis.Diagnostic{
		Pos:      pos,
		Category: categoryInternal,
		URL:      categoryURL(categoryInternal),
		Message:  fmt.Sprintf("internal error in mpreslint, please report it: %v (at %s)", r, panicSite(debug.Stack())),
	})
}

// panicSite returns the file:line where the panic in stack began: the
// first frame below panic() outside the runtime.
func panicSite(stack []byte) string {
	lines := strings.Split(string(stack), "\n")
	for i, line := range lines {
		if !strings.HasPrefix(line, "panic(") {
			continue
		}
		// Frames are pairs of lines: the function, then its location.
		for j := i + 2; j+1 < len(lines); j += 2 {
			if strings.HasPrefix(lines[j], "runtime.") {
				continue
			}
			loc := strings.TrimSpace(lines[j+1])
			if k := strings.LastIndex(loc, " +0x"); k >= 0 {
				loc = loc[:k]
			}
			return filepath.Base(loc)
		}
	}
	return "unknown location"
}

// docSection returns the text under "# Analyzer name" in the package
// comment src, in the form analysis.Analyzer.Doc wants: a title line, a
// blank line, then the body.
func docSection(src, name string) string {
	var lines []string
	in := false
	for line := range strings.SplitSeq(src, "\n") {
		if !strings.HasPrefix(line, "//") {
			if in {
				break
			}
			continue
		}
		text := strings.TrimPrefix(strings.TrimPrefix(line, "//"), " ")
		if strings.HasPrefix(text, "# ") {
			if in {
				break
			}
			in = text == "# Analyzer "+name
			continue
		}
		if in {
			lines = append(lines, text)
		}
	}
	out := strings.TrimSpace(strings.Join(lines, "\n"))
	return strings.TrimPrefix(out, name+": ")
}

// forEachFile calls f with each file's cursor and syntax.
func forEachFile(insp *inspector.Inspector, f func(inspector.Cursor, *ast.File)) {
	for cur := range insp.Root().Children() {
		if file, ok := cur.Node().(*ast.File); ok {
			f(cur, file)
		}
	}
}
