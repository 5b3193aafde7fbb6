package files

import (
	"strings"

	"github.com/mpreslint/mpreslint/residency"
)

// A tok is a string literal, a word (identifier, keyword, number) or a
// punctuation mark of code: what the region-choice and recognition rules
// read of JavaScript, JSON, HCL, TOML and YAML flow collections. It is
// not a parser: it knows strings, brackets and operators, enough to find
// the arms of a choice and the elements of a list.
type tok struct {
	start, end int  // byte offsets in the file; a string's quotes included
	kind       byte // 's' string, 'w' word, 'p' punctuation
	nl         bool // a line break comes before it
	match      int  // for a bracket, the index of its partner; -1 if none
	parent     int  // the index of the unclosed bracket around it, or -1
}

// operators are the punctuation marks of more than one byte, longest
// first.
var operators = []string{"===", "!==", "...", "==", "!=", "=>", "?.", "??", "&&", "||", "<=", ">=", "+=", "-=", "::", "=~"}

// tokenize returns the tokens of code, a file with its comments blanked
// out, in the syntax syn, from start to end. In a line-oriented syntax a
// quote opens a string only at the start of a word, as the lexer reads.
func tokenize(code string, syn *syntax, start, end int) []tok {
	var toks []tok
	var stack []int
	nl := true
	for i := start; i < end; {
		c := code[i]
		switch {
		case c == '\n':
			nl = true
			i++
			continue
		case isSpace(c):
			i++
			continue
		}
		t := tok{start: i, nl: nl, match: -1, parent: -1}
		if k := len(stack) - 1; k >= 0 {
			t.parent = stack[k]
		}
		nl = false
		switch {
		case strings.IndexByte(syn.quotes, c) >= 0 && (syn.values != words || i == 0 || !isWordByte(code[i-1])):
			lx := &lexer{src: code, i: i}
			lx.str(end, c)
			t.kind, t.end = 's', lx.i
		case isWordByte(c) || c == '$':
			j := i + 1
			for j < end && (isWordByte(code[j]) || code[j] == '$') {
				j++
			}
			t.kind, t.end = 'w', j
		default:
			t.kind, t.end = 'p', i+1
			for _, op := range operators {
				if strings.HasPrefix(code[i:end], op) {
					t.end = i + len(op)
					break
				}
			}
		}
		i = t.end
		n := len(toks)
		switch code[t.start:t.end] {
		case "(", "[", "{":
			stack = append(stack, n)
		case ")", "]", "}":
			if k := len(stack) - 1; k >= 0 && pairs(code[toks[stack[k]].start], c) {
				t.match, toks[stack[k]].match = stack[k], n
				t.parent = toks[stack[k]].parent
				stack = stack[:k]
			}
		}
		toks = append(toks, t)
	}
	return toks
}

func pairs(open, close byte) bool {
	return open == '(' && close == ')' || open == '[' && close == ']' || open == '{' && close == '}'
}

// tokens is a file's tokens with the file, for reading them.
type tokens struct {
	src  string
	list []tok
}

func (ts tokens) text(i int) string {
	if i < 0 || i >= len(ts.list) {
		return ""
	}
	return ts.src[ts.list[i].start:ts.list[i].end]
}

// is reports whether token i is the punctuation or word s.
func (ts tokens) is(i int, s string) bool {
	return i >= 0 && i < len(ts.list) && ts.list[i].kind != 's' && ts.text(i) == s
}

// content returns the contents of a string token, or the text of another.
func (ts tokens) content(i int) string {
	t := ts.list[i]
	if t.kind == 's' && t.end-t.start >= 2 {
		return ts.src[t.start+1 : t.end-1]
	}
	return ts.src[t.start:t.end]
}

// next returns the index of the token after i at i's level: past the
// group that i opens.
func (ts tokens) next(i int) int {
	if m := ts.list[i].match; m > i {
		return m + 1
	}
	return i + 1
}

// enclosing returns the index of the unclosed bracket around token i,
// or -1.
func (ts tokens) enclosing(i int) int {
	if i < 0 || i >= len(ts.list) {
		return -1
	}
	return ts.list[i].parent
}

// at returns the index of the token that holds offset off, or -1.
func (ts tokens) at(off int) int {
	lo, hi := 0, len(ts.list)
	for lo < hi {
		m := (lo + hi) / 2
		if ts.list[m].end <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(ts.list) && ts.list[lo].start <= off {
		return lo
	}
	return -1
}

// namesRegion reports whether the tokens [from, to) name the region: a
// string or word names a region or the region setting ("eu",
// dataResidency, cfg.region). A bare word "in" is JavaScript's operator.
func (ts tokens) namesRegion(from, to int) bool {
	for i := max(from, 0); i < to && i < len(ts.list); i++ {
		t := ts.list[i]
		if t.kind == 'p' || t.kind == 'w' && ts.text(i) == "in" {
			continue
		}
		if residency.NamesRegion(ts.content(i)) {
			return true
		}
	}
	return false
}
