package driver

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
)

// contextLines is the number of unchanged lines around each change in a
// unified diff, as in diff -u.
const contextLines = 3

// unifiedDiff returns the unified diff, under the name label, between src
// and src with the sorted, non-overlapping edits applied; "" if they
// change nothing. The edits are known, so the diff is built from them
// rather than by comparing the two texts.
func unifiedDiff(label string, src []byte, edits []Edit) (string, error) {
	x := newLines(src)
	// A change replaces whole old lines [from, to) with new text: the
	// lines its edits touch, edits on one line or on adjacent lines
	// merged.
	type change struct {
		from, to int
		new      []string
	}
	var changes []change
	for i := 0; i < len(edits); {
		from := x.line(edits[i].Start)
		to := x.lastLine(edits[i]) + 1
		j := i + 1
		for j < len(edits) && x.line(edits[j].Start) <= to {
			to = max(to, x.lastLine(edits[j])+1)
			j++
		}
		to = min(to, x.count())
		lo, hi := x.start(from), x.start(to)
		shifted := make([]Edit, j-i)
		for k, e := range edits[i:j] {
			e.Start -= lo
			e.End -= lo
			shifted[k] = e
		}
		text, err := applyEdits(src[lo:hi], shifted)
		if err != nil {
			return "", err
		}
		if !bytes.Equal(text, src[lo:hi]) {
			changes = append(changes, change{from, to, splitLines(string(text))})
		}
		i = j
	}
	if len(changes) == 0 {
		return "", nil
	}

	var b bytes.Buffer
	fmt.Fprintf(&b, "--- %s\n+++ %s\n", label, label)
	delta := 0 // new line number minus old line number before the hunk
	for i := 0; i < len(changes); {
		// A hunk holds the changes whose contexts touch or overlap.
		j := i + 1
		for j < len(changes) && changes[j].from-changes[j-1].to <= 2*contextLines {
			j++
		}
		from := max(changes[i].from-contextLines, 0)
		to := min(changes[j-1].to+contextLines, x.count())
		var body bytes.Buffer
		oldCount, newCount := 0, 0
		line := from
		for _, c := range changes[i:j] {
			for ; line < c.from; line++ {
				writeLine(&body, ' ', x.text(line))
			}
			for ; line < c.to; line++ {
				writeLine(&body, '-', x.text(line))
			}
			for _, s := range c.new {
				writeLine(&body, '+', s)
			}
			oldCount += c.to - c.from
			newCount += len(c.new)
		}
		for ; line < to; line++ {
			writeLine(&body, ' ', x.text(line))
		}
		context := (to - from) - oldCount
		oldCount += context
		newCount += context
		fmt.Fprintf(&b, "@@ -%s +%s @@\n", hunkRange(from, oldCount), hunkRange(from+delta, newCount))
		b.Write(body.Bytes())
		delta += newCount - oldCount
		i = j
	}
	return b.String(), nil
}

// hunkRange formats the range of count lines from the 0-based line from:
// 1-based, and for an empty range the line before it, as diff -u does.
func hunkRange(from, count int) string {
	if count == 0 {
		return fmt.Sprintf("%d,0", from)
	}
	return fmt.Sprintf("%d,%d", from+1, count)
}

func writeLine(b *bytes.Buffer, prefix byte, line string) {
	b.WriteByte(prefix)
	b.WriteString(line)
	if len(line) == 0 || line[len(line)-1] != '\n' {
		b.WriteString("\n\\ No newline at end of file\n")
	}
}

// lines indexes the lines of a text.
type lines struct {
	src    []byte
	starts []int // offset of each line; a final newline starts no line
}

func newLines(src []byte) lines {
	x := lines{src: src}
	for off := 0; off < len(src); {
		x.starts = append(x.starts, off)
		i := bytes.IndexByte(src[off:], '\n')
		if i < 0 {
			break
		}
		off += i + 1
	}
	return x
}

// count returns the number of lines.
func (x lines) count() int { return len(x.starts) }

// line returns the 0-based line holding offset: count() for the end of a
// text that ends in a newline (or is empty).
func (x lines) line(offset int) int {
	if offset >= len(x.src) && (len(x.src) == 0 || x.src[len(x.src)-1] == '\n') {
		return len(x.starts)
	}
	return sort.Search(len(x.starts), func(i int) bool { return x.starts[i] > offset }) - 1
}

// start returns the offset of line i, or the text's length for i == count().
func (x lines) start(i int) int {
	if i >= len(x.starts) {
		return len(x.src)
	}
	return x.starts[i]
}

// text returns line i, with its newline if it has one.
func (x lines) text(i int) string { return string(x.src[x.start(i):x.start(i+1)]) }

// lastLine returns the last line that e replaces, or for an insertion
// the line it goes before.
func (x lines) lastLine(e Edit) int {
	if e.End > e.Start {
		return x.line(e.End - 1)
	}
	return x.line(e.Start)
}

// position returns the 1-based line and column (in bytes) of offset.
func (x lines) position(offset int) (line, col int) {
	i := x.line(offset)
	return i + 1, offset - x.start(i) + 1
}

// splitLines splits s after each newline.
func splitLines(s string) []string {
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}
