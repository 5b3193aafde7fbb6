package files

import (
	"strings"

	"github.com/mpreslint/mpreslint/internal/directive"
)

// fileDirective is a suppression comment in a file's own comment syntax:
// "# mpreslint:ignore <reason>", "// mpreslint:ignore <reason>",
// "<!-- mpreslint:ignore <reason> -->". As in Go code (package directive
// is the engine of both), it suppresses the findings of its lines and of
// the line after its last, it needs a reason, and one that suppresses
// nothing is reported. A misspelled one ("# mpreslint:ingore <reason>",
// "# mpreslint: ignore <reason>") suppresses too, and is reported with a
// fix of the word.
type fileDirective struct {
	*directive.Directive
	comment comment
	word    string // the word written for ignore
	gap     string // the space written after "mpreslint:"
}

// directives are a file's suppression comments.
type directives struct{ set *directive.Set }

// parseDirectives returns the directives among comments, and them in order.
func parseDirectives(comments []comment, lines lineIndex) (directives, []*fileDirective) {
	ds := directives{set: &directive.Set{}}
	var all []*fileDirective
	for _, c := range comments {
		word, reason, _, gap, ok := directive.Parse(c.body)
		if !ok {
			continue // not a directive
		}
		d := &fileDirective{Directive: &directive.Directive{Reason: reason}, comment: c, word: word, gap: gap}
		switch {
		case word != "ignore":
			d.Misspelled = "mpreslint:" + word // still suppresses, as in Go
		case gap != "":
			d.Misspelled = "space after mpreslint:"
		}
		d.First, d.Last = lines.line(c.start), lines.line(max(c.start, c.end-1))
		ds.set.Add(d.Directive)
		all = append(all, d)
	}
	return ds, all
}

// suppress reports whether a directive with a reason covers a finding on
// line, and marks it used.
func (ds directives) suppress(line int) bool {
	return ds.set.Suppress(line)
}

// directiveFindings reports the directives that lack a reason, suppress
// nothing or are misspelled.
func directiveFindings(src string, all []*fileDirective, lines lineIndex) []Finding {
	var findings []Finding
	for _, d := range all {
		c := d.comment
		problem := d.Problem()
		if problem == directive.None {
			continue
		}
		f := Finding{
			Pos:      lines.position(c.start),
			End:      lines.position(c.end),
			Category: categoryDirective,
			URL:      categoryURL(categoryDirective),
			Message:  d.Message(directiveForm(src, c)),
		}
		switch problem {
		case directive.Unused:
			start, end := removal(src, c)
			f.Fixes = []Fix{{Message: "Remove the unused directive", Edits: []Edit{lines.edit(start, end, "")}}}
		case directive.Misspelled:
			at := c.start + c.open + strings.Index(c.body, "mpreslint:") + len("mpreslint:")
			f.Fixes = []Fix{{Message: "Rewrite as " + directive.Form, Edits: []Edit{lines.edit(at, at+len(d.gap)+len(d.word), "ignore")}}}
		}
		findings = append(findings, f)
	}
	return findings
}

// directiveForm returns the well-formed directive in the syntax of the
// comment c: "# mpreslint:ignore <reason>".
func directiveForm(src string, c comment) string {
	open := src[c.start : c.start+c.open]
	close := strings.TrimLeft(src[c.start+c.open+len(c.body):c.end], " \t")
	form := open + " " + directive.Form + " <reason>"
	if close != "" {
		form += " " + close
	}
	return form
}

// removal returns the bytes to delete to remove comment c: its whole line
// when it stands alone on it, else the comment and the space before it.
func removal(src string, c comment) (int, int) {
	lineStart := strings.LastIndexByte(src[:c.start], '\n') + 1
	end := lineEnd(src, c.end)
	before, after := strings.TrimSpace(src[lineStart:c.start]), strings.TrimSpace(src[c.end:end])
	switch {
	case before == "" && after == "":
		return lineStart, min(end+1, len(src))
	case after == "":
		return lineStart + len(strings.TrimRight(src[lineStart:c.start], " \t")), c.end
	}
	return c.start, c.end
}
