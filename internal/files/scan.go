package files

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/mpreslint/mpreslint/internal/message"
	"github.com/mpreslint/mpreslint/residency"
)

// The categories of findings in files: those of the analyzer.
const (
	categorySDK       = message.SDK
	categoryCSP       = message.CSP
	categoryDirective = message.Directive
)

func categoryURL(category string) string { return message.URL(category) }

// scan returns the findings in src, the text of the file name (absolute)
// of syntax syn, for a project of region r.
func scan(name, src string, syn *syntax, r residency.Region) []Finding {
	findings, inArm := scanOnce(name, src, syn, r)
	return stabilize(name, src, syn, r, findings, inArm)
}

// scanOnce returns the findings in src, and the offsets of the host
// findings that are in an arm of a region choice or a list, with what it
// is: those whose fix could change another finding.
func scanOnce(name, src string, syn *syntax, r residency.Region) ([]Finding, map[int]armInfo) {
	values, comments := lex(src, syn)
	lines := newLineIndex(name, src)
	byLine, all := parseDirectives(comments, lines)
	var findings []Finding
	report := func(f Finding) {
		if !byLine.suppress(f.Pos.Line) {
			findings = append(findings, f)
		}
	}
	code := blank(src, comments)
	var ch *choices // built for the first value with a wrong host
	inArm := make(map[int]armInfo)
	csp := newCSPs(src, code, syn, values, r)
	for _, v := range values {
		text := src[v.start:v.end]
		if !residency.Mentions(text) {
			continue // fast path: no Mixpanel host
		}
		wrong, category, msg := message.StringFinding(text, r)
		if len(wrong) == 0 || recognized(src, v) || csp.covers(v) {
			continue
		}
		if ch == nil {
			ch = newChoices(src, code, syn, values, r)
		}
		if ch.recognized(v, syn) {
			continue
		}
		kept := slices.DeleteFunc(slices.Clone(wrong), func(m residency.Match) bool { return ch.excused(v, m) })
		if len(kept) == 0 {
			continue
		}
		if len(kept) < len(wrong) {
			category, msg = partFinding(text, kept, r)
		}
		f := hostFinding(v, kept, category, msg, lines, r)
		if key, ok := ch.armOf(v); ok {
			inArm[f.Pos.Offset] = armInfo{"another arm of the same region choice is wrong too; change them together", ch.choicesOf(v)}
			if kr, named := residency.NameRegion(key); named && kr != r || key != "" && !named {
				withholdFix(&f, "it is the value of the "+keyLabel(key)+" key of a region map; give the "+r.Label()+" key the "+r.Label()+" host")
			}
		} else if ch.inList(v) {
			inArm[f.Pos.Offset] = armInfo{"another element of this list is wrong too; fixing one would make the list hold the " + r.Label() + " host and excuse the other; change them together", ch.choicesOf(v)}
		}
		report(f)
	}
	for _, f := range csp.findings(lines) {
		if ch == nil {
			ch = newChoices(src, code, syn, values, r)
		}
		if ch.spanExcused(f.Pos.Offset, f.End.Offset, residency.Match{Endpoint: residency.Endpoint{Family: csp.family(f.Pos.Offset), Exists: true}}) {
			continue // a policy of one region, picked by a region choice
		}
		if in := ch.regionChoicesHolding(f.Pos.Offset, f.End.Offset); in != nil {
			inArm[f.Pos.Offset] = armInfo{"another arm of the same region choice lacks the " + r.Label() + " host too; change them together", in}
		}
		report(f)
	}
	if syn.js {
		for _, init := range residency.FindJSInits(code, r) {
			if ch == nil {
				ch = newChoices(src, code, syn, values, r)
			}
			if ch.initExcused(init.Start, init.End) {
				continue
			}
			if in := ch.regionChoicesHolding(init.Start, init.End); in != nil {
				inArm[init.Start] = armInfo{"another arm of the same region choice sets no host of the region either; change them together", in}
			}
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
	return findings, inArm
}

// keyLabel names a region map's key in a message: "us", "default".
func keyLabel(key string) string { return strconv.Quote(key) }

// partFinding returns the category and message of the finding of the
// wrong hosts kept of a value whose other wrong hosts are excused.
func partFinding(text string, kept []residency.Match, r residency.Region) (category, msg string) {
	first := kept[0]
	_, category, msg = message.StringFinding(text[first.Start:first.End+len(first.Rest)], r)
	if len(kept) > 1 {
		msg += fmt.Sprintf(" (and %d more in this string)", len(kept)-1)
	}
	return category, msg
}

// withholdFix drops the fix of f and says why in its message.
func withholdFix(f *Finding, why string) {
	if f.Fixes != nil {
		f.Fixes = nil
		f.Message += " (no fix: " + why + ")"
	}
}

// stabilize withholds the fix of a host finding in an arm of a region
// choice or list when applying it alone would change another finding:
// fixing one arm whose sibling is wrong too would make that sibling look
// deliberate, and its finding would vanish unfixed; so neither gets a fix,
// as in Go. Each fix, applied alone, removes exactly its own finding.
// armInfo is what stabilize needs to know of a host finding in an arm of
// a region choice or a list: why its fix may be withheld, and the
// choices it is in.
type armInfo struct {
	why     string
	choices []int
}

// maxRescans bounds the fixes that stabilize checks by scanning the file
// again, in a file full of region choices; the rest are checked by their
// choices alone.
const maxRescans = 32

// stabilize withholds the fix of a host finding in an arm of a region
// choice or list when applying it alone would change another finding:
// fixing one arm whose sibling is wrong too would make that sibling look
// deliberate, and its finding would vanish unfixed; so neither gets a fix,
// as in Go. Each fix, applied alone, removes exactly its own finding.
func stabilize(name, src string, syn *syntax, r residency.Region, findings []Finding, inArm map[int]armInfo) []Finding {
	if len(inArm) > maxRescans {
		return stabilizeByChoices(findings, inArm)
	}
	for i := range findings {
		f := &findings[i]
		info, ok := inArm[f.Pos.Offset]
		if !ok || len(f.Fixes) == 0 {
			continue
		}
		fixed, shift := applyEdits(src, f.Fixes[0].Edits)
		again, _ := scanOnce(name, fixed, syn, r)
		after := make(map[string]bool)
		for _, g := range again {
			after[fmt.Sprint(g.Pos.Offset, g.Category)] = true
		}
		for j := range findings {
			g := &findings[j]
			if j == i || after[fmt.Sprint(shift(g.Pos.Offset), g.Category)] {
				continue
			}
			withholdFix(f, info.why)
			withholdFix(g, info.why)
		}
	}
	return findings
}

// stabilizeByChoices withholds the fixes of the host findings that share
// a region choice or list with another: a cheaper, coarser stabilize.
func stabilizeByChoices(findings []Finding, inArm map[int]armInfo) []Finding {
	count := make(map[int]int)
	for _, info := range inArm {
		for _, c := range info.choices {
			count[c]++
		}
	}
	for i := range findings {
		f := &findings[i]
		info, ok := inArm[f.Pos.Offset]
		if !ok {
			continue
		}
		for _, c := range info.choices {
			if count[c] > 1 {
				withholdFix(f, info.why)
			}
		}
	}
	return findings
}

// applyEdits returns src with edits applied, and the function that maps
// an offset of src that no edit touches to its offset in the result.
func applyEdits(src string, edits []Edit) (string, func(int) int) {
	edits = slices.Clone(edits)
	slices.SortFunc(edits, func(a, b Edit) int { return cmp.Compare(a.Start, b.Start) })
	var b strings.Builder
	last := 0
	for _, e := range edits {
		b.WriteString(src[last:e.Start])
		b.WriteString(e.New)
		last = e.End
	}
	b.WriteString(src[last:])
	return b.String(), func(off int) int {
		for _, e := range edits {
			if e.Start < off || e.Start == off && e.End > e.Start {
				off += len(e.New) - (e.End - e.Start)
			}
		}
		return off
	}
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
