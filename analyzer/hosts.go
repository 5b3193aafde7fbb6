package analyzer

import (
	"go/ast"
	"go/token"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/mpreslint/mpreslint/internal/message"
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
	target := c.opts.Region
	matches := residency.Find(value)
	hasWrong := slices.ContainsFunc(matches, func(m residency.Match) bool { return m.Wrong(target) })
	inits := residency.FindJSInits(value, target)
	if !hasWrong && len(inits) == 0 {
		return
	}
	if c.choices.recognized(cur) {
		c.exportHostFact(cur, value, matches) // another package may send to it
		return                                // code that recognizes a host name does not send to it
	}
	var hosts *finding
	if hasWrong {
		hosts = c.checkHosts(fs, cur, lit, value, matches)
	}
	c.checkJSInits(fs, cur, lit, value, inits, hosts)
}

// checkHosts reports the hosts of the literal lit, whose value is value and
// holds matches, that are wrong and not excused by a region choice, and
// returns the finding, if any.
func (c *checker) checkHosts(fs *fileState, cur inspector.Cursor, lit *ast.BasicLit, value string, matches []residency.Match) *finding {
	target := c.opts.Region
	var (
		wrong      []residency.Match
		wants      []want
		considered = make(map[ast.Node]bool)
		excused    = make(map[want]bool) // by want: a literal may name one host many times
		byChoice   []residency.Match
	)
	for _, m := range matches {
		if !m.Wrong(target) {
			continue
		}
		if m.Exists { // a host that does not exist is never a choice
			w := want{host: true, family: m.Family, rest: message.NormalPath(m.Rest)}
			ok, seen := excused[w]
			if !seen {
				// Both regions in one string (a region map in JSON or
				// YAML), or a region choice in the code.
				var more map[ast.Node]bool
				ok = message.NamesTarget(matches, w.family, w.rest, target)
				if !ok {
					ok, more = c.choices.excused(cur, w, nil)
				}
				excused[w] = ok
				if !ok {
					wants = append(wants, w)
					maps.Copy(considered, more)
				}
			}
			if ok {
				if !message.NamesTarget(matches, w.family, w.rest, target) {
					byChoice = append(byChoice, m)
				}
				continue
			}
		}
		wrong = append(wrong, m)
	}
	if len(wrong) == 0 {
		c.exportHostFact(cur, value, byChoice) // another package may send to it
		return nil
	}
	if c.reportAtUses(cur, value, wrong) {
		return nil
	}
	category, msg := message.HostsFinding(wrong, value, target)
	pos, end := hostRange(lit, value, wrong[0])
	d := analysis.Diagnostic{
		Pos:      pos,
		End:      end,
		Category: category,
		Message:  msg,
	}
	fixed := residency.Replace(value, wrong, target)
	if clash := c.choices.caseClash(cur, fixed); clash != "" {
		d.Message += clash
	} else {
		d.SuggestedFixes = []analysis.SuggestedFix{rewriteFix(lit, value, wrong, target)}
	}
	return c.add(fs, cur, d, wants, considered)
}

// hostRange returns where the host m is in the source of lit, whose value
// is value: the host itself, so that an editor underlines just the host.
func hostRange(lit *ast.BasicLit, value string, m residency.Match) (token.Pos, token.Pos) {
	return valueRange(lit, value, m.Start, m.End)
}

// valueRange returns where the bytes [start, end) of value, the value of
// the string literal lit, are in its source; the whole literal if that is
// not known.
func valueRange(lit *ast.BasicLit, value string, start, end int) (token.Pos, token.Pos) {
	at, ok := sourceOffsets(lit.Value, value, []int{start, end})
	if !ok || at[0] >= at[1] {
		return lit.Pos(), lit.End()
	}
	return lit.Pos() + token.Pos(at[0]), lit.Pos() + token.Pos(at[1])
}

// sourceOffsets returns the offsets in src, a string literal, of the
// bytes at offsets offs (ascending) of its value; each must start a
// character of the value, or be its end.
func sourceOffsets(src, value string, offs []int) ([]int, bool) {
	at := make([]int, len(offs))
	if src[1:len(src)-1] == value {
		for i, n := range offs {
			at[i] = 1 + n
		}
		return at, true
	}
	body := src[1 : len(src)-1]
	for i, off, v := 0, 0, 0; i < len(offs); {
		switch {
		case v == offs[i]:
			at[i] = 1 + off
			i++
			continue
		case v > offs[i] || body == "":
			return nil, false
		}
		size, width := 1, 1 // bytes of value, bytes of source
		if src[0] == '`' {
			if body[0] == '\r' {
				size = 0 // carriage returns are dropped from raw strings
			}
		} else {
			r, multibyte, tail, err := strconv.UnquoteChar(body, src[0])
			if err != nil {
				return nil, false
			}
			if multibyte {
				size = utf8.RuneLen(r)
			}
			width = len(body) - len(tail)
		}
		v += size
		off += width
		body = body[width:]
	}
	return at, true
}

// mayNameHost reports whether a literal's source text may hold a Mixpanel
// host once unquoted.
func mayNameHost(src string) bool {
	return residency.Mentions(src) || strings.ContainsRune(src, '\\')
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
// region's. They edit the host names alone, escaped or not: a host name
// needs no escaping.
func literalEdits(src, value string, wrong []residency.Match, target residency.Region) []literalEdit {
	offs := make([]int, 0, 2*len(wrong))
	for _, m := range wrong {
		offs = append(offs, m.Start, m.End)
	}
	at, ok := sourceOffsets(src, value, offs)
	if !ok {
		return []literalEdit{{0, len(src), requote(src, residency.Replace(value, wrong, target))}}
	}
	edits := make([]literalEdit, len(wrong))
	for i, m := range wrong {
		edits[i] = literalEdit{at[2*i], at[2*i+1], residency.Host(m.Family, target)}
	}
	return edits
}

// requote returns s as a Go string literal in the quote style of the
// literal orig where it can: raw if orig was raw and s can be.
func requote(orig, s string) string {
	if strings.HasPrefix(orig, "`") && strconv.CanBackquote(s) {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}
