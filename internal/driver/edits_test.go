package driver

import (
	"reflect"
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
