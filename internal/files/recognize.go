package files

import (
	"strings"
)

// recognized reports whether the value v is recognition or a message,
// read with the file's tokens: an argument of a logging call
// (console.log, logger.warn, new Error), an element of a list that holds
// the region's host too (checked by the excuse), a pattern (a regular
// expression or a glob), or a word of an echo or printf command.
func (x *choices) recognized(v value, syn *syntax) bool {
	text := x.src[v.start:v.end]
	if isPattern(text) {
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

// isPattern reports whether a value is a regular expression or a glob
// rather than a URL: ^https://api\.mixpanel\.com, https://*.mixpanel.com/*.
func isPattern(s string) bool {
	if strings.ContainsAny(s, " \t\r\n") {
		return false // code or text that holds a URL, not one pattern
	}
	return strings.HasPrefix(s, "^") || strings.HasSuffix(s, "$") && !strings.HasSuffix(s, "\\$") ||
		strings.Contains(s, `\.`) || strings.Contains(s, ".*") || strings.Contains(s, ".+") || strings.Contains(s, "*")
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
