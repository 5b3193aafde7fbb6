package finding

import (
	"reflect"
	"testing"
)

func TestMergeFixes(t *testing.T) {
	e := func(file string, start, end int, new string) Edit {
		return Edit{Filename: file, Start: start, End: end, New: new}
	}
	withFix := func(edits ...Edit) Finding {
		if len(edits) == 0 {
			return Finding{}
		}
		return Finding{Fixes: []Fix{{Message: "fix", Edits: edits}, {Message: "alternative", Edits: []Edit{e("a", 0, 100, "")}}}}
	}
	findings := []Finding{
		withFix(e("a", 10, 20, "x")),
		withFix(),                                      // no fix
		withFix(e("a", 15, 25, "y")),                   // overlaps the first: skipped
		withFix(e("a", 20, 22, "z")),                   // touches the first: kept
		withFix(e("a", 10, 20, "x")),                   // the same edit as the first: kept once
		withFix(e("b", 0, 1, "p"), e("a", 21, 21, "")), // one edit inside a kept one: all skipped
		withFix(e("b", 5, 5, "q")),                     // insertion
		withFix(e("b", 5, 5, "r")),                     // another insertion there: order unknown, skipped
		withFix(e("b", 5, 6, "s")),                     // replaces what follows the insertion: skipped
		withFix(e("b", 0, 1, "p"), e("a", 30, 31, "")),
	}
	files, kept := MergeFixes(findings)
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
