package files

import (
	"strings"

	"github.com/mpreslint/mpreslint/residency"
)

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
// Header set), and configs keyed by directive in JavaScript, JSON and
// HCL (helmet's connectSrc: […]).
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
	if syn.values != words {
		x.helmet(code, syn)
	}
	return x
}

// helmet finds the source lists of CSP configs keyed by directive, in
// JavaScript, JSON, HCL and scripts: helmet's connectSrc: ["'self'", "https://…"], ember-cli's
// 'connect-src': […], or a string value 'connect-src': "'self' https://…".
// The lists of every directive are covered; those of connect-src (or of
// default-src in a file without connect-src) are checked for gaps.
func (x *csps) helmet(code string, syn *syntax) {
	if indexFold(code, "src:") < 0 && indexFold(code, "src':") < 0 && indexFold(code, "src\":") < 0 && indexFold(code, "src =") < 0 {
		return // no key that names a directive: connectSrc:, 'connect-src':, "default-src":, connect_src =
	}
	checked := "connectsrc"
	if indexFold(code, "connectsrc") < 0 && indexFold(code, "connect-src") < 0 && indexFold(code, "connect_src") < 0 {
		checked = "defaultsrc"
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
		key := strings.NewReplacer("-", "", "_", "").Replace(strings.ToLower(ts.content(i)))
		sep := ts.is(i+1, ":") || !syn.js && ts.is(i+1, "=")
		if !strings.HasSuffix(key, "src") || len(key) == 3 || !sep || i+2 >= len(ts.list) {
			continue
		}
		directive := strings.TrimSuffix(key, "src") + "-src"
		var elems []int // the string tokens of the list
		switch val := ts.list[i+2]; {
		case ts.is(i+2, "[") && val.match > i:
			x.lists = append(x.lists, span{val.start, ts.list[val.match].end})
			for k := i + 3; k < val.match; k = ts.next(k) {
				if ts.list[k].kind == 's' {
					elems = append(elems, k)
				}
			}
		case val.kind == 's':
			x.lists = append(x.lists, span{val.start, val.end})
			elems = []int{i + 2}
		}
		if key != checked || len(elems) == 0 {
			continue
		}
		sources := make([]string, len(elems))
		for n, k := range elems {
			sources[n] = ts.content(k)
		}
		indexes, gaps := residency.CSPSourceGaps(directive, sources, x.r)
		for n, g := range gaps {
			src := sources[indexes[n]]
			t := ts.list[elems[indexes[n]]]
			base := t.start + 1 + len(src) - len(strings.TrimLeft(src, " \t\r\n"))
			g.Start += base
			g.End += base
			if len(elems) == 1 && !ts.is(i+2, "[") { // a string of sources: add one to it
				x.gaps = append(x.gaps, cspGap{gap: g, at: g.End, insert: " " + g.Add})
				continue
			}
			q := code[t.start : t.start+1]
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
	seen := make(map[int]bool)
	for _, g := range x.gaps {
		if seen[g.gap.Start] {
			continue // a string of sources keyed by its directive that names it again
		}
		seen[g.gap.Start] = true
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

// family returns the API of the gap at offset start.
func (x *csps) family(start int) residency.Family {
	for _, g := range x.gaps {
		if g.gap.Start == start {
			return g.gap.Family
		}
	}
	return ""
}
