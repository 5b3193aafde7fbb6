package files

import (
	"go/token"
	"sort"
)

// A Finding is one diagnostic in a file, with the driver's fields.
type Finding struct {
	Pos, End token.Position // file names absolute, columns in bytes
	Category string
	URL      string // the documentation of the category
	Message  string
	Fix      *Fix // nil if none
}

// A Fix is edits to the finding's file, to apply all together.
type Fix struct {
	Message string
	Edits   []Edit
}

// An Edit replaces the bytes [Start, End) of the finding's file with New.
type Edit struct {
	Start, End int
	New        string
}

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
