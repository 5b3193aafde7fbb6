package files

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/mpreslint/mpreslint/residency"
)

// FuzzScan scans any text as every format: no panic, positions and edits
// in the file, a host fix that replaces a host name; and each fix, applied
// alone, removes its own finding and brings no new one.
func FuzzScan(f *testing.F) {
	for _, tc := range slices.Concat(positive, negative, choiceSilent, choiceReported, realShapes) {
		f.Add(tc.src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		for i := range formats {
			format := &formats[i]
			findings := scan("/f", src, format.syntax, residency.EU)
			for _, fd := range findings {
				if fd.Pos.Offset < 0 || fd.Pos.Offset > fd.End.Offset || fd.End.Offset > len(src) {
					t.Fatalf("%s: finding at [%d,%d) outside the file of %d bytes", format.name, fd.Pos.Offset, fd.End.Offset, len(src))
				}
				if len(fd.Fixes) == 0 {
					continue
				}
				for _, e := range fd.Fixes[0].Edits {
					if e.Start < 0 || e.Start > e.End || e.End > len(src) {
						t.Fatalf("%s: edit [%d,%d) outside the file", format.name, e.Start, e.End)
					}
					if fd.Category == "host" && !strings.Contains(strings.ToLower(src[e.Start:e.End]), "mixpanel") {
						t.Fatalf("%s: host fix replaces %q", format.name, src[e.Start:e.End])
					}
				}
			}
			fixAlone(t, format, src, findings)
		}
	})
}

// fixAlone applies each fix of findings, those of src as format, alone,
// and fails if its finding stays or a finding appears.
func fixAlone(t *testing.T, format *format, src string, findings []Finding) {
	t.Helper()
	for _, fd := range findings {
		if len(fd.Fixes) == 0 || !overlapsNone(fd.Fixes[0].Edits) {
			continue
		}
		fixed, shift := applyEdits(src, fd.Fixes[0].Edits)
		before := make(map[string]bool)
		for _, g := range findings {
			if g.Pos.Offset != fd.Pos.Offset || g.Category != fd.Category {
				before[fmt.Sprint(shift(g.Pos.Offset), g.Category)] = true
			}
		}
		for _, g := range scan("/f", fixed, format.syntax, residency.EU) {
			if !before[fmt.Sprint(g.Pos.Offset, g.Category)] {
				t.Fatalf("%s %q: after the fix %q of %s at %d alone, %q has the finding %s at %d: %s",
					format.name, src, fd.Fixes[0].Message, fd.Category, fd.Pos.Offset, fixed, g.Category, g.Pos.Offset, g.Message)
			}
		}
	}
}

// overlapsNone reports whether no two edits overlap.
func overlapsNone(edits []Edit) bool {
	edits = slices.Clone(edits)
	slices.SortFunc(edits, func(a, b Edit) int { return a.Start - b.Start })
	for i := 1; i < len(edits); i++ {
		if edits[i].Start < edits[i-1].End {
			return false
		}
	}
	return true
}
