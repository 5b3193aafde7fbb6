package files

import (
	"strings"

	"github.com/mpreslint/mpreslint/residency"
)

const categoryCSP = "csp"

// A cspGap is a gap of a Content Security Policy in a file: where the
// wrong source is, and the text to insert after it.
type cspGap struct {
	gap    residency.CSPGap // offsets in the file
	at     int              // where the fix inserts
	insert string
}

// csps are the Content Security Policies of a file: the spans of their
// source lists, whose hosts are allowed rather than sent to, so not host
// findings; and the gaps of their connect-src (or default-src) lists.
type csps struct {
	lists []span
	gaps  []cspGap
	r     residency.Region
}

// newCSPs finds the CSP source lists of a file: in its strings (a
// <meta> content, a Next.js headers() value, a Go template string), on
// the lines of a line-oriented file (an nginx add_header, an Apache
// Header set), and helmet's connectSrc lists in JavaScript.
func newCSPs(src, code string, syn *syntax, values []value, r residency.Region) *csps {
	x := &csps{r: r}
	if indexFold(code, "src") < 0 {
		return x
	}
	add := func(base int, text string) {
		for _, l := range residency.CSPSourceLists(text) {
			x.lists = append(x.lists, span{base + l[0], base + l[1]})
		}
		for _, l := range residency.FindCSP(text, r) {
			for _, g := range l.Gaps {
				g.Start += base
				g.End += base
				x.gaps = append(x.gaps, cspGap{gap: g, at: g.End, insert: " " + g.Add})
			}
		}
	}
	if syn.values == words {
		for start := 0; start < len(code); {
			end := lineEnd(code, start)
			if line := code[start:end]; indexFold(line, "-src") >= 0 {
				add(start, line)
			}
			start = end + 1
		}
	} else {
		for _, v := range values {
			if text := src[v.start:v.end]; v.quoted && indexFold(text, "-src") >= 0 {
				add(v.start, text)
			}
		}
	}
	if syn.js || syn.values == markup {
		x.helmet(code, syn)
	}
	return x
}

// helmet finds helmet's source lists: connectSrc: ["'self'", "https://…"],
// or defaultSrc in a file without connectSrc.
func (x *csps) helmet(code string, syn *syntax) {
	keys := []string{"connectsrc", "connect-src"}
	if indexFold(code, "connectsrc") < 0 && indexFold(code, "connect-src") < 0 {
		keys = []string{"defaultsrc", "default-src"}
	}
	if indexFold(code, keys[0]) < 0 && indexFold(code, keys[1]) < 0 {
		return
	}
	var ts tokens
	ts.src = code
	if syn.values == markup {
		for _, s := range scriptSpans(code) {
			ts.list = appendTokens(ts.list, tokenize(code, jsSyntax, s.start, s.end))
		}
	} else {
		ts.list = tokenize(code, syn, 0, len(code))
	}
	for i := range ts.list {
		key := strings.ToLower(ts.content(i))
		if key != keys[0] && key != keys[1] || !ts.is(i+1, ":") || !ts.is(i+2, "[") || ts.list[i+2].match < 0 {
			continue
		}
		end := ts.list[i+2].match
		var (
			sources []string
			at      []int
		)
		for k := i + 3; k < end; k = ts.next(k) {
			if ts.list[k].kind == 's' {
				sources = append(sources, ts.content(k))
				at = append(at, k)
			}
		}
		x.lists = append(x.lists, span{ts.list[i+2].start, ts.list[end].end})
		indexes, gaps := residency.CSPSourceGaps("connect-src", sources, x.r)
		if keys[0] == "defaultsrc" {
			indexes, gaps = residency.CSPSourceGaps("default-src", sources, x.r)
		}
		for n, g := range gaps {
			t := ts.list[at[indexes[n]]]
			q := code[t.start : t.start+1]
			base := t.start + 1 + len(sources[indexes[n]]) - len(strings.TrimLeft(sources[indexes[n]], " \t"))
			g.Start += base
			g.End += base
			x.gaps = append(x.gaps, cspGap{gap: g, at: t.end, insert: ", " + q + g.Add + q}) // after the closing quote
		}
	}
}

// covers reports whether v is in a CSP source list: its hosts are the
// list's, reported as gaps if anything.
func (x *csps) covers(v value) bool {
	for _, l := range x.lists {
		if l.start <= v.start && v.end <= l.end {
			return true
		}
	}
	return false
}

// findings returns the findings of the gaps, each with the fix that adds
// the region's source after the wrong one.
func (x *csps) findings(lines lineIndex) []Finding {
	var out []Finding
	for _, g := range x.gaps {
		out = append(out, Finding{
			Pos:      lines.position(g.gap.Start),
			End:      lines.position(g.gap.End),
			Category: categoryCSP,
			URL:      categoryURL(categoryCSP),
			Message:  g.gap.Message(x.r),
			Fixes: []Fix{{
				Message: "Add " + g.gap.Add + " to " + g.gap.Directive,
				Edits:   []Edit{lines.edit(g.at, g.at, g.insert)},
			}},
		})
	}
	return out
}
