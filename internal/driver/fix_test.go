package driver

import (
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestFix(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "f.go")
	const src = "one two three\nfour\n"
	pos := func(offset, line, col int) token.Position {
		return token.Position{Filename: name, Offset: offset, Line: line, Column: col}
	}
	fixOf := func(start, end int, new string) []Fix {
		return []Fix{{Message: "Fix", Edits: []Edit{{Filename: name, Start: start, End: end, New: new}}}}
	}
	findings := []Finding{
		{Pos: pos(0, 1, 1), End: pos(3, 1, 4), Message: "one", Fixes: fixOf(0, 3, "1")},
		{Pos: pos(0, 1, 1), End: pos(7, 1, 8), Message: "one two", Fixes: fixOf(0, 7, "12")}, // overlaps the first
		{Pos: pos(4, 1, 5), End: pos(7, 1, 8), Message: "two", Fixes: fixOf(4, 7, "2")},
		{Pos: pos(8, 1, 9), End: pos(13, 1, 14), Message: "three"}, // no fix
	}
	p := pathDisplay{dirs: []string{dir}}

	t.Run("diff", func(t *testing.T) {
		if err := os.WriteFile(name, []byte(src), 0o666); err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		res := fix(findings, true, time.Now(), &b, p)
		remaining, printed, notes, errs := res.remaining, res.printed, res.notes, res.errs
		want := "--- f.go\n+++ f.go\n@@ -1,2 +1,2 @@\n-one two three\n+1 2 three\n four\n"
		if b.String() != want || !printed {
			t.Errorf("diff %q (printed %t), want %q", b.String(), printed, want)
		}
		if data, _ := os.ReadFile(name); string(data) != src {
			t.Errorf("-diff changed the file: %q", data)
		}
		// The remaining findings stay where they are.
		if len(remaining) != 2 || remaining[0].Pos != findings[1].Pos || remaining[1].Pos != findings[3].Pos {
			t.Errorf("remaining %+v, want the second and fourth findings unchanged", remaining)
		}
		if len(notes) != 1 || !strings.HasPrefix(notes[0], `mpreslint: f.go:1:1: fix "Fix" skipped`) || len(errs) != 0 {
			t.Errorf("notes %q, errors %q; want one note on the skipped fix", notes, errs)
		}
	})
	t.Run("write", func(t *testing.T) {
		if err := os.WriteFile(name, []byte(src), 0o666); err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		res := fix(findings, false, time.Now(), &b, p)
		remaining, printed, errs := res.remaining, res.printed, res.errs
		if b.Len() > 0 || printed || len(errs) > 0 {
			t.Errorf("printed %q, %t, errors %q; want nothing", b.String(), printed, errs)
		}
		if got, want := res.summary(), "fixed 2 findings in 1 file; 2 left"; got != want {
			t.Errorf("summary %q, want %q", got, want)
		}
		if data, _ := os.ReadFile(name); string(data) != "1 2 three\nfour\n" {
			t.Errorf("file is %q", data)
		}
		// The remaining findings moved with the text: "one two" is now
		// "1 2", "three" starts 4 bytes earlier.
		wantPos := []token.Position{pos(0, 1, 1), pos(4, 1, 5)}
		wantEnd := []token.Position{pos(3, 1, 4), pos(9, 1, 10)}
		if len(remaining) != 2 {
			t.Fatalf("remaining %+v, want 2 findings", remaining)
		}
		for i, f := range remaining {
			if f.Pos != wantPos[i] || f.End != wantEnd[i] {
				t.Errorf("%s at %v-%v, want %v-%v", f.Message, f.Pos, f.End, wantPos[i], wantEnd[i])
			}
		}
	})
}
