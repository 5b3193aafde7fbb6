package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/mpreslint/mpreslint/internal/message"
	"github.com/mpreslint/mpreslint/residency"
)

// The categories of diagnostics, package message's: the file scan's too.
const (
	categoryHost        = message.Host
	categoryUnknownHost = message.UnknownHost
	categorySSO         = message.SSO
	categorySDK         = message.SDK
	categoryCSP         = message.CSP
	categoryDirective   = message.Directive
	categoryInternal    = message.Internal
)

// categoryURL is the README section of a category.
func categoryURL(category string) string {
	return message.URL(category)
}

// checker runs the checks over one package.
type checker struct {
	pass     *analysis.Pass
	opts     Options
	choices  *choices
	files    map[*token.File]*fileState
	findings []*finding

	seenConfigs map[*types.Var]bool            // flags configs reported at a use
	ownFacts    map[types.Object]*hostFact     // exported per-region members reported at their uses
	exports     *exportIndex                   // built on first need
	wrappers    map[*types.Func]*optionWrapper // functions that pass their options to the SDK's client, built on first need
}

// fileState is what the checks need to know about the file at hand.
type fileState struct {
	file       *ast.File
	cursor     inspector.Cursor
	generated  bool              // findings get no fixes
	imports    map[string]string // import name → path, for SDK packages
	directives *directives
}

// finding is a diagnostic not yet reported, with what would excuse it, so
// that a fix that would excuse another finding can be withheld.
type finding struct {
	fs         *fileState
	diag       analysis.Diagnostic
	node       ast.Node // the literal or call reported
	cursor     inspector.Cursor
	wants      []want            // what a region choice would need to excuse it
	considered map[ast.Node]bool // wrong literals and calls in the sibling arms of its choices
	// its fix writes the region's ingestion host where node is, as a flags
	// config's APIHost
	insertsHost bool
}

func newChecker(pass *analysis.Pass, opts Options) *checker {
	c := &checker{pass: pass, opts: opts, files: make(map[*token.File]*fileState), ownFacts: make(map[types.Object]*hostFact)}
	c.choices = newChoices(pass, opts.Region, c.skipFile, c.sdkClientOf)
	return c
}

func (c *checker) check(insp *inspector.Inspector) {
	var files []*fileState
	forEachFile(insp, func(curFile inspector.Cursor, file *ast.File) {
		fs := &fileState{
			file:       file,
			cursor:     curFile,
			generated:  ast.IsGenerated(file),
			imports:    sdkImports(file),
			directives: parseDirectives(c.pass.Fset, file),
		}
		c.files[c.pass.Fset.File(file.FileStart)] = fs
		if !c.skipFile(c.pass.Fset.File(file.FileStart).Name()) {
			files = append(files, fs)
		}
	})
	for _, fs := range files {
		types := []ast.Node{(*ast.BasicLit)(nil)}
		if len(fs.imports) > 0 || c.hasWrappers() {
			types = append(types, (*ast.CallExpr)(nil)) // only files that import an SDK, or call a wrapper of its client, make SDK calls
		}
		for cur := range fs.cursor.Preorder(types...) {
			switch n := cur.Node().(type) {
			case *ast.BasicLit:
				if !c.checkAPIHostLiteral(fs, cur, n) {
					c.checkLiteral(fs, cur, n)
				}
				c.checkCSP(fs, cur, n)
			case *ast.CallExpr:
				c.checkCall(fs, cur, n)
			}
		}
	}
	c.checkFactUses(files)
	c.withholdUnstableFixes()
	c.withholdHostInserts()
	for _, f := range c.findings {
		c.report(f.fs, f.diag)
	}
	for _, fs := range files {
		c.reportDirectives(fs)
	}
}

// add records a finding at the literal or call at cur; wants and
// considered are as for finding.
func (c *checker) add(fs *fileState, cur inspector.Cursor, d analysis.Diagnostic, wants []want, considered map[ast.Node]bool) *finding {
	f := &finding{fs: fs, diag: d, node: cur.Node(), cursor: cur, wants: wants, considered: considered}
	c.findings = append(c.findings, f)
	return f
}

// addAlone records a finding that no region choice excuses.
func (c *checker) addAlone(fs *fileState, d analysis.Diagnostic) {
	c.findings = append(c.findings, &finding{fs: fs, diag: d})
}

// skipFile reports whether the file named name is not to be analyzed.
func (c *checker) skipFile(name string) bool {
	if !c.opts.IncludeTests && strings.HasSuffix(name, "_test.go") {
		return true
	}
	return isVendored(name)
}

func isVendored(name string) bool {
	return strings.Contains(strings.ReplaceAll(name, `\`, "/"), "/vendor/")
}

// report reports d unless a directive suppresses it; findings in
// generated files lose their fixes.
func (c *checker) report(fs *fileState, d analysis.Diagnostic) {
	if fs.directives.suppress(c.pass.Fset, d.Pos) {
		return
	}
	if fs.generated {
		d.SuggestedFixes = nil
	}
	d.URL = categoryURL(d.Category)
	c.pass.Report(d)
}

// regionLabel names the projects of region r in messages: "EU projects".
func regionLabel(r residency.Region) string {
	return message.RegionLabel(r)
}
