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
	var matches []Match
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
		info, ok := hosts[strings.ToLower(host)]
		if !ok {
			continue // not a Mixpanel host, or a neutral one
		}
		end := start + len(host)
		tokStart, tokEnd := tokenBounds(s, start, end)
		if !isWhole(s, tokStart, tokEnd) {
			if isProse(valueSegment(s, tokStart, tokEnd)) || !isQuotedOrAssigned(s, tokStart, tokEnd) {
				continue // mentioned, not used
			}
		}
		ep, ok := endpoint(info, strings.ToLower(host), s[tokStart:start], s[start:tokEnd])
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
func endpoint(info hostInfo, host, before, rest string) (Endpoint, bool) {
	if !isAuthorityStart(before) {
		return Endpoint{}, false // part of a path or another name
	}
	after := rest[len(host):]
	after = strings.TrimPrefix(after, ".") // trailing dot of a fully qualified name
	if !isHostEnd(after) {
		return Endpoint{}, false // user info, or a longer name
	}
	ep := Endpoint{Family: info.family, Region: info.region, Exists: info.exists, API: info.api}
	if ep.API != "" {
		return ep, true
	}
	switch info.family {
	case Ingestion:
		ep.API = "ingestion API"
	case Export:
		ep.API = "export API"
	case Platform:
		ep.API = "platform API"
	case MCP:
		ep.API = "MCP server"
	case App:
		var regional bool
		p := path(after)
		ep.API, regional = appAPI(p)
		bareURL := strings.HasSuffix(before, "//") && (p == "" || p == "/")
		if host == Host(App, US) && !regional && !bareURL {
			// mixpanel.com also serves the marketing site: only a URL
			// with a scheme and no path, or an API, app or SSO path,
			// is the US web app or API.
			return Endpoint{}, false
		}
	}
	return ep, true
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
	return ok && scheme != "" && strings.IndexFunc(scheme, func(r rune) bool {
		return r >= 0x80 || !isHostByte(byte(r)) && !strings.ContainsRune("+%", r)
	}) < 0
}

// isHostEnd reports whether after, the rest of a token after a host, is
// what may follow a URL's host: nothing, a port, a path, a query, a
// fragment, or a printf verb.
func isHostEnd(after string) bool {
	authority := after
	if i := strings.IndexAny(after, "/?#"); i >= 0 {
		authority = after[:i]
	}
	if strings.Contains(authority, "@") {
		return false // the host was user info
	}
	if strings.HasPrefix(authority, "%") {
		return true // "https://api.mixpanel.com%s"
	}
	port, ok := strings.CutPrefix(authority, ":")
	if !ok {
		return authority == ""
	}
	return port != "" && strings.Trim(port, "0123456789") == "" || port == "%d" || port == "%s" || port == "%v"
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
	case hasPathPrefix(p, "/project"):
		return "web app", true
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
func tokenBounds(s string, start, end int) (int, int) {
	for start > 0 && !isTokenDelim(s[start-1]) && !strings.ContainsRune("={[", rune(s[start-1])) {
		start--
	}
	for end < len(s) && !isTokenDelim(s[end]) {
		end++
	}
	return start, end
}

// isWhole reports whether s[start:end] is all of s but surrounding space.
func isWhole(s string, start, end int) bool {
	return strings.TrimSpace(s[:start]) == "" && strings.TrimSpace(s[end:]) == ""
}

// isQuotedOrAssigned reports whether the token s[start:end] is a value in
// embedded code or configuration: in quotes, or after "=".
func isQuotedOrAssigned(s string, start, end int) bool {
	if start == 0 {
		return false
	}
	if isYAMLValue(s, start, end) {
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

// valueSegment returns the text around the token s[start:end] that tells
// whether it is mentioned in prose: a quoted value after a key (JSON's
// "url": "…", a struct tag's default:"…", key='…') alone, else its line.
// JSON, YAML, templates and struct tags are judged per value, so that a
// sentence beside a value does not hide it.
func valueSegment(s string, start, end int) string {
	if start > 0 && end < len(s) && (s[start-1] == '"' || s[start-1] == '\'') && s[end] == s[start-1] {
		j := start - 1
		for j > 0 && s[j-1] == ' ' {
			j--
		}
		if j > 0 && (s[j-1] == ':' || s[j-1] == '=') {
			return s[start:end]
		}
	}
	lo, hi := max(0, start-segmentWindow), min(len(s), end+segmentWindow)
	lo += strings.LastIndexByte(s[lo:start], '\n') + 1
	if i := strings.IndexByte(s[end:hi], '\n'); i >= 0 {
		hi = end + i
	}
	return s[lo:hi]
}

// segmentWindow bounds the line around a token that valueSegment returns,
// on each side, so that a long one-line string costs linear time: a
// sentence shows within it.
const segmentWindow = 200

// isYAMLValue reports whether the token s[start:end] is the whole value of
// a YAML line: "  url: https://api.mixpanel.com".
func isYAMLValue(s string, start, end int) bool {
	from := max(0, start-segmentWindow)
	i := strings.LastIndexByte(s[from:start], '\n')
	if i < 0 && from > 0 {
		return false // no line start near: not a YAML key
	}
	lo := from + i + 1
	key, ok := strings.CutSuffix(strings.TrimRight(s[lo:start], " "), ":")
	key = strings.TrimPrefix(strings.TrimSpace(key), "- ")
	if !ok || key == "" || strings.IndexFunc(key, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' && r != '-' && r != '.'
	}) >= 0 {
		return false
	}
	for _, c := range []byte(s[end:]) {
		switch c {
		case '\n':
			return true
		case ' ', '\t', '\r':
		default:
			return false
		}
	}
	return true
}

// isProse reports whether s reads as text: it has three words in a row
// made only of letters, as in "events go to https://api.mixpanel.com".
func isProse(s string) bool {
	run := 0
	for _, f := range strings.Fields(s) {
		f = strings.TrimRight(f, ".,:;!?")
		if f != "" && strings.IndexFunc(f, isNotLetter) < 0 {
			run++
			if run == 3 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
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
