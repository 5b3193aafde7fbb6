package analyzer

import (
	"go/ast"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// ignorePrefix starts a suppression comment: //mpreslint:ignore <reason>.
const ignorePrefix = "//mpreslint:ignore"

// directive is one //mpreslint:ignore comment.
type directive struct {
	comment *ast.Comment
	reason  string
	used    bool
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
			rest, ok := strings.CutPrefix(c.Text, ignorePrefix)
			if !ok || rest != "" && rest[0] != ' ' && rest[0] != '\t' {
				continue
			}
			d := &directive{comment: c, reason: strings.TrimSpace(rest)}
			if ds.byLine == nil {
				ds.byLine = make(map[int]*directive)
			}
			ds.byLine[fset.PositionFor(c.Pos(), false).Line] = d
			ds.all = append(ds.all, d)
		}
	}
	return ds
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

// reportDirectives reports the file's directives that lack a reason or
// suppress nothing.
func (c *checker) reportDirectives(fs *fileState) {
	for _, d := range fs.directives.all {
		diag := analysis.Diagnostic{
			Pos:      d.comment.Pos(),
			End:      d.comment.End(),
			Category: categoryDirective,
			URL:      categoryURL(categoryDirective),
		}
		switch {
		case d.reason == "":
			diag.Message = "mpreslint:ignore directive needs a reason: //mpreslint:ignore <reason>"
		case !d.used:
			diag.Message = "mpreslint:ignore directive suppresses nothing on this line or the next; remove it"
			diag.SuggestedFixes = []analysis.SuggestedFix{{
				Message:   "Remove the unused directive",
				TextEdits: []analysis.TextEdit{c.commentRemoval(d.comment)},
			}}
		default:
			continue
		}
		c.pass.Report(diag)
	}
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
	line := tf.Line(com.Pos())
	start, end := tf.Offset(tf.LineStart(line)), tf.Offset(com.End())
	if strings.TrimSpace(string(src[start:tf.Offset(com.Pos())])) != "" {
		return edit // code before the comment
	}
	if line < tf.LineCount() {
		end = tf.Offset(tf.LineStart(line + 1))
	}
	return analysis.TextEdit{Pos: tf.Pos(start), End: tf.Pos(end)}
}
