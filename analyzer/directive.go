package analyzer

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// ignorePrefix starts a suppression comment: //mpreslint:ignore <reason>.
const ignorePrefix = "//mpreslint:ignore"

// directive is one //mpreslint:ignore comment, or a comment meant as one
// but misspelled ("// mpreslint:ignore", "/* mpreslint:ignore */",
// "//mpreslint:ingore"). A misspelled directive still suppresses what it
// was meant to, and is reported with a fix to the right form, so that
// fixing the spelling changes no other finding.
type directive struct {
	comment    *ast.Comment
	reason     string
	used       bool
	misspelled string // what is wrong, for the message; "" if well-formed
}

// directives are a file's suppression comments by line.
type directives struct {
	byLine map[int]*directive
	all    []*directive
}

func parseDirectives(fset *token.FileSet, file *ast.File) *directives {
	ds := &directives{}
	for _, group := range file.Comments {
		for _, c := range group.List {
			var d *directive
			rest, ok := strings.CutPrefix(c.Text, ignorePrefix)
			switch {
			case ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t'):
				d = &directive{comment: c, reason: strings.TrimSpace(rest)}
			default:
				m, ok := misspelled(c)
				if !ok {
					continue
				}
				d = &m
			}
			if ds.byLine == nil {
				ds.byLine = make(map[int]*directive)
			}
			ds.byLine[fset.PositionFor(c.Pos(), false).Line] = d
			ds.all = append(ds.all, d)
		}
	}
	return ds
}

// misspelled reports whether c is meant as a directive, but misspelled:
// "// mpreslint:ignore" (a space after //), "/* mpreslint:ignore */", or
// "//mpreslint:ingore" (a word close to ignore).
func misspelled(c *ast.Comment) (directive, bool) {
	var text, problem string
	switch {
	case strings.HasPrefix(c.Text, "/*"):
		text, problem = strings.TrimSuffix(c.Text[2:], "*/"), "block comment"
	case strings.HasPrefix(c.Text, "//mpreslint:"):
		text = c.Text[2:]
	default:
		text, problem = c.Text[2:], "space after //"
	}
	text = strings.TrimSpace(text)
	rest, ok := strings.CutPrefix(text, "mpreslint:")
	if !ok {
		return directive{}, false // not ours
	}
	word, reason := strings.TrimLeft(rest, " \t"), ""
	if i := strings.IndexAny(word, " \t"); i >= 0 {
		word, reason = word[:i], word[i:]
	}
	if word != "ignore" {
		if !MeantAsIgnore(word) {
			return directive{}, false // another word
		}
		problem = "mpreslint:" + word
	} else if problem == "" {
		problem = "space after mpreslint:"
	}
	return directive{comment: c, misspelled: problem, reason: strings.TrimSpace(reason)}, true
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

// suppress reports whether a well-formed directive on pos's line or the
// line above covers a finding at pos, and marks it used.
func (ds *directives) suppress(fset *token.FileSet, pos token.Pos) bool {
	if ds.byLine == nil {
		return false
	}
	line := fset.PositionFor(pos, false).Line
	for _, l := range []int{line, line - 1} {
		if d := ds.byLine[l]; d != nil && d.reason != "" {
			d.used = true
			return true
		}
	}
	return false
}

// reportDirectives reports the file's directives that are misspelled,
// lack a reason or suppress nothing.
func (c *checker) reportDirectives(fs *fileState) {
	for _, d := range fs.directives.all {
		diag := analysis.Diagnostic{
			Pos:      d.comment.Pos(),
			End:      d.comment.End(),
			Category: categoryDirective,
			URL:      categoryURL(categoryDirective),
		}
		what := "mpreslint:ignore directive"
		if d.misspelled != "" {
			what = fmt.Sprintf("misspelled mpreslint:ignore directive (%s)", d.misspelled)
		}
		switch {
		case d.reason == "":
			diag.Message = what + " needs a reason: //mpreslint:ignore <reason>"
		case !d.used:
			diag.Message = what + " suppresses nothing on this line or the next; remove it"
			diag.SuggestedFixes = []analysis.SuggestedFix{{
				Message:   "Remove the unused directive",
				TextEdits: []analysis.TextEdit{c.commentRemoval(d.comment)},
			}}
		case d.misspelled != "":
			diag.Message = what + ": write //mpreslint:ignore <reason>"
			if c.endsLine(d.comment) {
				diag.SuggestedFixes = []analysis.SuggestedFix{{
					Message:   "Rewrite as //mpreslint:ignore",
					TextEdits: []analysis.TextEdit{{Pos: d.comment.Pos(), End: d.comment.End(), NewText: []byte(ignorePrefix + " " + d.reason)}},
				}}
			}
		default:
			continue
		}
		if fs.generated {
			diag.SuggestedFixes = nil
		}
		c.pass.Report(diag)
	}
}

// endsLine reports whether comment com ends its line (but for another
// comment), so that it can become a line comment: false for a block
// comment with code after it on its line, or that spans lines.
func (c *checker) endsLine(com *ast.Comment) bool {
	if strings.HasPrefix(com.Text, "//") {
		return true
	}
	tf := c.pass.Fset.File(com.Pos())
	src, err := c.pass.ReadFile(tf.Name())
	if err != nil || tf.Size() != len(src) || tf.Line(com.Pos()) != tf.Line(com.End()) {
		return false
	}
	rest := src[tf.Offset(com.End()):]
	if i := bytes.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i]
	}
	rest = bytes.TrimSpace(rest)
	return len(rest) == 0 || bytes.HasPrefix(rest, []byte("//"))
}

// commentRemoval deletes comment c, with its whole line when the comment
// stands alone on it.
func (c *checker) commentRemoval(com *ast.Comment) analysis.TextEdit {
	edit := analysis.TextEdit{Pos: com.Pos(), End: com.End()}
	tf := c.pass.Fset.File(com.Pos())
	src, err := c.pass.ReadFile(tf.Name())
	if err != nil || tf.Size() != len(src) {
		return edit
	}
	start, end := tf.Offset(tf.LineStart(tf.Line(com.Pos()))), tf.Offset(com.End())
	lastLine := tf.Line(com.End())
	lineEnd := len(src)
	if lastLine < tf.LineCount() {
		lineEnd = tf.Offset(tf.LineStart(lastLine + 1))
	}
	if strings.TrimSpace(string(src[start:tf.Offset(com.Pos())])) != "" ||
		strings.TrimSpace(string(src[end:lineEnd])) != "" {
		return edit // code before or after the comment
	}
	return analysis.TextEdit{Pos: tf.Pos(start), End: tf.Pos(lineEnd)}
}
