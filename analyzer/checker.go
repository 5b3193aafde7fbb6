package analyzer

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/mpreslint/mpreslint/residency"
)

// The categories of diagnostics; each names a section of the README.
const (
	categoryHost        = "host"
	categoryUnknownHost = "unknown-host"
	categorySSO         = "sso"
	categorySDK         = "sdk"
	categoryDirective   = "directive"
	categoryInternal    = "internal-error"
)

// categoryURL is the README section of a category.
func categoryURL(category string) string {
	return ReadmeURL + "#" + category
}

// checker runs the checks over one package.
type checker struct {
	pass       *analysis.Pass
	opts       Options
	deliberate *deliberateIndex

	seenConfigs map[*types.Var]bool // flags configs reported at a use
	exports     *exportIndex        // built on first need
}

// fileState is what the checks need to know about the file at hand.
type fileState struct {
	file       *ast.File
	generated  bool              // findings get no fixes
	imports    map[string]string // import name → path, for SDK packages
	directives *directives
}

func newChecker(pass *analysis.Pass, opts Options) *checker {
	c := &checker{pass: pass, opts: opts}
	c.deliberate = newDeliberateIndex(pass, opts.Region, c.skipFile)
	return c
}

func (c *checker) check(insp *inspector.Inspector) {
	forEachFile(insp, func(curFile inspector.Cursor, file *ast.File) {
		name := c.pass.Fset.File(file.FileStart).Name()
		if c.skipFile(name) {
			return
		}
		fs := &fileState{
			file:       file,
			generated:  ast.IsGenerated(file),
			imports:    sdkImports(file),
			directives: parseDirectives(c.pass.Fset, file),
		}
		types := []ast.Node{(*ast.BasicLit)(nil)}
		if len(fs.imports) > 0 {
			types = append(types, (*ast.CallExpr)(nil)) // only files that import an SDK make SDK calls
		}
		for cur := range curFile.Preorder(types...) {
			switch n := cur.Node().(type) {
			case *ast.BasicLit:
				if !c.checkAPIHostLiteral(fs, cur, n) {
					c.checkLiteral(fs, cur, n)
				}
			case *ast.CallExpr:
				c.checkCall(fs, cur, n)
			}
		}
		c.reportDirectives(fs)
	})
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

// declOf returns the top-level declaration that holds cur, if any.
func declOf(cur inspector.Cursor) (inspector.Cursor, bool) {
	var top inspector.Cursor
	found := false
	for enc := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.GenDecl)(nil)) {
		top, found = enc, true // the last one is the outermost
	}
	return top, found
}

// regionLabel names the projects of region r in messages: "EU projects".
func regionLabel(r residency.Region) string {
	return r.Label() + " projects"
}
