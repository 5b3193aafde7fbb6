package driver

import (
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
)

func TestMergeFixes(t *testing.T) {
	e := func(file string, start, end int, new string) Edit {
		return Edit{Filename: file, Start: start, End: end, New: new}
	}
	finding := func(edits ...Edit) Finding {
		if len(edits) == 0 {
			return Finding{}
		}
		return Finding{Fixes: []Fix{{Message: "fix", Edits: edits}, {Message: "alternative", Edits: []Edit{e("a", 0, 100, "")}}}}
	}
	findings := []Finding{
		finding(e("a", 10, 20, "x")),
		finding(),                                      // no fix
		finding(e("a", 15, 25, "y")),                   // overlaps the first: skipped
		finding(e("a", 20, 22, "z")),                   // touches the first: kept
		finding(e("a", 10, 20, "x")),                   // the same edit as the first: kept once
		finding(e("b", 0, 1, "p"), e("a", 21, 21, "")), // one edit inside a kept one: all skipped
		finding(e("b", 5, 5, "q")),                     // insertion
		finding(e("b", 5, 5, "r")),                     // another insertion there: order unknown, skipped
		finding(e("b", 5, 6, "s")),                     // replaces what follows the insertion: skipped
		finding(e("b", 0, 1, "p"), e("a", 30, 31, "")),
	}
	files, kept := mergeFixes(findings)
	wantFiles := map[string][]Edit{
		"a": {e("a", 10, 20, "x"), e("a", 20, 22, "z"), e("a", 30, 31, "")},
		"b": {e("b", 0, 1, "p"), e("b", 5, 5, "q")},
	}
	wantKept := []bool{true, false, false, true, true, false, true, false, false, true}
	if !reflect.DeepEqual(files, wantFiles) {
		t.Errorf("edits: got %v, want %v", files, wantFiles)
	}
	if !reflect.DeepEqual(kept, wantKept) {
		t.Errorf("kept: got %v, want %v", kept, wantKept)
	}
}

func TestApplyEdits(t *testing.T) {
	src := []byte("const u = \"https://api.mixpanel.com\"\n")
	got, err := applyEdits(src, []Edit{{Start: 19, End: 22, New: "api-eu"}, {Start: 37, End: 37, New: "// end\n"}})
	if err != nil {
		t.Fatal(err)
	}
	if want := "const u = \"https://api-eu.mixpanel.com\"\n// end\n"; string(got) != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if _, err := applyEdits(src, []Edit{{Start: 30, End: 40}}); err == nil {
		t.Errorf("an edit past the end of the file applied")
	}
}

func TestShiftOffset(t *testing.T) {
	edits := []Edit{{Start: 10, End: 12, New: "abcde"}, {Start: 20, End: 20, New: "xy"}, {Start: 30, End: 35, New: ""}}
	for _, tt := range []struct{ offset, want int }{
		{0, 0},
		{10, 10}, // the start of a replacement stays
		{11, 10}, // inside a replacement: its start
		{12, 15}, // after the first edit: +3
		{20, 25}, // at an insertion: after it
		{32, 35}, // inside the deletion: where it was, +5
		{40, 40}, // +3 +2 -5
	} {
		if got := shiftOffset(edits, tt.offset); got != tt.want {
			t.Errorf("shiftOffset(%d) = %d, want %d", tt.offset, got, tt.want)
		}
	}
}

func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "f.go")
	if err := os.WriteFile(name, []byte("old"), 0o640); err != nil {
		t.Fatal(err)
	}
	if err := writeFileAtomic(name, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if data, err := os.ReadFile(name); err != nil || string(data) != "new" {
		t.Errorf("file holds %q, %v; want %q", data, err, "new")
	}
	if info, err := os.Stat(name); err != nil {
		t.Error(err)
	} else if runtime.GOOS != "windows" && info.Mode().Perm() != 0o640 {
		t.Errorf("mode %v, want %v", info.Mode().Perm(), os.FileMode(0o640))
	}
	if entries, err := os.ReadDir(dir); err != nil || len(entries) != 1 {
		t.Errorf("directory holds %v (%v), want only f.go", entries, err)
	}
	if err := writeFileAtomic(filepath.Join(dir, "missing.go"), nil); err == nil {
		t.Errorf("wrote a file that did not exist")
	}
}

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
		remaining, printed, notes, errs := fix(findings, true, &b, p)
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
		if len(notes) != 1 || !strings.HasPrefix(notes[0], `f.go:1:1: fix "Fix" skipped`) || len(errs) != 0 {
			t.Errorf("notes %q, errors %q; want one note on the skipped fix", notes, errs)
		}
	})
	t.Run("write", func(t *testing.T) {
		if err := os.WriteFile(name, []byte(src), 0o666); err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		remaining, printed, _, errs := fix(findings, false, &b, p)
		if b.Len() > 0 || printed || len(errs) > 0 {
			t.Errorf("printed %q, %t, errors %q; want nothing", b.String(), printed, errs)
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
