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

// The categories of diagnostics; each names a section of the README. They
// are package message's, which the file scan uses (TestCategories), written
// out here for the driver's SARIF rules test.
const (
	categoryHost        = "host"
	categoryUnknownHost = "unknown-host"
	categorySSO         = "sso"
	categorySDK         = "sdk"
	categoryCSP         = "csp"
	categoryDirective   = "directive"
	categoryInternal    = "internal-error"
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

	seenConfigs map[*types.Var]bool        // flags configs reported at a use
	ownFacts    map[types.Object]*hostFact // exported per-region members reported at their uses
	exports     *exportIndex               // built on first need
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
		if len(fs.imports) > 0 {
			types = append(types, (*ast.CallExpr)(nil)) // only files that import an SDK make SDK calls
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

// withholdUnstableFixes drops the fix of a finding when applying it alone
// would excuse another finding: fixing one arm of a region choice whose
// other arm is wrong too would make that other arm look deliberate, and its
// finding would vanish unfixed. Fixes are applied one at a time in editors;
// each must remove exactly its own finding.
func (c *checker) withholdUnstableFixes() {
	byNode := make(map[ast.Node][]*finding) // a literal may have a host and a mixpanel.init finding
	for _, f := range c.findings {
		if f.node != nil && len(f.diag.SuggestedFixes) > 0 {
			byNode[f.node] = append(byNode[f.node], f)
		}
	}
	for _, g := range c.findings {
		for n := range g.considered {
			fixed := map[ast.Node]bool{n: true}
			for _, f := range byNode[n] {
				if f == g {
					continue
				}
				for _, w := range g.wants {
					if ok, _ := c.choices.excused(g.cursor, w, fixed); ok {
						// Both, so that neither fix depends on the other finding.
						withholdFix(f)
						withholdFix(g)
						break
					}
				}
			}
		}
	}
}

// withholdHostInserts drops the fixes of a finding whose fix inserts the
// region's ingestion host (a flags config's APIHost) and of a finding that
// this fix would excuse: an arm of the same region choice.
func (c *checker) withholdHostInserts() {
	for _, f := range c.findings {
		if !f.insertsHost || f.diag.SuggestedFixes == nil {
			continue
		}
		for _, g := range c.findings {
			if g == f || g.node == nil {
				continue
			}
			for _, w := range g.wants {
				if w.host && w.family == residency.Ingestion {
					if c.choices.excusedIfInserted(g.cursor, w, f.node) {
						withholdFix(f)
						withholdFix(g)
						break
					}
				}
			}
		}
	}
}

func withholdFix(f *finding) {
	withholdFixBecause(f, "another arm of the same region choice is wrong too; change them together")
}

// withholdFixBecause drops f's fix and says why in its message.
func withholdFixBecause(f *finding, why string) {
	if f.diag.SuggestedFixes != nil {
		f.diag.SuggestedFixes = nil
		f.diag.Message += " (no fix: " + why + ")"
	}
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
