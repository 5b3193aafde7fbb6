package driver

import (
	"cmp"
	"fmt"
	"slices"
)

// mergeFixes picks the first fix of each finding, in order, and keeps it
// if none of its edits overlaps an edit of a fix kept before; an edit
// identical to a kept one is kept once. It returns the kept edits by
// file, sorted, and for each finding whether its fix was kept.
func mergeFixes(findings []Finding) (map[string][]Edit, []bool) {
	files := make(map[string][]Edit)
	kept := make([]bool, len(findings))
	for i, f := range findings {
		if len(f.Fixes) == 0 {
			continue
		}
		edits := f.Fixes[0].Edits
		if !slices.ContainsFunc(edits, func(e Edit) bool { return conflicts(files[e.Filename], e) }) {
			for _, e := range edits {
				files[e.Filename] = insertEdit(files[e.Filename], e)
			}
			kept[i] = true
		}
	}
	return files, kept
}

func compareEdits(x, y Edit) int {
	return cmp.Or(cmp.Compare(x.Start, y.Start), cmp.Compare(x.End, y.End))
}

// conflicts reports whether e overlaps an edit of sorted, other than one
// identical to it. Edits that only touch (one ends where the next starts)
// do not overlap.
func conflicts(sorted []Edit, e Edit) bool {
	for _, s := range sorted {
		if s == e {
			continue
		}
		if s.Start < e.End && e.Start < s.End || s.Start == e.Start && (s.Start == s.End || e.Start == e.End) {
			return true // overlap, or two edits at one offset, one an insertion, in no certain order
		}
	}
	return false
}

// insertEdit adds e to sorted, unless it is there already.
func insertEdit(sorted []Edit, e Edit) []Edit {
	i, found := slices.BinarySearchFunc(sorted, e, compareEdits)
	if found && sorted[i] == e {
		return sorted
	}
	return slices.Insert(sorted, i, e)
}

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
