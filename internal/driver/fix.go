package driver

import (
	"fmt"
	"go/token"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
)

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
