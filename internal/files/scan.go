package files

import (
	"cmp"
	"slices"
	"strings"

	"github.com/mpreslint/mpreslint/internal/message"
	"github.com/mpreslint/mpreslint/residency"
)

// The categories of findings in files: those of the analyzer.
const (
	categorySDK       = message.SDK
	categoryDirective = message.Directive
)

func categoryURL(category string) string { return message.URL(category) }

// scan returns the findings in src, the text of the file name (absolute)
// of syntax syn, for a project of region r.
func scan(name, src string, syn *syntax, r residency.Region) []Finding {
	values, comments := lex(src, syn)
	lines := newLineIndex(name, src)
	byLine, all := parseDirectives(comments, lines)
	var findings []Finding
	report := func(f Finding) {
		if !byLine.suppress(f.Pos.Line) {
			findings = append(findings, f)
		}
	}
	for _, v := range values {
		text := src[v.start:v.end]
		if !residency.Mentions(text) {
			continue // fast path: no Mixpanel host
		}
		wrong, category, msg := message.StringFinding(text, r)
		if len(wrong) == 0 || recognized(src, v) {
			continue
		}
		report(hostFinding(v, wrong, category, msg, lines, r))
	}
	if syn.js {
		for _, init := range residency.FindJSInits(blank(src, comments), r) {
			f := Finding{
				Pos:      lines.position(init.Start),
				End:      lines.position(init.End),
				Category: categorySDK,
				URL:      categoryURL(categorySDK),
				Message:  init.Message(r),
			}
			if init.HasFix() {
				f.Fixes = []Fix{{Message: init.FixMessage(r), Edits: []Edit{lines.edit(init.Insert, init.Until, init.Text)}}}
			}
			report(f)
		}
	}
	findings = append(findings, directiveFindings(src, all, lines)...)
	slices.SortStableFunc(findings, func(x, y Finding) int { return cmp.Compare(x.Pos.Offset, y.Pos.Offset) })
	return findings
}

// hostFinding is the finding of the wrong hosts of the value v.
func hostFinding(v value, wrong []residency.Match, category, message string, lines lineIndex, r residency.Region) Finding {
	first := wrong[0]
	fix := Fix{Message: "Use " + residency.Host(first.Family, r)}
	if len(wrong) > 1 {
		fix.Message = "Use the " + r.Label() + " hosts"
	}
	for _, m := range wrong {
		fix.Edits = append(fix.Edits, lines.edit(v.start+m.Start, v.start+m.End, residency.Host(m.Family, r)))
	}
	return Finding{
		Pos:      lines.position(v.start + first.Start),
		End:      lines.position(v.start + first.End),
		Category: category,
		URL:      categoryURL(category),
		Message:  message,
		Fixes:    []Fix{fix},
	}
}

// blank returns src with its comments replaced by spaces, line breaks
// kept, so that offsets stay the same.
func blank(src string, comments []comment) string {
	if len(comments) == 0 {
		return src
	}
	b := []byte(src)
	for _, c := range comments {
		for i := c.start; i < c.end; i++ {
			if b[i] != '\n' {
				b[i] = ' '
			}
		}
	}
	return string(b)
}

// recognized reports whether the value v is recognition, not use: a
// host name compared with (==, !=, ===, !==, =~, a case), searched for
// (the pattern of startsWith, includes, replace, …, or of grep, sed, …),
// a key of an object, or an alternative of a type union.
func recognized(src string, v value) bool {
	lineStart := strings.LastIndexByte(src[:v.start], '\n') + 1
	before, after := src[lineStart:v.start], src[v.end:lineEnd(src, v.end)]
	if v.quoted {
		before = before[:len(before)-1] // the opening quote
		if after != "" {
			after = after[1:] // the closing quote
		}
	}
	before, after = strings.TrimRight(before, " \t\"'`"), strings.TrimLeft(after, " \t\"'`")
	for _, op := range []string{"==", "!=", "=~"} {
		if strings.HasSuffix(before, op) || strings.HasPrefix(after, op) {
			return true
		}
	}
	if v.quoted {
		switch {
		case strings.HasPrefix(after, ":") && (before == "" || strings.HasSuffix(before, "{") || strings.HasSuffix(before, ",")):
			return true // an object key
		case strings.HasSuffix(before, "|") && !strings.HasSuffix(before, "||"),
			strings.HasPrefix(after, "|") && !strings.HasPrefix(after, "||"):
			return true // a type union: "api.mixpanel.com" | "api-eu.mixpanel.com"
		}
	}
	if call, ok := strings.CutSuffix(before, "("); ok {
		i := strings.LastIndexFunc(call, func(r rune) bool { return r > 0x7f || !isWordByte(byte(r)) && r != '$' })
		if searchMethods[call[i+1:]] {
			return true
		}
	}
	for _, w := range strings.FieldsFunc(before, func(r rune) bool { return r > 0x7f || !isWordByte(byte(r)) }) {
		if searchCommands[w] {
			return true
		}
	}
	return false
}

// searchMethods are JavaScript methods whose first argument is a pattern.
var searchMethods = map[string]bool{
	"startsWith": true, "endsWith": true, "includes": true, "indexOf": true, "lastIndexOf": true,
	"match": true, "matchAll": true, "search": true, "test": true, "replace": true, "replaceAll": true,
	"split": true, "has": true,
}

// searchCommands are words that make the rest of their line patterns or
// cases: shell's search commands, and case.
var searchCommands = map[string]bool{
	"case": true, "grep": true, "egrep": true, "fgrep": true, "rg": true, "ag": true, "sed": true, "awk": true,
}
