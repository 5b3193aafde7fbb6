package analyzer

import (
	"go/ast"
	"go/token"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/mpreslint/mpreslint/residency"
)

// checkCSP reports the Content Security Policies in the string literal
// lit that allow a Mixpanel host of another region but not the region's
// host of the same API (connect-src, or default-src without it): once the
// SDK or the backend is sent to the region's host, browsers block the
// page's requests. The fix adds the region's source after the wrong one.
func (c *checker) checkCSP(fs *fileState, cur inspector.Cursor, lit *ast.BasicLit) {
	if lit.Kind != token.STRING || !mayNameHost(lit.Value) || indexFold(lit.Value, "-src") < 0 {
		return
	}
	if c.choices.recognized(cur) {
		return // a policy looked for, not sent
	}
	value, err := strconv.Unquote(lit.Value)
	if err != nil {
		return
	}
	for _, list := range residency.FindCSP(value, c.opts.Region) {
		for _, g := range list.Gaps {
			pos, end := valueRange(lit, value, g.Start, g.End)
			d := analysis.Diagnostic{
				Pos:      pos,
				End:      end,
				Category: categoryCSP,
				Message:  g.Message(c.opts.Region),
			}
			if at, ok := sourceOffsets(lit.Value, value, []int{g.End}); ok {
				insert := lit.Pos() + token.Pos(at[0])
				d.SuggestedFixes = []analysis.SuggestedFix{{
					Message:   "Add " + g.Add + " to " + g.Directive,
					TextEdits: []analysis.TextEdit{{Pos: insert, End: insert, NewText: []byte(" " + g.Add)}},
				}}
			}
			c.addAlone(fs, d)
		}
	}
}

// indexFold returns the index of the lower-case ASCII word in s, in any
// case, or -1.
func indexFold(s, word string) int {
	for i := 0; i+len(word) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(word)], word) {
			return i
		}
	}
	return -1
}
