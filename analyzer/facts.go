package analyzer

import (
	"fmt"
	"go/ast"
	"go/types"
	"maps"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/mpreslint/mpreslint/internal/message"
	"github.com/mpreslint/mpreslint/residency"
)

// Uses in other packages. An exported constant or variable that names a
// wrong-region host, and that its own package uses only as an arm of a
// region choice or to recognize hosts, is silent where it is declared: its
// package does not send to it. Another package may: http.Post(hosts.USTrack,
// …). Its package exports a hostFact on it, as x/tools' printf does for its
// wrappers, so that go vet, golangci-lint and gopls see it in importers,
// and a use there that is no region choice of its own is reported at that
// use. No fix rewrites the shared constant; a member of a per-region set
// (EndpointUS beside EndpointEU) gets a fix at the use that names its
// sibling.

// MayExportFacts reports whether a Go file whose source is src can give
// its package a fact: it names a Mixpanel host. go vet's facts-only runs
// over the dependencies of the packages checked are skipped when no file
// of the package can (see internal/vetx). A host spelled with escapes
// ("api.\x6dixpanel.com") in an exported constant is missed that way.
func MayExportFacts(src []byte) bool {
	return residency.Mentions(string(src))
}

// hostFact marks an exported constant or variable whose value names a
// wrong-region host that its own package does not send to.
type hostFact struct {
	Category string
	Message  string // the finding about its value
	Family   residency.Family
	Rest     string // the URL's part after the host
	Sibling  string // the target region's member of its per-region set, if any
}

func (*hostFact) AFact() {}

func (f *hostFact) String() string { return "mpreslint host: " + f.Message }

// exportedDecl returns the exported package-level constant or variable
// declared with the value at cur, if any.
func (c *checker) exportedDecl(cur inspector.Cursor) types.Object {
	for cur.ParentEdgeKind() == edge.ParenExpr_X {
		cur = cur.Parent()
	}
	if cur.ParentEdgeKind() != edge.ValueSpec_Values {
		return nil
	}
	obj := c.choices.declaredWith(cur)
	if obj == nil || !obj.Exported() || obj.Parent() != c.pass.Pkg.Scope() {
		return nil
	}
	return obj
}

// exportHostFact records, on the exported constant or variable declared
// with the literal at cur whose value is value, that its package does not
// send to the wrong hosts of matches, and returns the fact, if any.
func (c *checker) exportHostFact(cur inspector.Cursor, value string, matches []residency.Match) *hostFact {
	obj := c.exportedDecl(cur)
	if obj == nil {
		return nil
	}
	var wrong []residency.Match
	for _, m := range matches {
		if m.Exists && m.Wrong(c.opts.Region) {
			wrong = append(wrong, m)
		}
	}
	if len(wrong) == 0 {
		return nil
	}
	category, msg := message.HostsFinding(wrong, value, c.opts.Region)
	f := &hostFact{Category: category, Message: msg, Family: wrong[0].Family, Rest: message.NormalPath(wrong[0].Rest)}
	if sibling := c.choices.perRegionMember(obj); sibling != nil && sibling.Exported() {
		f.Sibling = sibling.Name()
	}
	c.pass.ExportObjectFact(obj, f)
	return f
}

// reportAtUses reports the wrong hosts of matches, in the literal at cur
// whose value is value, at the uses that send to the constant or variable
// it declares rather than at the literal, when that is an exported member
// of a per-region set (EndpointUS beside EndpointEU): importers may list
// the members as cases or keys, which a fix here would repeat, so the fix
// at each use names the sibling. It reports whether it did.
func (c *checker) reportAtUses(cur inspector.Cursor, value string, matches []residency.Match) bool {
	obj := c.exportedDecl(cur)
	if obj == nil || c.choices.perRegionMember(obj) == nil {
		return false
	}
	if f := c.exportHostFact(cur, value, matches); f != nil {
		c.ownFacts[obj] = f
		return true
	}
	return false
}

// checkFactUses reports the uses, in the files, of constants and
// variables that carry a hostFact (of other packages, or reported at their
// uses in this one), where this package sends to them: not to recognize,
// not in a message, not as an arm of a region choice of its own.
func (c *checker) checkFactUses(files []*fileState) {
	facts := maps.Clone(c.ownFacts)
	for _, of := range c.pass.AllObjectFacts() {
		if f, ok := of.Fact.(*hostFact); ok && of.Object.Pkg() != c.pass.Pkg {
			facts[of.Object] = f
		}
	}
	if len(facts) == 0 {
		return // the usual case: nothing to look for
	}
	for _, fs := range files {
		for cur := range fs.cursor.Preorder((*ast.Ident)(nil)) {
			id := cur.Node().(*ast.Ident)
			obj := c.pass.TypesInfo.Uses[id]
			f, ok := facts[obj]
			if !ok {
				continue
			}
			use := cur
			if cur.ParentEdgeKind() == edge.SelectorExpr_Sel {
				use = cur.Parent()
			}
			if c.choices.recognizes(use) || c.choices.isMention(use) {
				continue
			}
			w := want{host: true, family: f.Family, rest: f.Rest}
			if ok, _ := c.choices.excused(use, w, nil); ok {
				continue
			}
			d := analysis.Diagnostic{
				Pos:      use.Node().Pos(),
				End:      use.Node().End(),
				Category: f.Category,
				Message:  f.Message + usedThrough(c.pass.Pkg, obj, f),
			}
			if f.Sibling != "" {
				d.SuggestedFixes = []analysis.SuggestedFix{{
					Message:   "Use " + f.Sibling,
					TextEdits: []analysis.TextEdit{{Pos: id.Pos(), End: id.End(), NewText: []byte(f.Sibling)}},
				}}
			}
			c.addAlone(fs, d)
		}
	}
}

// usedThrough says, for a finding at a use of obj, which carries f, how
// the host gets there.
func usedThrough(pkg *types.Package, obj types.Object, f *hostFact) string {
	name, sibling := obj.Name(), f.Sibling
	if obj.Pkg() != pkg {
		name = obj.Pkg().Name() + "." + name
		sibling = obj.Pkg().Name() + "." + sibling
	}
	if f.Sibling != "" {
		return fmt.Sprintf(" (sent through %s, a member of a per-region set beside %s)", name, sibling)
	}
	return fmt.Sprintf(" (sent through %s, which its package only picks or recognizes)", name)
}
