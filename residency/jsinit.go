package residency

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// Sources: ../shared/MIXPANEL.md §1.1 and §3. The browser SDK (npm
// mixpanel-browser, the snippet and its CDN global) sends to its api_host,
// a URL, https://api-js.mixpanel.com (US) unless set; EU and India
// projects set api_host to https://api-eu.mixpanel.com or
// https://api-in.mixpanel.com. The Node.js SDK (npm mixpanel) sends to
// its host option, a bare host[:port], api.mixpanel.com (US) unless set,
// and a value with a scheme breaks it (note N1: config.host.split(':')).

// JSSDK is which JavaScript SDK a call is made to.
type JSSDK int

const (
	BrowserSDK JSSDK = iota // mixpanel-browser, the snippet, the CDN global
	NodeSDK                 // npm mixpanel
)

// JSInit is an init call of a JavaScript SDK, in JavaScript or in a text
// that holds some (HTML, a template, a Go string), that is wrong: it sends
// to the US (no api_host for the browser SDK, no host for the Node.js
// SDK), or it gives the Node.js SDK a host with a scheme. Offsets are
// bytes of the text.
type JSInit struct {
	Start, End int    // the call, from its name to its closing parenthesis
	Name       string // the name called: mixpanel, Mixpanel, mp
	SDK        JSSDK
	Scheme     string // for a Node.js host with a scheme: the value written
	// The fix replaces the bytes [Insert, Until) with Text; Until is
	// Insert for an insertion. Text is empty and Until too for a Node.js
	// host with a scheme that has no fix.
	Insert, Until int
	Text          string
}

// JSDefaultHost is where the JavaScript SDK sends without an api_host.
const JSDefaultHost = "api-js.mixpanel.com" //mpreslint:ignore the SDK's own US default, the data the rule reports by

// NodeDefaultHost is where the Node.js SDK sends without a host.
const NodeDefaultHost = "api.mixpanel.com" //mpreslint:ignore the SDK's own US default, the data the rule reports by

// Message says what is wrong with the call, for a project of region r.
func (j JSInit) Message(r Region) string {
	switch {
	case j.SDK == BrowserSDK:
		return fmt.Sprintf("call to mixpanel.init without api_host sends events to the US region (%s); %s projects must set api_host: %q",
			JSDefaultHost, r.Label(), JSHost(r))
	case j.Scheme != "":
		return fmt.Sprintf("the Node.js SDK's host option takes a bare host: a URL with a scheme breaks the SDK; %s projects set host: %q",
			r.Label(), Host(Ingestion, r))
	}
	return fmt.Sprintf("call to %s.init of the Node.js SDK (npm mixpanel) without host sends events to the US region (%s); %s projects must set host: %q",
		j.Name, NodeDefaultHost, r.Label(), Host(Ingestion, r))
}

// HasFix reports whether the call has a fix.
func (j JSInit) HasFix() bool {
	return j.Text != "" || j.Until > j.Insert
}

// FixMessage describes the fix, for a project of region r.
func (j JSInit) FixMessage(r Region) string {
	switch {
	case j.SDK == BrowserSDK:
		return "Add api_host: " + JSHost(r)
	case j.Scheme != "":
		return "Remove the scheme from host"
	}
	return "Add host: " + Host(Ingestion, r)
}

// JSHost is the api_host a JavaScript SDK of region r must use.
func JSHost(r Region) string {
	return "https://" + Host(Ingestion, r)
}

// FindJSInits returns the init calls in s that send to the US or give
// the Node.js SDK a host with a scheme, with the edit that adds region r's
// host or removes the scheme. The SDK of a call is that of the module its
// name is bound to (require('mixpanel') or import … from 'mixpanel' is
// the Node.js SDK, 'mixpanel-browser' the browser SDK); an unbound
// mixpanel is the browser SDK's global. Calls whose options are a
// variable or hold a spread are unknown and not returned, and so are
// calls with the option set: a wrong host there is a host that Find
// reports. JavaScript comments (// and /* */) are skipped.
func FindJSInits(s string, r Region) []JSInit {
	if !strings.Contains(s, "mixpanel") || !strings.Contains(s, "init") {
		return nil // fast path
	}
	sdks := jsBindings(s)
	var found []JSInit
	sc := jsScanner{s: s}
	for sc.i < len(s) {
		if !sc.skipNonCode() {
			continue // a comment or a string
		}
		if !isJSIdent(s[sc.i]) || sc.i > 0 && (isJSIdent(s[sc.i-1]) || s[sc.i-1] >= 0x80) {
			sc.i++
			continue
		}
		call := sc.i
		for sc.i < len(s) && isJSIdent(s[sc.i]) {
			sc.i++
		}
		name := s[call:sc.i]
		sdk, ok := sdks[name]
		if name == "require" {
			if m := jsRequireCall.FindString(s[call:]); m != "" {
				name, sdk, ok = m, NodeSDK, true // require('mixpanel').init(…)
				if strings.Contains(m, "mixpanel-browser") {
					sdk = BrowserSDK
				}
				sc.i = call + len(m)
			}
		}
		if !ok {
			continue
		}
		if init, ok := sc.initCall(call, sdk, r); ok {
			init.Name = name
			found = append(found, init)
		}
	}
	return found
}

// The declarations that bind a name to a Mixpanel module:
// const mp = require('mixpanel'), import Mixpanel from 'mixpanel',
// import * as mp from "mixpanel-browser", import mp = require('mixpanel').
var (
	jsRequire     = regexp.MustCompile(`\b(?:const|let|var|import)\s+([A-Za-z_$][\w$]*)\s*=\s*require\s*\(\s*['"](mixpanel|mixpanel-browser)['"]\s*\)`)
	jsRequireCall = regexp.MustCompile(`^require\s*\(\s*['"](mixpanel|mixpanel-browser)['"]\s*\)`)
	jsImport      = regexp.MustCompile(`\bimport\s+(?:\*\s*as\s+)?([A-Za-z_$][\w$]*)\s*(?:,\s*\{[^}]*\}\s*)?from\s*['"](mixpanel|mixpanel-browser)['"]`)
)

// jsBindings returns the names of s bound to a Mixpanel SDK: mixpanel,
// the browser SDK's global (or a wrapper of it) unless s binds it to the
// Node.js SDK, and the names bound to either SDK by a require or an
// import.
func jsBindings(s string) map[string]JSSDK {
	sdks := map[string]JSSDK{"mixpanel": BrowserSDK}
	for _, re := range []*regexp.Regexp{jsRequire, jsImport} {
		for _, m := range re.FindAllStringSubmatch(s, -1) {
			sdk := NodeSDK
			if m[2] == "mixpanel-browser" {
				sdk = BrowserSDK
			}
			sdks[m[1]] = sdk
		}
	}
	return sdks
}

// jsScanner walks JavaScript source well enough to find calls: it knows
// comments, strings and brackets, nothing more.
type jsScanner struct {
	s        string
	i        int
	unclosed bool // a string ran to the end of its line or of s
}

// skipNonCode skips a comment or a string at the scanner's position and
// reports whether there was none.
func (sc *jsScanner) skipNonCode() bool {
	s, i := sc.s, sc.i
	switch {
	case strings.HasPrefix(s[i:], "//") && (i == 0 || s[i-1] != ':'): // not https://
		end := strings.IndexByte(s[i:], '\n')
		if end < 0 {
			end = len(s) - i
		}
		sc.i += end
		return false
	case strings.HasPrefix(s[i:], "/*"):
		end := strings.Index(s[i+2:], "*/")
		if end < 0 {
			sc.i = len(s)
		} else {
			sc.i += 2 + end + 2
		}
		return false
	case s[i] == '"' || s[i] == '\'' || s[i] == '`':
		end, closed := stringEnd(s, i)
		sc.i, sc.unclosed = end, sc.unclosed || !closed
		return false
	}
	return true
}

// stringEnd returns the offset after the string literal that starts at
// s[i], and whether it is closed; a quoted string also ends, unclosed, at
// a newline, so that an apostrophe in prose around a snippet swallows one
// line at most.
func stringEnd(s string, i int) (int, bool) {
	q := s[i]
	for j := i + 1; j < len(s); j++ {
		switch s[j] {
		case '\\':
			j++
		case q:
			return j + 1, true
		case '\n':
			if q != '`' {
				return j, false
			}
		}
	}
	return len(s), false
}

// initCall parses ".init(token[, options…])" after the name at call.
func (sc *jsScanner) initCall(call int, sdk JSSDK, r Region) (JSInit, bool) {
	sc.space()
	if !sc.eat(".") {
		return JSInit{}, false
	}
	sc.space()
	if !sc.eat("init") || sc.i < len(sc.s) && isJSIdent(sc.s[sc.i]) {
		return JSInit{}, false
	}
	sc.space()
	if !sc.eat("(") {
		return JSInit{}, false
	}
	tokenStart := sc.skipSpaceAndComments()
	tokenEnd, ok := sc.argument()
	if !ok || tokenEnd == tokenStart {
		return JSInit{}, false
	}
	quote := quoteStyle(sc.s[tokenStart:tokenEnd])
	key, value := "api_host", JSHost(r)
	if sdk == NodeSDK {
		key, value = "host", Host(Ingestion, r)
	}
	option := key + ": " + quote + value + quote
	sc.skipSpaceAndComments()
	switch {
	case sc.eat(")"):
		return JSInit{Start: call, End: sc.i, SDK: sdk, Insert: tokenEnd, Until: tokenEnd, Text: ", {" + option + "}"}, true
	case !sc.eat(","):
		return JSInit{}, false
	}
	sc.skipSpaceAndComments()
	if !strings.HasPrefix(sc.s[sc.i:], "{") {
		return JSInit{}, false // options from a variable or a call: unknown
	}
	init, ok := sc.objectWithout(key, option)
	if !ok {
		return JSInit{}, false
	}
	// The rest of the call: more arguments (a name), then ")".
	for sc.i < len(sc.s) && sc.s[sc.i] != ')' {
		if !sc.eat(",") {
			return JSInit{}, false
		}
		if _, ok := sc.argument(); !ok {
			return JSInit{}, false
		}
	}
	if !sc.eat(")") {
		return JSInit{}, false
	}
	if sdk == NodeSDK && init.Scheme == "" && init.Text == "" {
		return JSInit{}, false // a bare host: right, or a host Find reports
	}
	init.Start, init.End, init.SDK = call, sc.i, sdk
	return init, true
}

// objectWithout parses the object literal at the scanner's position.
// When it has no property key (and no spread, which may hold one), it
// returns the edit that adds option: before the first property, on a
// line of its own if the properties are. When key is the Node.js SDK's
// host and its value is a string with a scheme, it returns that value,
// and the edit that removes the scheme when the rest is a bare host. It
// returns an empty JSInit when key is set otherwise.
func (sc *jsScanner) objectWithout(key, option string) (JSInit, bool) {
	open := sc.i
	sc.i++ // {
	first, firstLineStart := -1, -1
	var set *JSInit
	for {
		at := sc.skipSpaceAndComments()
		if sc.eat("}") {
			break
		}
		if first < 0 {
			first = at
			firstLineStart = strings.LastIndexByte(sc.s[:at], '\n') + 1
		}
		k, ok := sc.propertyKey()
		if !ok || k == key && key == "api_host" {
			return JSInit{}, false // a spread, a computed key, or api_host
		}
		sc.skipSpaceAndComments()
		switch {
		case k == key: // the Node.js SDK's host
			if !sc.eat(":") {
				return JSInit{}, false // shorthand {host}: unknown
			}
			sc.skipSpaceAndComments()
			init, _ := sc.schemeInHost()
			set = &init
			if _, ok := sc.argument(); !ok {
				return JSInit{}, false
			}
		case sc.eat(":") || strings.HasPrefix(sc.s[sc.i:], "("):
			if _, ok := sc.argument(); !ok {
				return JSInit{}, false
			}
		}
		sc.skipSpaceAndComments()
		if sc.eat("}") {
			break
		}
		if !sc.eat(",") {
			return JSInit{}, false
		}
	}
	switch {
	case set != nil:
		return *set, true
	case first < 0: // {}
		return JSInit{Insert: open + 1, Until: open + 1, Text: option}, true
	case firstLineStart > open: // properties on lines of their own
		indent := sc.s[firstLineStart:first]
		return JSInit{Insert: first, Until: first, Text: option + ",\n" + indent}, true
	}
	return JSInit{Insert: first, Until: first, Text: option + ", "}, true
}

// schemeInHost reports whether the scanner is at a string that holds a
// URL with a scheme, the value of a Node.js host option, and returns it
// with the edit that removes the scheme when the rest is a bare
// host[:port] in which Find sees the hosts it saw in the URL: a fix that
// made another finding appear or go (" ://api.mixpanel",
// "https://mixpanel.com") would not stand alone.
func (sc *jsScanner) schemeInHost() (JSInit, bool) {
	s := sc.s
	if sc.i >= len(s) || strings.IndexByte("\"'`", s[sc.i]) < 0 {
		return JSInit{}, false
	}
	end, closed := stringEnd(s, sc.i)
	if !closed {
		return JSInit{}, false
	}
	value := s[sc.i+1 : end-1]
	i := strings.Index(value, "://")
	if i < 0 || strings.ContainsAny(value[:i], "${}") {
		return JSInit{}, false
	}
	init := JSInit{Scheme: value}
	if rest := value[i+3:]; rest != "" && !strings.ContainsAny(rest, "/?#@${}\\") && sameHosts(Find(value), Find(rest)) {
		init.Insert, init.Until = sc.i+1, sc.i+1+i+3
	}
	return init, true
}

// propertyKey parses a property key: a name or a string. A spread or a
// computed key is not one.
func (sc *jsScanner) propertyKey() (string, bool) {
	s := sc.s
	if sc.i >= len(s) {
		return "", false
	}
	switch c := s[sc.i]; {
	case c == '"' || c == '\'':
		end, closed := stringEnd(s, sc.i)
		if !closed {
			return "", false
		}
		key := s[sc.i+1 : end-1]
		sc.i = end
		return key, true
	case isJSIdent(c):
		start := sc.i
		for sc.i < len(s) && isJSIdent(s[sc.i]) {
			sc.i++
		}
		return s[start:sc.i], true
	}
	return "", false
}

// argument skips one argument (or property value): up to a comma, a
// closing bracket or brace at its own depth. It returns where the argument
// ends, before any space.
func (sc *jsScanner) argument() (int, bool) {
	depth := 0
	end := sc.i
	sc.unclosed = false
	for sc.i < len(sc.s) {
		if !sc.skipNonCode() {
			if sc.unclosed {
				return end, false // a fix after it would land in the string
			}
			if sc.s[sc.i-1] == '"' || sc.s[sc.i-1] == '\'' || sc.s[sc.i-1] == '`' {
				end = sc.i
			}
			continue
		}
		switch c := sc.s[sc.i]; c {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			if depth == 0 {
				return end, true
			}
			depth--
		case ',':
			if depth == 0 {
				return end, true
			}
		}
		if !isJSSpace(sc.s[sc.i]) {
			end = sc.i + 1
		}
		sc.i++
	}
	return end, false
}

// skipSpaceAndComments skips white space and comments and returns the
// position after them.
func (sc *jsScanner) skipSpaceAndComments() int {
	for sc.i < len(sc.s) {
		if isJSSpace(sc.s[sc.i]) {
			sc.i++
			continue
		}
		if (strings.HasPrefix(sc.s[sc.i:], "//") || strings.HasPrefix(sc.s[sc.i:], "/*")) && !sc.skipNonCode() {
			continue
		}
		break // code, or "//" after ":" as in https://
	}
	return sc.i
}

func (sc *jsScanner) space() {
	for sc.i < len(sc.s) && isJSSpace(sc.s[sc.i]) {
		sc.i++
	}
}

func (sc *jsScanner) eat(tok string) bool {
	if strings.HasPrefix(sc.s[sc.i:], tok) {
		sc.i += len(tok)
		return true
	}
	return false
}

// quoteStyle returns the quote the token argument is written with, or a
// double quote.
func quoteStyle(arg string) string {
	if strings.HasPrefix(arg, "'") {
		return "'"
	}
	return `"`
}

func isJSIdent(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '$'
}

func isJSSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r'
}

// sameHosts reports whether a and b find the same hosts, as written, with
// the same endpoints.
func sameHosts(a, b []Match) bool {
	return slices.EqualFunc(a, b, func(x, y Match) bool { return x.Host == y.Host && x.Endpoint == y.Endpoint })
}
