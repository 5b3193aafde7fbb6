package residency

import (
	"fmt"
	"strings"
)

// Sources: the CSP directives that govern where a page may send (connect-
// src, and default-src for a page without connect-src: CSP Level 3,
// https://www.w3.org/TR/CSP3/#directive-connect-src), and Mixpanel's CSP
// guidance to allow the SDK's ingestion host: ../shared/MIXPANEL.md.

// cspDirectives are the directives whose source lists decide where the
// JavaScript SDK may send, in the order a browser falls back.
var cspDirectives = []string{"connect-src", "default-src"}

// A CSPList is the source list of one connect-src (or default-src)
// directive of a Content Security Policy.
type CSPList struct {
	Directive  string
	Start, End int // the source list in the string
	Gaps       []CSPGap
}

// A CSPGap is a source of a CSP list that allows a Mixpanel host of
// another region when the list does not allow the region's host of the
// same API: once the SDK is sent to the region's host, browsers block it.
type CSPGap struct {
	Directive  string
	Host       string // the host of another region, as written
	Family     Family
	Region     Region // the region of Host
	Start, End int    // the source in the string
	Add        string // the source to add: the same with the region's host
}

// Message is the finding of the gap in a project of region r.
func (g CSPGap) Message(r Region) string {
	return fmt.Sprintf("Content-Security-Policy %s allows %s (%s region) but not %s; once requests go to the %s host, browsers block them",
		g.Directive, g.Host, g.Region.Label(), Host(g.Family, r), r.Label())
}

// FindCSP returns the connect-src source lists of the Content Security
// Policy text in s ("default-src 'self'; connect-src 'self'
// https://api-js.mixpanel.com"), with their gaps for a project of region
// r. Without a connect-src, default-src's lists are returned: it governs
// connections then.
func FindCSP(s string, r Region) []CSPList {
	for _, name := range cspDirectives {
		var lists []CSPList
		for i := 0; ; {
			j := indexFoldFrom(s, name, i)
			if j < 0 {
				break
			}
			i = j + len(name)
			if j > 0 && !strings.ContainsRune(" \t\r\n;\"'`{:,", rune(s[j-1])) || i < len(s) && !isSpaceByte(s[i]) {
				continue
			}
			lists = append(lists, parseList(s, name, i, r))
		}
		if len(lists) > 0 {
			return lists
		}
	}
	return nil
}

// CSPSourceLists returns where the source lists of every fetch directive
// (connect-src, default-src, script-src, img-src, …) of the CSP text in s
// are: hosts in them are allowed, not sent to.
func CSPSourceLists(s string) [][2]int {
	var out [][2]int
	for i := 0; ; {
		j := indexFoldFrom(s, "-src", i)
		if j < 0 {
			return out
		}
		i = j + len("-src")
		k := j
		for k > 0 && (s[k-1] >= 'a' && s[k-1] <= 'z' || s[k-1] >= 'A' && s[k-1] <= 'Z' || s[k-1] == '-') {
			k--
		}
		if k == j || k > 0 && !strings.ContainsRune(" \t\r\n;\"'`{:,", rune(s[k-1])) || i < len(s) && !isSpaceByte(s[i]) {
			continue
		}
		l := parseList(s, s[k:i], i, US)
		out = append(out, [2]int{l.Start, l.End})
	}
}

// CSPSourceGaps returns the gaps of a source list given as its sources,
// each alone (helmet's connectSrc: ["'self'", "https://api.mixpanel.com"]):
// the index of each source that is a gap, and the gap, with offsets in
// that source.
func CSPSourceGaps(directive string, sources []string, r Region) (indexes []int, gaps []CSPGap) {
	var (
		b      strings.Builder
		starts []int
	)
	for _, src := range sources {
		starts = append(starts, b.Len())
		b.WriteString(strings.TrimSpace(src))
		b.WriteByte(' ')
	}
	list := parseList(b.String(), directive, 0, r)
	for _, g := range list.Gaps {
		for i := len(starts) - 1; i >= 0; i-- {
			if starts[i] <= g.Start {
				g.Start -= starts[i]
				g.End -= starts[i]
				indexes = append(indexes, i)
				gaps = append(gaps, g)
				break
			}
		}
	}
	return indexes, gaps
}

// parseList reads the source list of directive name that starts at i in
// s: space-separated sources up to a ";", a "," or a quote that closes
// the string.
func parseList(s, name string, i int, r Region) CSPList {
	list := CSPList{Directive: name, Start: i}
	type source struct {
		start, end int
		host       string
		hostAt     int // the offset of host in s
		info       hostInfo
		known      bool
	}
	var sources []source
	allowsAll := false
	for i < len(s) {
		c := s[i]
		if isSpaceByte(c) {
			i++
			continue
		}
		if strings.IndexByte(";,\"`<>", c) >= 0 {
			break
		}
		start := i
		if c == '\'' {
			end := strings.IndexByte(s[i+1:], '\'')
			if end < 0 {
				break // the quote that closes the string around the policy
			}
			i += end + 2
			continue // a keyword: 'self', 'unsafe-inline', a nonce
		}
		for i < len(s) && !isSpaceByte(s[i]) && strings.IndexByte(";,\"'`<>", s[i]) < 0 {
			i++
		}
		src := source{start: start, end: i}
		raw, rawAt := s[start:i], start
		if k := strings.Index(raw, "://"); k >= 0 {
			raw, rawAt = raw[k+3:], start+k+3
		} else if strings.HasSuffix(raw, ":") {
			allowsAll = true // a scheme: https:
		}
		if k := strings.IndexAny(raw, "/:"); k >= 0 {
			raw = raw[:k]
		}
		raw = strings.TrimSuffix(raw, ".")
		switch host := strings.ToLower(raw); host {
		case "*", "*.mixpanel.com":
			allowsAll = true
		default:
			src.info, src.known = hosts[host]
			src.host, src.hostAt = raw, rawAt
		}
		sources = append(sources, src)
	}
	list.End = i
	if allowsAll {
		return list
	}
	allowed := make(map[Family]bool)
	for _, src := range sources {
		if src.known && src.info.exists && src.info.region == r {
			allowed[src.info.family] = true
		}
	}
	for _, src := range sources {
		info := src.info
		if !src.known || !info.exists || info.region == r || allowed[info.family] {
			continue
		}
		allowed[info.family] = true // one gap per API
		text := s[src.start:src.end]
		at := src.hostAt - src.start
		list.Gaps = append(list.Gaps, CSPGap{
			Directive: name, Host: src.host, Family: info.family, Region: info.region,
			Start: src.start, End: src.end,
			Add: text[:at] + Host(info.family, r) + text[at+len(src.host):],
		})
	}
	return list
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// indexFoldFrom returns the index of the lower-case ASCII word in s at or
// after from, in any case, or -1.
func indexFoldFrom(s, word string, from int) int {
	for i := from; i+len(word) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(word)], word) {
			return i
		}
	}
	return -1
}
