package lsp

import (
	"sort"
	"unicode/utf8"
)

// Position encodings of LSP 3.17.
const (
	encUTF16 = "utf-16"
	encUTF8  = "utf-8"
)

// A mapper turns byte offsets of a text into LSP positions: a line and a
// character counted in UTF-16 code units (LSP's default) or in bytes
// (UTF-8, when the client offers it).
type mapper struct {
	text   string
	starts []int // the offset of each line
	utf8   bool
}

func newMapper(text, encoding string) *mapper {
	m := &mapper{text: text, starts: []int{0}, utf8: encoding == encUTF8}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			m.starts = append(m.starts, i+1)
		}
	}
	return m
}

// position returns the position of the byte offset, clamped to the text.
// An offset inside a multi-byte character counts the whole character
// before it only in UTF-8.
func (m *mapper) position(offset int) Position {
	offset = max(0, min(offset, len(m.text)))
	line := sort.Search(len(m.starts), func(i int) bool { return m.starts[i] > offset }) - 1
	start := m.starts[line]
	if m.utf8 {
		return Position{Line: line, Character: offset - start}
	}
	units := 0
	for s := m.text[start:offset]; s != ""; {
		r, size := utf8.DecodeRuneInString(s)
		if r >= 0x10000 {
			units += 2 // a surrogate pair
		} else {
			units++
		}
		s = s[size:]
	}
	return Position{Line: line, Character: units}
}

func (m *mapper) rangeOf(start, end int) Range {
	return Range{Start: m.position(start), End: m.position(end)}
}

// before reports whether p comes before q.
func before(p, q Position) bool {
	return p.Line < q.Line || p.Line == q.Line && p.Character < q.Character
}

// overlaps reports whether the ranges a and b share a position; an empty
// range overlaps a range that holds it, ends included.
func overlaps(a, b Range) bool {
	return !before(a.End, b.Start) && !before(b.End, a.Start)
}
