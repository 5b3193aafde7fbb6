package residency

import (
	"fmt"
	"strings"
)

// Source: ../shared/MIXPANEL.md §1.1 and §3: the JavaScript SDK sends to
// its api_host, https://api-js.mixpanel.com (US) unless set; EU and India
// projects set api_host to https://api-eu.mixpanel.com or
// https://api-in.mixpanel.com in the options of mixpanel.init.

// JSInit is a mixpanel.init call, in JavaScript or in a text that holds
// some (HTML, a template, a Go string), that sends to the US: it has no
// api_host option. Offsets are bytes of the text.
type JSInit struct {
	Start, End int    // the call, from "mixpanel" to its closing parenthesis
	Insert     int    // where the fix inserts Text
	Text       string // the option to add, in the snippet's own quote style
}

// JSDefaultHost is where the JavaScript SDK sends without an api_host.
const JSDefaultHost = "api-js.mixpanel.com" //mpreslint:ignore the SDK's own US default, the data the rule reports by

// Message says what is wrong with the call, for a project of region r.
func (j JSInit) Message(r Region) string {
	return fmt.Sprintf("call to mixpanel.init without api_host sends events to the US region (%s); %s projects must set api_host: %q",
		JSDefaultHost, r.Label(), JSHost(r))
}

// JSHost is the api_host a JavaScript SDK of region r must use.
func JSHost(r Region) string {
	return "https://" + Host(Ingestion, r)
}

// FindJSInits returns the mixpanel.init calls in s without api_host, with
// the edit that adds region r's host. Calls whose options are a variable
// or hold a spread are unknown and not returned, and so are calls with an
// api_host: a wrong host there is a host that Find reports. JavaScript
// comments (// and /* */) are skipped.
func FindJSInits(s string, r Region) []JSInit {
	if !strings.Contains(s, "mixpanel") || !strings.Contains(s, "init") {
		return nil // fast path
	}
	var found []JSInit
	sc := jsScanner{s: s}
	for sc.i < len(s) {
		if !sc.skipNonCode() {
			continue // a comment or a string
		}
		if !strings.HasPrefix(s[sc.i:], "mixpanel") || sc.i > 0 && isJSIdent(s[sc.i-1]) {
			sc.i++
			continue
		}
		call := sc.i
		sc.i += len("mixpanel")
		if init, ok := sc.initCall(call, r); ok {
			found = append(found, init)
		}
	}
	return found
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

// initCall parses ".init(token[, options…])" after "mixpanel" at call.
func (sc *jsScanner) initCall(call int, r Region) (JSInit, bool) {
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
	option := "api_host: " + quote + JSHost(r) + quote
	sc.skipSpaceAndComments()
	switch {
	case sc.eat(")"):
		return JSInit{Start: call, End: sc.i, Insert: tokenEnd, Text: ", {" + option + "}"}, true
	case !sc.eat(","):
		return JSInit{}, false
	}
	sc.skipSpaceAndComments()
	if !strings.HasPrefix(sc.s[sc.i:], "{") {
		return JSInit{}, false // options from a variable or a call: unknown
	}
	insert, text, ok := sc.objectWithoutAPIHost(option)
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
	return JSInit{Start: call, End: sc.i, Insert: insert, Text: text}, true
}

// objectWithoutAPIHost parses the object literal at the scanner's
// position. When it has no api_host (and no spread, which may hold one),
// it returns where to add option and the text to add there: before the
// first property, on a line of its own if the properties are.
func (sc *jsScanner) objectWithoutAPIHost(option string) (int, string, bool) {
	open := sc.i
	sc.i++ // {
	first, firstLineStart := -1, -1
	for {
		at := sc.skipSpaceAndComments()
		if sc.eat("}") {
			break
		}
		if first < 0 {
			first = at
			firstLineStart = strings.LastIndexByte(sc.s[:at], '\n') + 1
		}
		key, ok := sc.propertyKey()
		if !ok || key == "api_host" {
			return 0, "", false // a spread, a computed key, or api_host
		}
		sc.skipSpaceAndComments()
		if sc.eat(":") || strings.HasPrefix(sc.s[sc.i:], "(") {
			if _, ok := sc.argument(); !ok {
				return 0, "", false
			}
		}
		sc.skipSpaceAndComments()
		if sc.eat("}") {
			break
		}
		if !sc.eat(",") {
			return 0, "", false
		}
	}
	switch {
	case first < 0: // {}
		return open + 1, option, true
	case firstLineStart > open: // properties on lines of their own
		indent := sc.s[firstLineStart:first]
		return first, option + ",\n" + indent, true
	}
	return first, option + ", ", true
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
		if strings.HasPrefix(sc.s[sc.i:], "//") || strings.HasPrefix(sc.s[sc.i:], "/*") {
			sc.skipNonCode()
			continue
		}
		break
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
