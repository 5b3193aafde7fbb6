package finding

import (
	"cmp"
	"slices"
)

// MergeFixes picks the first fix of each finding, in order, and keeps it
// if none of its edits overlaps an edit of a fix kept before; an edit
// identical to a kept one is kept once. It returns the kept edits by
// file, sorted, and for each finding whether its fix was kept. mpreslint
// -fix and the language server's fix-all merge this way.
func MergeFixes(findings []Finding) (map[string][]Edit, []bool) {
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

// CompareEdits orders edits by their start, then their end.
func CompareEdits(x, y Edit) int {
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
	i, found := slices.BinarySearchFunc(sorted, e, CompareEdits)
	if found && sorted[i] == e {
		return sorted
	}
	return slices.Insert(sorted, i, e)
}
