package files

import (
	"strings"
	"testing"

	"github.com/mpreslint/mpreslint/residency"
)

// FuzzScan scans any text as every format: no panic, positions and edits
// in the file, and a host fix that replaces a host name.
func FuzzScan(f *testing.F) {
	for _, tc := range positive {
		f.Add(tc.src)
	}
	for _, tc := range negative {
		f.Add(tc.src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		for i := range formats {
			format := &formats[i]
			for _, fd := range scan("/f", src, format.syntax, residency.EU) {
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
		}
	})
}
