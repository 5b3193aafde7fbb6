package driver

import (
	"cmp"
	"fmt"
	"go/token"
	"io"
	"maps"
	"os"
	"path/filepath"
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

// writeFileAtomic replaces the file name with data, keeping its
// permissions: it writes a temporary file in the same directory and
// renames it over name, so that the file is never half written.
func writeFileAtomic(name string, data []byte) (err error) {
	info, err := os.Stat(name)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".mpreslint-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			_ = os.Remove(tmp.Name()) // best effort: the write failed already
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		_ = tmp.Close() // the write error matters
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), info.Mode().Perm()); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), name)
}

// fix applies the first fix of each finding, merging the fixes of each
// file and skipping, with a note, those that overlap one applied before.
// With diff it prints a unified diff to w instead of writing the files.
// It returns the findings that remain (at their positions in the files
// as they now are), whether it printed a diff, notes on the skipped
// fixes, and the errors.
func fix(findings []Finding, diff bool, w io.Writer, paths pathDisplay) (remaining []Finding, printed bool, notes, errs []string) {
	files, kept := mergeFixes(findings)
	failed := make(map[string]bool)
	after := make(map[string]lines) // the edited files, as written
	for _, name := range slices.Sorted(maps.Keys(files)) {
		err := func() error {
			src, err := os.ReadFile(name)
			if err != nil {
				return err
			}
			if diff {
				d, err := unifiedDiff(paths.file(name), src, files[name])
				if err == nil && d != "" {
					printed = true
					_, err = io.WriteString(w, d)
				}
				return err
			}
			out, err := applyEdits(src, files[name])
			if err != nil {
				return err
			}
			if err := writeFileAtomic(name, out); err != nil {
				return err
			}
			after[name] = newLines(out)
			return nil
		}()
		if err != nil {
			failed[name] = true
			errs = append(errs, fmt.Sprintf("mpreslint: applying fixes to %s: %v", paths.file(name), err))
		}
	}
	// shift returns where pos lands in the files as written.
	shift := func(pos token.Position) token.Position {
		if x, ok := after[pos.Filename]; ok {
			return shiftPosition(pos, files[pos.Filename], x)
		}
		return pos
	}
	for i, f := range findings {
		if kept[i] && !slices.ContainsFunc(f.Fixes[0].Edits, func(e Edit) bool { return failed[e.Filename] }) {
			continue // fixed
		}
		if !kept[i] && len(f.Fixes) > 0 {
			notes = append(notes, fmt.Sprintf("%s:%d:%d: fix %q skipped: it overlaps another fix; run mpreslint -fix again",
				paths.file(f.Pos.Filename), f.Pos.Line, f.Pos.Column, f.Fixes[0].Message))
		}
		f.Pos, f.End = shift(f.Pos), shift(f.End)
		f.Related = slices.Clone(f.Related)
		for i, r := range f.Related {
			f.Related[i].Pos, f.Related[i].End = shift(r.Pos), shift(r.End)
		}
		remaining = append(remaining, f)
	}
	return remaining, printed, notes, errs
}

// shiftPosition returns where pos, in a file before the edits, lands in
// the file after them. It ignores //line comments, which only generated
// files have, and mpreslint does not fix generated files.
func shiftPosition(pos token.Position, edits []Edit, after lines) token.Position {
	pos.Offset = shiftOffset(edits, pos.Offset)
	pos.Line, pos.Column = after.position(pos.Offset)
	return pos
}
