// Package residency is mpreslint's endpoint table: every Mixpanel host by
// service family and data-residency region, the host names that do not
// exist, and pure functions that find those hosts in a string and rewrite
// them to another region.
//
// It imports only the standard library and knows nothing of Go syntax.
package residency

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Region is a Mixpanel data-residency region.
type Region string

// The regions.
const (
	US Region = "us"
	EU Region = "eu"
	IN Region = "in"
)

// Regions lists every region, in a stable order.
var Regions = []Region{US, EU, IN}

// ParseRegion parses a region name such as "eu", in any case.
func ParseRegion(s string) (Region, error) {
	r := Region(strings.ToLower(strings.TrimSpace(s)))
	for _, known := range Regions {
		if r == known {
			return r, nil
		}
	}
	return "", fmt.Errorf("unknown region %q (want us, eu or in)", s)
}

// Label is the region's name in messages: "US", "EU" or "India".
func (r Region) Label() string {
	switch r {
	case US:
		return "US"
	case EU:
		return "EU"
	case IN:
		return "India"
	}
	return string(r)
}

// Host returns the host that serves family f in region r.
func Host(f Family, r Region) string {
	return familyHosts[f][r]
}

// Endpoint says what a host written in a string serves.
type Endpoint struct {
	Family Family
	Region Region // the region it serves, or was meant to serve
	Exists bool   // false for a host name that does not exist
	API    string // what it serves, for messages: "ingestion API", "SSO postback URL", …
}

// SSO is the API of an SSO postback URL (…mixpanel.com/security/login/N).
const SSO = "SSO postback URL"

// Match is one Mixpanel host found in a string.
type Match struct {
	Endpoint
	Host       string // as written, without a trailing dot
	Start, End int    // byte offsets of Host in the string
	Rest       string // what follows Host in its URL: port, path, query, fragment
}

// Wrong reports whether the match is a mistake in a project of region r:
// a host of another region, or one that does not exist.
func (m Match) Wrong(r Region) bool {
	return !m.Exists || m.Region != r
}

// Find returns the Mixpanel hosts that s uses as endpoints: s is a URL or a
// host name (with any scheme, user info, port, path, query, fragment or
// printf verbs around it), or code or configuration that holds one in
// quotes or after "=". Hosts mentioned in prose, inside other names, or in
// the path of another URL are not endpoints. Region-neutral hosts are never
// returned.
func Find(s string) []Match {
	if !Mentions(s) {
		return nil // fast path: no table host can occur
	}
	var (
		matches []Match
		prose   map[[2]int]*proseSpans // where each value or line of s reads as text, once needed
		line    lineBounds             // the line of the current token
	)
	for i := 0; i < len(s); {
		if !isHostByte(s[i]) {
			i++
			continue
		}
		start := i
		for i < len(s) && isHostByte(s[i]) {
			i++
		}
		host := strings.TrimSuffix(s[start:i], ".")
		if !isTableHost(host) {
			continue // not a Mixpanel host, or a neutral one
		}
		end := start + len(host)
		tokStart, tokEnd := tokenBounds(s, start, end)
		if !isWhole(s, tokStart, tokEnd) {
			line.find(s, tokStart)
			lo, hi := valueSegment(s, tokStart, tokEnd, line)
			seg, ok := prose[[2]int{lo, hi}]
			if !ok {
				seg = findProse(s[lo:hi])
				if prose == nil {
					prose = make(map[[2]int]*proseSpans)
				}
				prose[[2]int{lo, hi}] = seg
			}
			if seg.around(tokStart-lo, tokEnd-lo) || !isQuotedOrAssigned(s, tokStart, tokEnd, line) {
				continue // mentioned, not used
			}
		}
		ep, ok := endpoint(host, s[tokStart:start], s[start:tokEnd])
		if !ok {
			continue
		}
		matches = append(matches, Match{Endpoint: ep, Host: host, Start: start, End: end, Rest: s[end:tokEnd]})
	}
	return matches
}

// Rewrite returns s with every host that is wrong for region r replaced by
// r's host of the same family. All else in s is kept.
func Rewrite(s string, r Region) string {
	var wrong []Match
	for _, m := range Find(s) {
		if m.Wrong(r) {
			wrong = append(wrong, m)
		}
	}
	return Replace(s, wrong, r)
}

// Replace returns s with the hosts of matches, found in s by Find and in
// its order, replaced by r's host of the same family.
func Replace(s string, matches []Match, r Region) string {
	if len(matches) == 0 {
		return s
	}
	var b strings.Builder
	last := 0
	for _, m := range matches {
		b.WriteString(s[last:m.Start])
		b.WriteString(Host(m.Family, r))
		last = m.End
	}
	b.WriteString(s[last:])
	return b.String()
}

// endpoint classifies a table host given the text before it in its token
// (scheme, user info) and the text from the host on (host, port, path…).
func endpoint(host, before, rest string) (Endpoint, bool) {
	if !isAuthorityStart(before) {
		return Endpoint{}, false // part of a path or another name
	}
	after := rest[len(host):]
	after = strings.TrimPrefix(after, ".") // trailing dot of a fully qualified name
	if !isHostEnd(after) {
		return Endpoint{}, false // user info, or a longer name
	}
	p := path(after)
	switch inURL := strings.HasSuffix(before, "//"); {
	case inURL && p == "":
		p = "/" // the root of a URL
	case !inURL && p == "/":
		p = "" // a host written alone
	}
	return Lookup(host, p)
}

// isAuthorityStart reports whether a host preceded by before, within its
// token, is a URL's host: before is empty, or a scheme (printf verbs
// allowed) and "//", optionally followed by user info and "@".
func isAuthorityStart(before string) bool {
	if before == "" {
		return true
	}
	if rest, ok := strings.CutSuffix(before, "@"); ok {
		i := strings.LastIndex(rest, "//")
		if i < 0 || strings.ContainsAny(rest[i+2:], "/?#") {
			return false
		}
		before = rest[:i+2]
	}
	scheme, ok := strings.CutSuffix(before, "//")
	if !ok {
		return false
	}
	if scheme == "" {
		return true // scheme-relative
	}
	scheme, ok = strings.CutSuffix(scheme, ":")
	if !ok || scheme == "" {
		return false
	}
	scheme = withoutGroups(scheme) // ${proto}, {{ .Scheme }}
	return strings.IndexFunc(scheme, func(r rune) bool {
		return r >= 0x80 || !isHostByte(byte(r)) && !strings.ContainsRune("+%", r)
	}) < 0
}

// isHostEnd reports whether after, the rest of a token after a host, is
// what may follow a URL's host: nothing, a port, a path, a query, a
// fragment, or a printf verb.
func isHostEnd(after string) bool {
	authority, inURL := after, false
	for i := 0; i < len(after); i++ {
		if end := groupEnd(after, i); end > i {
			i = end - 1 // a "?" in ${x ? a : b} is not the query
			continue
		}
		if strings.IndexByte("/?#", after[i]) >= 0 {
			authority, inURL = after[:i], true
			break
		}
	}
	if strings.Contains(withoutGroups(authority), "@") {
		return false // the host was user info
	}
	if strings.HasPrefix(authority, "%") {
		return true // "https://api.mixpanel.com%s"
	}
	if authority != "" && withoutGroups(authority) == "" {
		return true // "https://api.mixpanel.com${path}"
	}
	port, ok := strings.CutPrefix(authority, ":")
	if !ok {
		return authority == ""
	}
	if port == "" {
		return inURL // https://api.mixpanel.com:/track goes to the host; "api.mixpanel.com:" alone is a key
	}
	return strings.Trim(port, "0123456789") == "" || withoutGroups(port) == "" ||
		port == "%d" || port == "%s" || port == "%v"
}

// withoutGroups returns s with its balanced {…} groups (and the "$"
// before one) removed.
func withoutGroups(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] == '$' && i+1 < len(s) && s[i+1] == '{' {
			if end := groupEnd(s, i+1); end > i+1 {
				i = end
				continue
			}
		}
		if end := groupEnd(s, i); s[i] == '{' && end > i {
			i = end
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// appAPI names what an app-family host serves under path p, and reports
// whether p exists only on the regional hosts.
func appAPI(p string) (api string, regional bool) {
	switch {
	case hasPathPrefix(p, "/security/login"):
		return SSO, true
	case hasPathPrefix(p, "/api/app"):
		return "app API", true
	case hasPathPrefix(p, "/api"):
		return "query API", true
	case hasPathPrefix(p, "/oauth/mcp"):
		return "MCP OAuth registration", true
	case hasPathPrefix(p, "/project"), hasPathPrefix(p, "/settings"):
		return "web app", true // a project's pages, and its settings
	}
	return "web app", false
}

// path returns the path part of the text after a host.
func path(after string) string {
	if strings.HasPrefix(after, ":") {
		i := strings.IndexAny(after, "/?#")
		if i < 0 {
			return ""
		}
		after = after[i:]
	}
	if i := strings.IndexAny(after, "?#"); i >= 0 {
		after = after[:i]
	}
	return after
}

func hasPathPrefix(p, prefix string) bool {
	return p == prefix || strings.HasPrefix(p, prefix+"/") || strings.HasPrefix(p, prefix+"?")
}

func isHostByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.' || c == '-' || c == '_'
}

// isTokenDelim reports whether c ends a URL-like token.
func isTokenDelim(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '\v', '\f', '"', '\'', '`', '<', '>', '(', ')', ',', ';', '|', '\\':
		return true
	}
	return false
}

// tokenBounds widens [start, end) to the URL-like token around it. An "="
// or an opening bracket ends it on the left only, as in
// key=https://host/path?query=value or {https://host/{id}?q=%[1]s}.
// A URL goes on through the expressions written in it: a bracketed group
// whose brackets balance on one line, as in ?${params.toString()},
// {{ .Values.path }}, ?on=(properties["$current_url"]) or a scheme
// ${proto}://, spaces and quotes inside included.
func tokenBounds(s string, start, end int) (int, int) {
	for start > 0 {
		if s[start-1] == '}' {
			if open := groupStart(s, start-1); open >= 0 {
				start = open
				continue
			}
		}
		if isTokenDelim(s[start-1]) || strings.ContainsRune("={[", rune(s[start-1])) {
			break
		}
		start--
	}
	for end < len(s) {
		if close := groupEnd(s, end); close > end {
			end = close
			continue
		}
		if isTokenDelim(s[end]) {
			break
		}
		end++
	}
	return start, end
}

// maxGroup bounds the length of an expression group in a URL, so that a
// long text with a stray bracket costs little.
const maxGroup = 512

// groupEnd returns the offset after the bracketed group that opens at
// s[i] ("(", "[" or "{") and closes on the same line with its brackets
// balanced, quoted strings inside skipped; i if there is none. A group
// still open where s ends, with no space or quote in it, runs to the end: s
// is a value cut inside an expression, as a JavaScript lexer cuts
// `…${f(`…`)}` at the nested template's backquote.
func groupEnd(s string, i int) int {
	if !strings.ContainsRune("([{", rune(s[i])) {
		return i
	}
	var open []byte // the closers awaited
	for j := i; j < len(s) && j-i < maxGroup; j++ {
		switch c := s[j]; c {
		case '(':
			open = append(open, ')')
		case '[':
			open = append(open, ']')
		case '{':
			open = append(open, '}')
		case ')', ']', '}':
			if open[len(open)-1] != c {
				return i
			}
			open = open[:len(open)-1]
			if len(open) == 0 {
				return j + 1
			}
		case '"', '\'', '`':
			k := j + 1
			for k < len(s) && s[k] != c && s[k] != '\n' {
				if s[k] == '\\' {
					k++
				}
				k++
			}
			if k >= len(s) || s[k] != c {
				return i
			}
			j = k
		case '\n':
			return i
		}
	}
	if rest := s[i:]; len(rest) < maxGroup && !strings.ContainsAny(rest, " \t\r\n\"'`") {
		return len(s) // cut inside an expression, as in ?x=${f(
	}
	return i
}

// groupStart returns the offset of the "{" (with a "$" before it, as in
// ${proto}) that opens the group whose "}" is s[i], or -1 if it does not
// open on the same line with its braces balanced.
func groupStart(s string, i int) int {
	depth := 0
	for j := i; j >= 0 && i-j < maxGroup; j-- {
		switch s[j] {
		case '}':
			depth++
		case '{':
			depth--
			if depth == 0 {
				if j > 0 && s[j-1] == '$' {
					j--
				}
				return j
			}
		case '\n':
			return -1
		}
	}
	return -1
}

// isWhole reports whether s[start:end] is all of s but surrounding space.
func isWhole(s string, start, end int) bool {
	return strings.TrimSpace(s[:start]) == "" && strings.TrimSpace(s[end:]) == ""
}

// isQuotedOrAssigned reports whether the token s[start:end] is a value in
// embedded code or configuration: in quotes, after "=", or the start of a
// string that is concatenated ("https://api.mixpanel.com/engage?ip=" + ip).
func isQuotedOrAssigned(s string, start, end int, line lineBounds) bool {
	if end < len(s) && strings.IndexByte("\"'`", s[end]) >= 0 {
		after := strings.TrimLeft(s[end+1:], " \t")
		if strings.HasPrefix(after, "+") && !strings.HasPrefix(after, "++") {
			return true
		}
	}
	if start == 0 {
		return false
	}
	if isYAMLValue(s, start, end, line) {
		return true
	}
	switch left := s[start-1]; left {
	case '"', '\'', '`':
		return end < len(s) && (s[end] == left || s[end] == '\\')
	case '=':
		return true
	}
	return false
}

// valueSegment returns the bounds of the text around the token
// s[start:end] that tells whether it is mentioned in prose: a quoted value
// after a key (JSON's "url": "…", a struct tag's default:"…", key='…')
// alone, else its line. JSON, YAML, templates and struct tags are judged
// per value, so that a sentence beside a value does not hide it.
func valueSegment(s string, start, end int, line lineBounds) (lo, hi int) {
	if start > 0 && end < len(s) && (s[start-1] == '"' || s[start-1] == '\'') && s[end] == s[start-1] {
		j := start - 1
		for j > 0 && s[j-1] == ' ' {
			j--
		}
		if j > 0 && (s[j-1] == ':' || s[j-1] == '=') {
			return start, end
		}
	}
	return line.lo, line.hi
}

// lineBounds are the bounds of a line of a string: [lo, hi), hi at its
// line break or the string's end.
type lineBounds struct{ lo, hi int }

// find sets l to the line of s that holds offset i, unless l holds it
// already: Find's tokens come in order, so each line is measured once,
// however many hosts it has.
func (l *lineBounds) find(s string, i int) {
	if l.hi > 0 && l.lo <= i && i <= l.hi {
		return
	}
	l.lo = strings.LastIndexByte(s[:i], '\n') + 1
	l.hi = len(s)
	if j := strings.IndexByte(s[i:], '\n'); j >= 0 {
		l.hi = i + j
	}
}

// isYAMLValue reports whether the token s[start:end] is the whole value of
// a YAML line: "  url: https://api.mixpanel.com".
func isYAMLValue(s string, start, end int, line lineBounds) bool {
	key, ok := strings.CutSuffix(strings.TrimRight(s[line.lo:start], " "), ":")
	key = strings.TrimPrefix(strings.TrimSpace(key), "- ")
	if !ok || key == "" || strings.IndexFunc(key, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' && r != '-' && r != '.'
	}) >= 0 {
		return false
	}
	return strings.TrimSpace(s[end:line.hi]) == ""
}

// IsProse reports whether s reads as text: it has three words in a row
// made only of letters (quotes, parentheses and punctuation around them
// aside), as in "events go to https://api.mixpanel.com". Find takes a
// host in such a string for a mention, unless it is all of the string or
// a value in quotes or after "=".
func IsProse(s string) bool {
	return findProse(s).firstEnd >= 0
}

// proseSpans says where a string reads as text: it has three words in a
// row made only of letters, as in "events go to https://api.mixpanel.com".
type proseSpans struct {
	firstEnd  int // the end of the first such run, or -1
	lastStart int // the start of the last such run, or -1
}

// findProse finds the runs of three words of letters in s.
func findProse(s string) *proseSpans {
	p := &proseSpans{firstEnd: -1, lastStart: -1}
	var starts [3]int // the starts of the last three words of the run
	run := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		start := i
		for i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				break
			}
			i += size
		}
		f := strings.TrimRight(strings.TrimLeft(s[start:i], "\"'`("), ".,:;!?\"'`)")
		if f == "" || strings.IndexFunc(f, isNotLetter) >= 0 {
			run = 0
			continue
		}
		starts[run%3] = start
		run++
		if run >= 3 {
			if p.firstEnd < 0 {
				p.firstEnd = i
			}
			p.lastStart = starts[(run-3)%3]
		}
	}
	return p
}

// around reports whether the string, but for its token [start, end),
// reads as text: the words of an expression in a URL are not prose.
func (p *proseSpans) around(start, end int) bool {
	return p.firstEnd >= 0 && p.firstEnd <= start || p.lastStart >= end
}

// Mentions reports whether s may name a Mixpanel host of the table: a
// cheap test to run before Find.
func Mentions(s string) bool {
	return containsFold(s, "mixpanel")
}

func isNotLetter(r rune) bool {
	return (r < 'a' || r > 'z') && (r < 'A' || r > 'Z')
}

// containsFold reports whether s contains the lower-case ASCII word, in any case.
func containsFold(s, word string) bool {
	for i := 0; i+len(word) <= len(s); i++ {
		j := 0
		for j < len(word) && s[i+j]|0x20 == word[j] {
			j++
		}
		if j == len(word) {
			return true
		}
	}
	return false
}
