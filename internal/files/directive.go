package files

import (
	"strings"

	"github.com/mpreslint/mpreslint/analyzer"
)

// directive is a suppression comment in a file's own comment syntax:
// "# mpreslint:ignore <reason>", "// mpreslint:ignore <reason>",
// "<!-- mpreslint:ignore <reason> -->". As in Go code, it suppresses the
// findings of its line and of the line after it, it needs a reason, and
// one that suppresses nothing is reported. A misspelled one
// ("# mpreslint:ingore <reason>") suppresses too, and is reported with a
// fix of the word.
type directive struct {
	comment    comment
	reason     string
	used       bool
	misspelled string // the word written for ignore, if another
}

const ignoreWord = "mpreslint:ignore"

// directives are a file's suppression comments, by the line each ends on.
type directives map[int]*directive

// parseDirectives returns the directives among comments, and them in order.
func parseDirectives(comments []comment, lines lineIndex) (directives, []*directive) {
	var (
		byLine directives
		all    []*directive
	)
	for _, c := range comments {
		rest, ok := strings.CutPrefix(strings.TrimSpace(c.body), "mpreslint:")
		if !ok {
			continue // not a directive
		}
		word, reason := strings.TrimLeft(rest, " \t"), ""
		if i := strings.IndexAny(word, " \t"); i >= 0 {
			word, reason = word[:i], word[i:]
		}
		if !analyzer.MeantAsIgnore(word) {
			continue // another word
		}
		d := &directive{comment: c, reason: strings.TrimSpace(reason)}
		if word != "ignore" {
			d.misspelled = word // still suppresses, as in Go
		}
		if byLine == nil {
			byLine = make(directives)
		}
		byLine[lines.line(c.end-1)] = d
		all = append(all, d)
	}
	return byLine, all
}

// suppress reports whether a directive with a reason on line, or the line
// above, suppresses a finding there, and marks it used.
func (ds directives) suppress(line int) bool {
	for _, l := range []int{line, line - 1} {
		if d := ds[l]; d != nil && d.reason != "" {
			d.used = true
			return true
		}
	}
	return false
}

// directiveFindings reports the directives that lack a reason or suppress
// nothing.
func directiveFindings(src string, all []*directive, lines lineIndex) []Finding {
	var findings []Finding
	for _, d := range all {
		c := d.comment
		f := Finding{
			Pos:      lines.position(c.start),
			End:      lines.position(c.end),
			Category: categoryDirective,
			URL:      categoryURL(categoryDirective),
		}
		what := "mpreslint:ignore directive"
		if d.misspelled != "" {
			what = "misspelled mpreslint:ignore directive (mpreslint:" + d.misspelled + ")"
		}
		switch {
		case d.reason == "":
			f.Message = what + " needs a reason: " + directiveForm(src, c)
		case !d.used:
			f.Message = what + " suppresses nothing on this line or the next; remove it"
			start, end := removal(src, c)
			f.Fixes = []Fix{{Message: "Remove the unused directive", Edits: []Edit{lines.edit(start, end, "")}}}
		case d.misspelled != "":
			f.Message = what + ": write " + directiveForm(src, c)
			at := c.start + c.open + strings.Index(c.body, "mpreslint:") + len("mpreslint:")
			at += strings.Index(src[at:c.end], d.misspelled)
			f.Fixes = []Fix{{Message: "Rewrite as " + ignoreWord, Edits: []Edit{lines.edit(at, at+len(d.misspelled), "ignore")}}}
		default:
			continue
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
	form := open + " " + ignoreWord + " <reason>"
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
