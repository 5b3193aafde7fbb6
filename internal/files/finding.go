package files

import (
	"go/token"
	"sort"

	"github.com/mpreslint/mpreslint/internal/finding"
)

// The findings of the file scan are the driver's: see package finding.
type (
	Finding = finding.Finding
	Fix     = finding.Fix
	Edit    = finding.Edit
)

// lineIndex turns byte offsets of a file into positions.
type lineIndex struct {
	name   string
	starts []int // the offset of each line
}

func newLineIndex(name, src string) lineIndex {
	x := lineIndex{name: name, starts: []int{0}}
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			x.starts = append(x.starts, i+1)
		}
	}
	return x
}

// line returns the 1-based line of offset.
func (x lineIndex) line(offset int) int {
	return sort.Search(len(x.starts), func(i int) bool { return x.starts[i] > offset })
}

// position returns the position of offset, its column in bytes.
func (x lineIndex) position(offset int) token.Position {
	line := x.line(offset)
	return token.Position{Filename: x.name, Offset: offset, Line: line, Column: offset - x.starts[line-1] + 1}
}

// edit returns the edit that replaces the bytes [start, end) of the file
// with text.
func (x lineIndex) edit(start, end int, text string) Edit {
	return Edit{Filename: x.name, Start: start, End: end, New: text}
}
