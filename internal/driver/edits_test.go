package driver

import (
	"testing"
)

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
