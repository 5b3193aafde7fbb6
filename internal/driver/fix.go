package driver

import (
	"errors"
	"fmt"
	"go/token"
	"io"
	"io/fs"
	"maps"
	"slices"
	"time"

	"github.com/mpreslint/mpreslint/internal/finding"
)

// fixResult is the outcome of -fix.
type fixResult struct {
	remaining   []Finding // at their positions in the files as they now are
	printed     bool      // a diff was printed
	notes, errs []string
	fixed       int // findings whose fix was applied
	files       int // files written
}

// summary sums up what -fix did: "fixed 5 findings in 3 files; 1 left";
// "" if there was nothing to fix.
func (r fixResult) summary() string {
	if r.fixed == 0 && len(r.remaining) == 0 {
		return ""
	}
	return fmt.Sprintf("fixed %s in %s; %d left", plural(r.fixed, "finding"), plural(r.files, "file"), len(r.remaining))
}

// fix applies the first fix of each finding, merging the fixes of each
// file and skipping, with a note, those that overlap one applied before.
// With diff it prints a unified diff to w instead of writing the files.
// A file modified after start, when the run began, is left alone: the
// fixes are of what mpreslint read. See writeFixed for how files are
// written.
func fix(findings []Finding, diff bool, start time.Time, w io.Writer, paths pathDisplay) fixResult {
	var res fixResult
	files, kept := finding.MergeFixes(findings)
	failed := make(map[string]bool)
	after := make(map[string]lines) // the edited files, as written
	for _, name := range slices.Sorted(maps.Keys(files)) {
		err := func() error {
			target, src, info, err := readForFix(name, start)
			if err != nil {
				return err
			}
			out, err := applyEdits(src, files[name])
			if err != nil {
				return err
			}
			if diff {
				d, err := unifiedDiff(paths.file(name), src, files[name])
				if err == nil && d != "" {
					res.printed = true
					_, err = io.WriteString(w, d)
				}
				return err
			}
			if err := writeFixed(target, info, out); err != nil {
				return err
			}
			after[name] = newLines(out)
			res.files++
			return nil
		}()
		if err != nil {
			failed[name] = true
			msg := err.Error()
			var pe *fs.PathError
			if errors.As(err, &pe) {
				msg = pe.Err.Error()
			}
			res.errs = append(res.errs, fmt.Sprintf("mpreslint: %s: %s", paths.file(name), msg))
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
			if !diff {
				res.fixed++
			}
			continue // fixed
		}
		if !kept[i] && len(f.Fixes) > 0 {
			res.notes = append(res.notes, fmt.Sprintf("mpreslint: %s:%d:%d: fix %q skipped: it overlaps another fix; run mpreslint -fix again",
				paths.file(f.Pos.Filename), f.Pos.Line, f.Pos.Column, f.Fixes[0].Message))
		}
		f.Pos, f.End = shift(f.Pos), shift(f.End)
		f.Related = slices.Clone(f.Related)
		for i, r := range f.Related {
			f.Related[i].Pos, f.Related[i].End = shift(r.Pos), shift(r.End)
		}
		res.remaining = append(res.remaining, f)
	}
	return res
}

// shiftPosition returns where pos, in a file before the edits, lands in
// the file after them. It ignores //line comments, which only generated
// files have, and mpreslint does not fix generated files.
func shiftPosition(pos token.Position, edits []Edit, after lines) token.Position {
	pos.Offset = shiftOffset(edits, pos.Offset)
	pos.Line, pos.Column = after.position(pos.Offset)
	return pos
}
