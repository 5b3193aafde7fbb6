package driver

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func TestUnifiedDiff(t *testing.T) {
	// Lines "1\n" to "20\n".
	var b strings.Builder
	for i := 1; i <= 20; i++ {
		fmt.Fprintf(&b, "%d\n", i)
	}
	twenty := b.String()
	at := func(src, s string) int { return strings.Index(src, s) }
	edit := func(src, old, new string) Edit {
		i := at(src, old)
		if i < 0 {
			t.Fatalf("%q not in source", old)
		}
		return Edit{Start: i, End: i + len(old), New: new}
	}
	for _, tt := range []struct {
		name  string
		src   string
		edits []Edit
		want  string
	}{
		{"no change", "a\n", []Edit{{Start: 0, End: 1, New: "a"}}, ""},
		{"one line", twenty, []Edit{edit(twenty, "10\n", "ten\n")},
			"--- f\n+++ f\n@@ -7,7 +7,7 @@\n 7\n 8\n 9\n-10\n+ten\n 11\n 12\n 13\n"},
		{"first line", twenty, []Edit{edit(twenty, "1\n", "one\n")},
			"--- f\n+++ f\n@@ -1,4 +1,4 @@\n-1\n+one\n 2\n 3\n 4\n"},
		{"two hunks, the first adds lines", twenty, []Edit{edit(twenty, "3\n", "3a\n3b\n"), edit(twenty, "17\n", "")},
			"--- f\n+++ f\n@@ -1,6 +1,7 @@\n 1\n 2\n-3\n+3a\n+3b\n 4\n 5\n 6\n" +
				"@@ -14,7 +15,6 @@\n 14\n 15\n 16\n-17\n 18\n 19\n 20\n"},
		{"merged hunk", twenty, []Edit{edit(twenty, "5\n", "five\n"), edit(twenty, "11\n", "eleven\n")},
			"--- f\n+++ f\n@@ -2,13 +2,13 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n 9\n 10\n-11\n+eleven\n 12\n 13\n 14\n"},
		{"two edits on one line", "x := f(a, b)\n", []Edit{{Start: 7, End: 8, New: "A"}, {Start: 10, End: 11, New: "B"}},
			"--- f\n+++ f\n@@ -1,1 +1,1 @@\n-x := f(a, b)\n+x := f(A, B)\n"},
		{"no final newline", "a\nb", []Edit{{Start: 2, End: 3, New: "c"}},
			"--- f\n+++ f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n"},
		{"insert at the end", "a\n", []Edit{{Start: 2, End: 2, New: "b\n"}},
			"--- f\n+++ f\n@@ -1,1 +1,2 @@\n a\n+b\n"},
		{"empty file", "", []Edit{{Start: 0, End: 0, New: "a\n"}},
			"--- f\n+++ f\n@@ -0,0 +1,1 @@\n+a\n"},
		{"delete everything", "a\n", []Edit{{Start: 0, End: 2, New: ""}},
			"--- f\n+++ f\n@@ -1,1 +0,0 @@\n-a\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := unifiedDiff("f", []byte(tt.src), tt.edits)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
			if got != "" {
				checkPatch(t, tt.src, got, tt.edits)
			}
		})
	}
}

// TestUnifiedDiffRandom applies the diffs of random edits to random
// texts, checking every hunk header against the hunk's lines.
func TestUnifiedDiffRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		var b strings.Builder
		for range r.IntN(30) {
			b.WriteString(strings.Repeat("x", r.IntN(4)) + strconv.Itoa(r.IntN(100)) + "\n")
		}
		if r.IntN(4) == 0 {
			b.WriteString("tail")
		}
		src := b.String()
		var edits []Edit
		for off := 0; off <= len(src); {
			off += r.IntN(40)
			if off > len(src) {
				break
			}
			end := min(off+r.IntN(6), len(src))
			edits = append(edits, Edit{Start: off, End: end, New: []string{"", "y", "z\n", "\nw\n"}[r.IntN(4)]})
			off = end + 1
		}
		d, err := unifiedDiff("f", []byte(src), edits)
		if err != nil {
			t.Fatal(err)
		}
		if d != "" {
			checkPatch(t, src, d, edits)
		}
	}
}

var hunkRE = regexp.MustCompile(`^@@ -(\d+),(\d+) \+(\d+),(\d+) @@$`)

// checkPatch applies diff to src, as patch would, and compares the
// result with applyEdits'. It checks the counts and the new start line of
// each hunk header.
func checkPatch(t *testing.T, src, diff string, edits []Edit) {
	t.Helper()
	want, err := applyEdits([]byte(src), edits)
	if err != nil {
		t.Fatal(err)
	}
	old := splitLines(src)
	var out []string
	next, delta := 0, 0 // next old line to copy; new minus old line numbers
	lines := strings.Split(strings.TrimSuffix(diff, "\n"), "\n")
	if len(lines) < 3 || lines[0] != "--- f" || lines[1] != "+++ f" {
		t.Fatalf("bad header in\n%s", diff)
	}
	fail := func(format string, args ...any) {
		t.Helper()
		t.Fatalf("%s in diff of %q:\n%s", fmt.Sprintf(format, args...), src, diff)
	}
	for i := 2; i < len(lines); {
		m := hunkRE.FindStringSubmatch(lines[i])
		if m == nil {
			fail("line %q is not a hunk header", lines[i])
		}
		n := make([]int, 4)
		for k := range n {
			n[k], _ = strconv.Atoi(m[k+1])
		}
		start := n[0] - 1 // 0-based first old line
		if n[1] == 0 {
			start = n[0]
		}
		newStart := n[2] - 1
		if n[3] == 0 {
			newStart = n[2]
		}
		if start < next || newStart != start+delta {
			fail("hunk %q starts at old line %d, new line %d; want old ≥ %d, new = old%+d", lines[i], start, newStart, next, delta)
		}
		out = append(out, old[next:start]...)
		next = start
		oldCount, newCount := 0, 0
		for i++; i < len(lines) && !strings.HasPrefix(lines[i], "@@"); i++ {
			if lines[i] == "" {
				fail("empty line")
			}
			kind, line := lines[i][0], lines[i][1:]+"\n"
			if i+1 < len(lines) && lines[i+1] == `\ No newline at end of file` {
				line = lines[i][1:]
				i++
			}
			switch kind {
			case ' ', '-':
				if next >= len(old) || old[next] != line {
					fail("line %q does not match old line %d", line, next+1)
				}
				if kind == ' ' {
					out = append(out, line)
					newCount++
				}
				oldCount++
				next++
			case '+':
				out = append(out, line)
				newCount++
			default:
				fail("bad line %q", lines[i])
			}
		}
		if oldCount != n[1] || newCount != n[3] {
			fail("hunk has %d old and %d new lines, its header says %d and %d", oldCount, newCount, n[1], n[3])
		}
		delta += newCount - oldCount
	}
	if got := strings.Join(append(out, old[next:]...), ""); got != string(want) {
		t.Fatalf("patched text is %q, want %q; diff:\n%s", got, want, diff)
	}
}
