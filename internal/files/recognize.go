package files

import (
	"strings"

	"github.com/mpreslint/mpreslint/residency"
)

// recognized reports whether the value v is recognition or a message,
// read with the file's tokens: an argument of a logging call
// (console.log, logger.warn, new Error), a pattern (a regular expression
// or a glob), or a word of an echo or printf command. (A list that holds
// the region's host too is recognition as well: the excuse sees it.)
func (x *choices) recognized(v value, syn *syntax) bool {
	text := x.src[v.start:v.end]
	if isPattern(text) || isHintOrRecord(x.src, v) {
		return true
	}
	if syn.values == words {
		return inEcho(x.src, v)
	}
	i := x.ts.at(v.start)
	if i < 0 {
		return false
	}
	open := x.ts.enclosing(i)
	return open > 0 && x.ts.is(open, "(") && x.isMessageCall(open)
}

// isMessageCall reports whether the parenthesis at open is that of a
// call that prints or logs its arguments.
func (x *choices) isMessageCall(open int) bool {
	ts := x.ts
	callee := ts.text(open - 1)
	if ts.list[open-1].kind != 'w' {
		return false
	}
	switch callee {
	case "Error", "TypeError", "RangeError", "alert":
		return true
	}
	if !ts.is(open-2, ".") && !ts.is(open-2, "?.") {
		return false
	}
	switch strings.ToLower(ts.text(open - 3)) {
	case "console", "logger", "log", "logging", "winston", "pino":
		return true
	}
	return false
}

// hintKeys are the attributes and properties whose value is shown to a
// person, never fetched: an input's placeholder, a tooltip, an image's
// alternative text.
var hintKeys = map[string]bool{
	"placeholder": true, "title": true, "alt": true, "aria-label": true, "aria-description": true,
}

// recordKeys are the event properties whose value records a host an
// event went to: $mp_api_endpoint, set by Mixpanel on ingestion, in
// exported events and their fixtures.
var recordKeys = map[string]bool{
	"$mp_api_endpoint": true, "mp_api_endpoint": true,
}

// isHintOrRecord reports whether the value v is that of a hint attribute or
// property (<input placeholder="https://mixpanel.com/project/…">,
// placeholder: "…", placeholder={"…"}), or of a recorded event property.
func isHintOrRecord(src string, v value) bool {
	key := strings.ToLower(keyBefore(src, v))
	return hintKeys[key] || recordKeys[key]
}

// keyBefore returns the attribute or key whose value v is on its line
// (name="v", name: "v", name={"v"}, "name": "v"), or "".
func keyBefore(src string, v value) string {
	lineStart := strings.LastIndexByte(src[:v.start], '\n') + 1
	before := src[lineStart:v.start]
	if v.quoted && before != "" {
		before = before[:len(before)-1] // the opening quote
	}
	before = strings.TrimRight(before, " \t{")
	before, ok := strings.CutSuffix(before, "=")
	if !ok {
		if before, ok = strings.CutSuffix(before, ":"); !ok {
			return ""
		}
	}
	before = strings.TrimRight(before, " \t\"'`")
	i := strings.LastIndexFunc(before, func(r rune) bool { return r > 0x7f || !isWordByte(byte(r)) && r != '-' && r != '$' })
	return before[i+1:]
}

// isPattern reports whether a value is a regular expression or a glob
// rather than a URL: ^https://api\.mixpanel\.com, https://*.mixpanel.com/*.
// The named parameters of a route (:path*, :slug+, as in Next.js and
// Vercel rewrites) are not globs: such a URL is a destination.
func isPattern(s string) bool {
	if strings.ContainsAny(s, " \t\r\n") {
		return false // code or text that holds a URL, not one pattern
	}
	s = withoutRouteParams(s)
	return strings.HasPrefix(s, "^") || strings.HasSuffix(s, "$") && !strings.HasSuffix(s, "\\$") ||
		strings.Contains(s, `\.`) || strings.Contains(s, ".*") || strings.Contains(s, ".+") || strings.Contains(s, "*")
}

// withoutRouteParams returns s without the modifier (*, + or ?) of each
// named route parameter in it: https://api.mixpanel.com/:slug* gives
// https://api.mixpanel.com/:slug. A parameter's name starts with a letter
// or _, so a port (:443) or the scheme's colon is none.
func withoutRouteParams(s string) string {
	if !strings.ContainsAny(s, "*+?") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		b.WriteByte(s[i])
		if s[i] != ':' || i+1 >= len(s) || !isNameStart(s[i+1]) {
			continue
		}
		j := i + 1
		for j < len(s) && (isNameStart(s[j]) || s[j] >= '0' && s[j] <= '9') {
			j++
		}
		b.WriteString(s[i+1 : j])
		if j < len(s) && strings.IndexByte("*+?", s[j]) >= 0 {
			j++ // the modifier
		}
		i = j - 1
	}
	return b.String()
}

func isNameStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

// inEcho reports whether the word v is an argument of a shell command
// that prints (echo, printf), in its line's command: after the last |,
// ;, && or || before it.
func inEcho(src string, v value) bool {
	lineStart := strings.LastIndexByte(src[:v.start], '\n') + 1
	before := src[lineStart:v.start]
	for _, sep := range []string{"|", ";", "&&", "$(", "`"} {
		if i := strings.LastIndex(before, sep); i >= 0 {
			before = before[i+len(sep):]
		}
	}
	for _, w := range strings.Fields(before) {
		switch strings.Trim(w, `"'`) {
		case "echo", "printf":
			return true
		}
	}
	return false
}

// inList reports whether v is an element of a list.
func (x *choices) inList(v value) bool {
	for _, ref := range x.arms(v.start, v.end) {
		if x.all[ref.choice].list {
			return true
		}
	}
	return false
}

// choicesOf returns the indexes of the choices and lists that hold v.
func (x *choices) choicesOf(v value) []int {
	var out []int
	for _, ref := range x.arms(v.start, v.end) {
		out = append(out, ref.choice)
	}
	return out
}

// initExcused reports whether the mixpanel.init call at [start, end) is
// an arm of a region choice another arm of which sets the region's
// api_host: if (region === "eu") mixpanel.init(t, {api_host: EU}) else
// mixpanel.init(t).
func (x *choices) initExcused(start, end int) bool {
	return x.spanExcused(start, end, residency.Match{Endpoint: residency.Endpoint{Family: residency.Ingestion, Exists: true}})
}

// spanExcused reports whether [start, end) is in an arm of a region
// choice another arm of which yields m in the target region.
func (x *choices) spanExcused(start, end int, m residency.Match) bool {
	v := value{start: start, end: end}
	for _, c := range x.all {
		if c.list {
			continue
		}
		for i, a := range c.arms {
			if !a.holds(v) {
				continue
			}
			for j, b := range c.arms {
				if j != i && !b.holds(v) && x.spanYields(b, m) {
					return true
				}
			}
		}
	}
	return false
}

// regionChoicesHolding returns the indexes of the region choices (not
// lists) an arm of which holds [start, end).
func (x *choices) regionChoicesHolding(start, end int) []int {
	var out []int
	v := value{start: start, end: end}
	for i, c := range x.all {
		if c.list {
			continue
		}
		for _, a := range c.arms {
			if a.holds(v) {
				out = append(out, i)
				break
			}
		}
	}
	return out
}
