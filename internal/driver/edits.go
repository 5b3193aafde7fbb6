package driver

import (
	"fmt"
)

// applyEdits returns src with the sorted, non-overlapping edits applied.
func applyEdits(src []byte, edits []Edit) ([]byte, error) {
	var out []byte
	last := 0
	for _, e := range edits {
		if e.Start < last || e.End < e.Start || e.End > len(src) {
			return nil, fmt.Errorf("%s: edit [%d,%d) out of range or overlapping (the file changed?)", e.Filename, e.Start, e.End)
		}
		out = append(out, src[last:e.Start]...)
		out = append(out, e.New...)
		last = e.End
	}
	return append(out, src[last:]...), nil
}

// shiftOffset returns where offset, in a file before the sorted edits,
// lands after them. An offset inside a replaced range lands at the start
// of its replacement.
func shiftOffset(edits []Edit, offset int) int {
	delta := 0
	for _, e := range edits {
		if e.End > offset {
			if e.Start < offset {
				return e.Start + delta
			}
			break
		}
		delta += len(e.New) - (e.End - e.Start)
	}
	return offset + delta
}
