package files

import (
	"strings"

	"github.com/mpreslint/mpreslint/residency"
)

// A value is a part of a file that residency.Find sees alone, as it sees
// a Go string literal's value: the contents of a string literal, or a
// word of a line.
type value struct {
	start, end int  // byte offsets in the file
	quoted     bool // the contents of a string literal, between its quotes
}

// A comment is one comment of a file.
type comment struct {
	start, end int    // the comment, delimiters included
	open       int    // the length of its opening delimiter
	body       string // between the delimiters
}

// lexer splits a file into values and comments. It knows a format's
// comments and strings, nothing more: enough to tell values from comments
// in the files people write.
type lexer struct {
	src      string
	i        int
	values   []value
	comments []comment
}

// lex returns the values and comments of src, a file of syntax syn.
func lex(src string, syn *syntax) ([]value, []comment) {
	lx := &lexer{src: src}
	switch syn.values {
	case quoted:
		lx.code(len(src), syn)
	case words:
		lx.lines(syn)
	case markup:
		lx.markup(syn)
	}
	return lx.values, lx.comments
}

// code lexes source code up to end: its comments and string literals.
func (lx *lexer) code(end int, syn *syntax) {
	for lx.i < end {
		if lx.comment(end, syn) {
			continue
		}
		if q := lx.src[lx.i]; strings.IndexByte(syn.quotes, q) >= 0 {
			lx.quoted(end, q)
			continue
		}
		lx.i++
	}
}

// lines lexes a line-oriented file: its comments, and the words of each
// line whose text outside comments does not read as prose. Quotes do not
// make values of their own there, as a quoted shell word or YAML scalar
// is a word like another; they only keep a comment marker in a string
// from starting a comment (a quote opens a string at the start of a word
// only, so that an apostrophe does not).
func (lx *lexer) lines(syn *syntax) {
	for lx.i < len(lx.src) {
		end := lineEnd(lx.src, lx.i)
		var plain []value // the line's text outside comments
		from := lx.i
		for lx.i < end {
			at := lx.i
			q := lx.src[at]
			switch {
			case lx.comment(end, syn):
				plain = append(plain, value{start: from, end: at})
				from = lx.i
			case strings.IndexByte(syn.quotes, q) >= 0 && (at == 0 || !isWordByte(lx.src[at-1])):
				lx.str(end, q)
			default:
				lx.i++
			}
		}
		plain = append(plain, value{start: from, end: end})
		lx.words(plain)
		lx.i = end + 1
	}
}

// words adds the words of the spans of text plain, one line's text
// outside comments, unless that text reads as prose.
func (lx *lexer) words(plain []value) {
	var text strings.Builder
	for _, p := range plain {
		text.WriteString(lx.src[p.start:p.end])
		text.WriteByte(' ')
	}
	if !residency.Mentions(text.String()) || residency.IsProse(text.String()) {
		return
	}
	// delim returns the length of the delimiter at i, or 0.
	delim := func(i, end int) int {
		switch {
		case isWordDelim(lx.src[i]):
			return 1
		case lx.src[i] == ':' && i+1 < end && (lx.src[i+1] == '-' || lx.src[i+1] == '='):
			return 2 // a shell default: ${HOST:-api.mixpanel.com}
		}
		return 0
	}
	for _, p := range plain {
		for i := p.start; i < p.end; {
			if n := delim(i, p.end); n > 0 {
				i += n
				continue
			}
			start := i
			for i < p.end && delim(i, p.end) == 0 {
				i++
			}
			lx.values = append(lx.values, value{start: start, end: i})
		}
	}
}

// markup lexes HTML or a template: its comments, its attribute values,
// the strings of its template actions, and the comments and strings of
// its <script> elements.
func (lx *lexer) markup(syn *syntax) {
	src := lx.src
	for lx.i < len(src) {
		switch c := src[lx.i]; {
		case lx.comment(len(src), syn):
		case c == '<' && isTag(src[lx.i:], "<script"):
			lx.script()
		case c == '{' && strings.HasPrefix(src[lx.i:], "{{"):
			lx.action()
		case (c == '"' || c == '\'') && lastNonSpace(src[:lx.i]) == '=':
			lx.attribute(c)
		default:
			lx.i++
		}
	}
}

// attribute lexes an attribute value at the lexer's position, quoted with
// q. It may span lines (a Content Security Policy in a <meta> often does)
// when its closing quote comes before the next tag.
func (lx *lexer) attribute(q byte) {
	rest := lx.src[lx.i+1:]
	if end := strings.IndexByte(rest, q); end >= 0 && strings.IndexByte(rest[:end], '\n') >= 0 && strings.IndexByte(rest[:end], '<') < 0 {
		start := lx.i + 1
		lx.values = append(lx.values, value{start: start, end: start + end, quoted: true})
		lx.i = start + end + 1
		return
	}
	lx.quoted(len(lx.src), q)
}

// script lexes a <script> element: the attribute values of its tag, then
// its text as JavaScript.
func (lx *lexer) script() {
	src := lx.src
	for lx.i < len(src) && src[lx.i] != '>' {
		if c := src[lx.i]; (c == '"' || c == '\'') && lastNonSpace(src[:lx.i]) == '=' {
			lx.quoted(len(src), c)
			continue
		}
		lx.i++
	}
	end := indexFold(src[lx.i:], "</script")
	if end < 0 {
		end = len(src)
	} else {
		end += lx.i
	}
	lx.code(end, jsSyntax)
	lx.i = end
}

// action lexes a template action {{ … }}: its strings.
func (lx *lexer) action() {
	end := strings.Index(lx.src[lx.i:], "}}")
	if end < 0 {
		end = len(lx.src)
	} else {
		end += lx.i
	}
	for lx.i += 2; lx.i < end; {
		if c := lx.src[lx.i]; c == '"' || c == '`' {
			lx.quoted(end, c)
			continue
		}
		lx.i++
	}
	lx.i = min(end+2, len(lx.src))
}

// comment lexes a comment at the lexer's position, and reports whether
// there was one. Neither kind of comment runs past end.
func (lx *lexer) comment(end int, syn *syntax) bool {
	s := lx.src[lx.i:end]
	for _, b := range syn.blocks {
		if !strings.HasPrefix(s, b[0]) {
			continue
		}
		body, stop := s[len(b[0]):], end
		if n := strings.Index(body, b[1]); n >= 0 {
			body, stop = body[:n], lx.i+len(b[0])+n+len(b[1])
		}
		lx.comments = append(lx.comments, comment{start: lx.i, end: stop, open: len(b[0]), body: body})
		lx.i = stop
		return true
	}
	for _, l := range syn.lines {
		if !strings.HasPrefix(s, l.open) || !lx.startsComment(l.at) {
			continue
		}
		stop := min(lineEnd(lx.src, lx.i), end)
		body := strings.TrimSuffix(lx.src[lx.i+len(l.open):stop], "\r")
		lx.comments = append(lx.comments, comment{start: lx.i, end: lx.i + len(l.open) + len(body), open: len(l.open), body: body})
		lx.i = stop
		return true
	}
	return false
}

// startsComment reports whether a line comment may start at the lexer's
// position.
func (lx *lexer) startsComment(at where) bool {
	switch at {
	case wordStart:
		return lx.i == 0 || isSpace(lx.src[lx.i-1])
	case lineStart:
		line := lx.src[strings.LastIndexByte(lx.src[:lx.i], '\n')+1 : lx.i]
		return strings.Trim(line, " \t") == ""
	}
	return true
}

// quoted lexes a string literal, a value, at the lexer's position.
func (lx *lexer) quoted(end int, q byte) {
	start := lx.i + 1
	lx.values = append(lx.values, value{start: start, end: lx.str(end, q), quoted: true})
}

// str skips a string literal that starts with the quote q at the lexer's
// position and ends at the same quote (not escaped by a backslash), at
// the end of its line unless q is a backquote, or at end. It returns
// where its contents end.
func (lx *lexer) str(end int, q byte) int {
	j := lx.i + 1
	for j < end {
		c := lx.src[j]
		if c == q || c == '\n' && q != '`' {
			break
		}
		if c == '\\' {
			j++
		}
		j++
	}
	j = min(j, end)
	lx.i = j
	if j < end && lx.src[j] == q {
		lx.i++
	}
	return j
}

// lineEnd returns the offset of the newline that ends the line holding
// offset i, or len(s).
func lineEnd(s string, i int) int {
	if n := strings.IndexByte(s[i:], '\n'); n >= 0 {
		return i + n
	}
	return len(s)
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c >= 0x80
}

// isWordDelim reports whether c separates the words of a line: space,
// quotes, and the punctuation of lists and blocks around values.
func isWordDelim(c byte) bool {
	return isSpace(c) || strings.IndexByte(",;()[]{}<>|\"'`", c) >= 0
}

// lastNonSpace returns the last byte of s that is not a space, or 0.
func lastNonSpace(s string) byte {
	s = strings.TrimRight(s, " \t\r\n")
	if s == "" {
		return 0
	}
	return s[len(s)-1]
}

// isTag reports whether s starts with the tag opening open ("<script"),
// in any case, followed by the end of the tag's name.
func isTag(s, open string) bool {
	return len(s) > len(open) && strings.EqualFold(s[:len(open)], open) && !isWordByte(s[len(open)]) && s[len(open)] != '-'
}

// indexFold returns the index of the first instance of the lower-case
// ASCII word in s, in any case, or -1.
func indexFold(s, word string) int {
	for i := 0; i+len(word) <= len(s); i++ {
		if s[i]|0x20 == word[0] && strings.EqualFold(s[i:i+len(word)], word) {
			return i
		}
	}
	return -1
}
