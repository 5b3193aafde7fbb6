// Package directive is mpreslint's suppression engine, for Go code and
// every file syntax alike: a comment "mpreslint:ignore <reason>" (or one
// meant as it, misspelled) suppresses the findings of the lines it is on
// and of the line after its last. It needs a reason; one that suppresses
// nothing, lacks a reason or is misspelled is reported.
//
// The engine knows lines and comment bodies, not the syntax of comments:
// the analyzer and the file scan find the comments and build the fixes.
package directive

import "strings"

// Form is the directive's word, as written after a comment's delimiter.
const Form = "mpreslint:ignore"

// Parse reads the body of a comment, the text between its delimiters. It
// reports whether the comment is meant as a directive: "mpreslint:", then
// "ignore" or a misspelling close to it (word), then the reason. lead is
// the space before "mpreslint:" and gap the space after it: a
// well-formed directive has none in gap.
func Parse(body string) (word, reason, lead, gap string, ok bool) {
	trimmed := strings.TrimLeft(body, " \t")
	lead = body[:len(body)-len(trimmed)]
	rest, found := strings.CutPrefix(strings.TrimRight(trimmed, " \t\r"), "mpreslint:")
	if !found {
		return "", "", "", "", false // not ours
	}
	word = strings.TrimLeft(rest, " \t")
	gap = rest[:len(rest)-len(word)]
	if i := strings.IndexAny(word, " \t\r\n"); i >= 0 {
		word, reason = word[:i], strings.TrimSpace(word[i:])
	}
	if !MeantAsIgnore(word) {
		return "", "", "", "", false // another word: mpreslint:version
	}
	return word, reason, lead, gap, true
}

// MeantAsIgnore reports whether word, written after "mpreslint:" in a
// comment, is meant as "ignore": it is, or it is a misspelling close to
// it ("ingore", "ignroe").
func MeantAsIgnore(word string) bool {
	return word == "ignore" || editDistance(strings.ToLower(word), "ignore") <= 2
}

// editDistance returns the optimal string alignment distance between a
// and b: the number of insertions, deletions, substitutions and
// transpositions of adjacent bytes that turn one into the other.
func editDistance(a, b string) int {
	// d[i][j] is the distance between a[:i] and b[:j].
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}

// Directive is one directive of a file.
type Directive struct {
	First, Last int    // the lines its comment starts and ends on (1-based)
	Reason      string // "" if it has none
	Misspelled  string // what is wrong with its spelling, for the message; "" if well-formed
	Used        bool   // it suppressed a finding
}

// Set is a file's directives.
type Set struct {
	all    []*Directive
	byLine map[int][]*Directive // by each line covered
}

// Add adds d, which covers its lines and the line after its last.
func (s *Set) Add(d *Directive) {
	if s.byLine == nil {
		s.byLine = make(map[int][]*Directive)
	}
	for l := d.First; l <= d.Last+1; l++ {
		s.byLine[l] = append(s.byLine[l], d)
	}
	s.all = append(s.all, d)
}

// All returns the directives in the order added.
func (s *Set) All() []*Directive {
	if s == nil {
		return nil
	}
	return s.all
}

// Suppress reports whether a directive with a reason covers a finding on
// line, and marks it used: one on the line if there is one, else the
// one ending on the line above.
func (s *Set) Suppress(line int) bool {
	if s == nil {
		return false
	}
	var above *Directive
	for _, d := range s.byLine[line] {
		switch {
		case d.Reason == "":
		case d.Last >= line:
			d.Used = true
			return true
		case above == nil:
			above = d
		}
	}
	if above != nil {
		above.Used = true
		return true
	}
	return false
}

// Problem is what is wrong with a directive, once the findings are
// known.
type Problem int

const (
	None       Problem = iota
	NoReason           // it has no reason
	Unused             // it suppresses nothing: the fix removes it
	Misspelled         // it suppresses, but is misspelled: the fix respells it
)

// Problem returns what is wrong with d: only a directive with a reason
// suppresses, so a missing reason comes first.
func (d *Directive) Problem() Problem {
	switch {
	case d.Reason == "":
		return NoReason
	case !d.Used:
		return Unused
	case d.Misspelled != "":
		return Misspelled
	}
	return None
}

// Message is the message of d's finding, if it has a problem. form is
// the well-formed directive in the syntax of its comment:
// "//mpreslint:ignore <reason>", "# mpreslint:ignore <reason>".
func (d *Directive) Message(form string) string {
	what := "mpreslint:ignore directive"
	if d.Misspelled != "" {
		what = "misspelled mpreslint:ignore directive (" + d.Misspelled + ")"
	}
	switch d.Problem() {
	case NoReason:
		return what + " needs a reason: " + form
	case Unused:
		return what + " suppresses nothing on this line or the next; remove it"
	case Misspelled:
		return what + ": write " + form
	}
	return ""
}
