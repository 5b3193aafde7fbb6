package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/mpreslint/mpreslint/residency"
)

// checkLiteral reports a string literal that names Mixpanel hosts of
// another region, or hosts that do not exist, and offers to rewrite them.
func (c *checker) checkLiteral(fs *fileState, cur inspector.Cursor, lit *ast.BasicLit) {
	if lit.Kind != token.STRING || !mayNameHost(lit.Value) {
		return // fast path: no Mixpanel host can be in this literal
	}
	value, err := strconv.Unquote(lit.Value)
	if err != nil {
		return // malformed literal in code that does not parse cleanly
	}
	if c.recognizesHost(cur) {
		return // code that recognizes a host name does not send to it
	}
	target := c.opts.Region
	var (
		wrong []residency.Match
		here  = make(map[residency.Family]bool) // families whose target host is in the literal
	)
	for _, m := range residency.Find(value) {
		if m.Wrong(target) {
			wrong = append(wrong, m)
		} else {
			here[m.Family] = true
		}
	}
	wrong = slices.DeleteFunc(wrong, func(m residency.Match) bool {
		// A host that does not exist is never a choice.
		return m.Exists && (here[m.Family] || c.deliberate.chosen(cur, m.Family))
	})
	if len(wrong) == 0 {
		return
	}
	first := wrong[0]
	msg := hostMessage(first, value, target)
	if len(wrong) > 1 {
		msg += fmt.Sprintf(" (and %d more in this string)", len(wrong)-1)
	}
	c.report(fs, analysis.Diagnostic{
		Pos:            lit.Pos(),
		End:            lit.End(),
		Category:       hostCategory(first),
		Message:        msg,
		SuggestedFixes: []analysis.SuggestedFix{rewriteFix(lit, value, wrong, target)},
	})
}

// recognizesHost reports whether the literal at cur is matched against
// rather than used: a switch case, an operand of == or !=, a map key, or
// the pattern of a strings or bytes search. Rewriting such a literal would
// change what the code recognizes, and could duplicate a case or a key.
func (c *checker) recognizesHost(cur inspector.Cursor) bool {
	for cur.ParentEdgeKind() == edge.ParenExpr_X {
		cur = cur.Parent()
	}
	switch cur.ParentEdgeKind() {
	case edge.CaseClause_List, edge.KeyValueExpr_Key:
		return true // a string key of a composite literal is a map key
	case edge.BinaryExpr_X, edge.BinaryExpr_Y:
		op := cur.Parent().Node().(*ast.BinaryExpr).Op
		return op == token.EQL || op == token.NEQ
	case edge.CallExpr_Args:
		fn, ok := typeutil.Callee(c.pass.TypesInfo, cur.Parent().Node().(*ast.CallExpr)).(*types.Func)
		return ok && fn.Pkg() != nil && (fn.Pkg().Path() == "strings" || fn.Pkg().Path() == "bytes") && searchFuncs[fn.Name()]
	}
	return false
}

// searchFuncs are the functions of packages strings and bytes whose
// string arguments are patterns to look for.
var searchFuncs = map[string]bool{
	"Contains": true, "ContainsAny": true, "Count": true, "Cut": true, "CutPrefix": true, "CutSuffix": true,
	"EqualFold": true, "HasPrefix": true, "HasSuffix": true, "Index": true, "IndexAny": true, "LastIndex": true,
	"Replace": true, "ReplaceAll": true, "Split": true, "SplitN": true, "TrimPrefix": true, "TrimSuffix": true,
}

// mayNameHost reports whether a literal's source text may hold a Mixpanel
// host once unquoted.
func mayNameHost(src string) bool {
	return residency.Mentions(src) || strings.ContainsRune(src, '\\')
}

func hostCategory(m residency.Match) string {
	switch {
	case !m.Exists:
		return categoryUnknownHost
	case m.API == residency.SSO:
		return categorySSO
	}
	return categoryHost
}

func hostMessage(m residency.Match, value string, target residency.Region) string {
	want := residency.Host(m.Family, target)
	switch {
	case !m.Exists && m.Region != target:
		return fmt.Sprintf("host %s does not exist (the %s %s is at %s); %s must use %s",
			m.Host, m.Region.Label(), m.API, residency.Host(m.Family, m.Region), regionLabel(target), want)
	case !m.Exists:
		return fmt.Sprintf("host %s does not exist; the %s %s is at %s", m.Host, target.Label(), m.API, want)
	case m.API == residency.SSO:
		path := ssoPath(value[m.End:])
		url, fixed := m.Host+path, want+path
		if m.Region == residency.US {
			return fmt.Sprintf("the SSO postback URL %s has no region prefix; %s log in at %s", url, regionLabel(target), fixed)
		}
		return fmt.Sprintf("the SSO postback URL %s is for %s; %s log in at %s", url, regionLabel(m.Region), regionLabel(target), fixed)
	}
	return fmt.Sprintf("host %s (%s) is in the %s region; %s must use %s", m.Host, m.API, m.Region.Label(), regionLabel(target), want)
}

// ssoPath returns the /security/login/N path at the start of rest.
func ssoPath(rest string) string {
	end := strings.IndexAny(rest, "?#\"' \t\n")
	if end < 0 {
		end = len(rest)
	}
	return rest[:end]
}

// rewriteFix replaces each wrong host of the literal by the target
// region's.
func rewriteFix(lit *ast.BasicLit, value string, wrong []residency.Match, target residency.Region) analysis.SuggestedFix {
	fixMsg := "Use " + residency.Host(wrong[0].Family, target)
	if len(wrong) > 1 {
		fixMsg = "Use the " + target.Label() + " hosts"
	}
	var edits []analysis.TextEdit
	for _, e := range literalEdits(lit.Value, value, wrong, target) {
		edits = append(edits, analysis.TextEdit{
			Pos:     lit.Pos() + token.Pos(e.start),
			End:     lit.Pos() + token.Pos(e.end),
			NewText: []byte(e.text),
		})
	}
	return analysis.SuggestedFix{Message: fixMsg, TextEdits: edits}
}

// literalEdit replaces src[start:end] of a literal's source with text.
type literalEdit struct {
	start, end int
	text       string
}

// literalEdits returns the edits to the source src of a string literal
// whose value is value that replace each wrong host by the target
// region's. It edits the host names alone when src holds the value
// verbatim, and else writes the literal anew in its quote style.
func literalEdits(src, value string, wrong []residency.Match, target residency.Region) []literalEdit {
	var edits []literalEdit
	if src[1:len(src)-1] == value {
		for _, m := range wrong {
			edits = append(edits, literalEdit{1 + m.Start, 1 + m.End, residency.Host(m.Family, target)})
		}
		return edits
	}
	return []literalEdit{{0, len(src), requote(src, residency.Replace(value, wrong, target))}}
}

// requote returns s as a Go string literal in the quote style of the
// literal orig where it can: raw if orig was raw and s can be.
func requote(orig, s string) string {
	if strings.HasPrefix(orig, "`") && strconv.CanBackquote(s) {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}
