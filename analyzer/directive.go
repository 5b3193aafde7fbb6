package analyzer

import (
	"bytes"
	"go/ast"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/mpreslint/mpreslint/internal/directive"
)

// ignorePrefix starts a suppression comment: //mpreslint:ignore <reason>.
const ignorePrefix = "//" + directive.Form

// goDirective is one //mpreslint:ignore comment, or a comment meant as
// one but misspelled ("// mpreslint:ignore", "/* mpreslint:ignore */",
// "//mpreslint:ingore"). A misspelled directive still suppresses what it
// was meant to, and is reported with a fix to the right form, so that
// fixing the spelling changes no other finding. What it covers is the
// engine's: see package directive.
type goDirective struct {
	*directive.Directive
	comment *ast.Comment
}

// directives are a file's suppression comments.
type directives struct {
	set directive.Set
	all []goDirective
}

func parseDirectives(fset *token.FileSet, file *ast.File) *directives {
	ds := &directives{}
	for _, group := range file.Comments {
		for _, c := range group.List {
			d, ok := parseComment(c)
			if !ok {
				continue
			}
			d.First = fset.PositionFor(c.Pos(), false).Line
			d.Last = fset.PositionFor(c.End(), false).Line
			ds.set.Add(d.Directive)
			ds.all = append(ds.all, d)
		}
	}
	return ds
}

// parseComment reports whether c is a directive, or meant as one but
// misspelled: "// mpreslint:ignore" (a space after //),
// "/* mpreslint:ignore */", "//mpreslint: ignore" or "//mpreslint:ingore"
// (a word close to ignore).
func parseComment(c *ast.Comment) (goDirective, bool) {
	block := strings.HasPrefix(c.Text, "/*")
	body := c.Text[2:]
	if block {
		body = strings.TrimSuffix(body, "*/")
	}
	word, reason, lead, gap, ok := directive.Parse(body)
	if !ok {
		return goDirective{}, false
	}
	d := &directive.Directive{Reason: reason}
	switch {
	case word != "ignore":
		d.Misspelled = "mpreslint:" + word
	case block:
		d.Misspelled = "block comment"
	case lead != "":
		d.Misspelled = "space after //"
	case gap != "":
		d.Misspelled = "space after mpreslint:"
	}
	return goDirective{Directive: d, comment: c}, true
}

// suppress reports whether a well-formed directive covers a finding at
// pos, and marks it used.
func (ds *directives) suppress(fset *token.FileSet, pos token.Pos) bool {
	return ds.set.Suppress(fset.PositionFor(pos, false).Line)
}

// reportDirectives reports the file's directives that are misspelled,
// lack a reason or suppress nothing.
func (c *checker) reportDirectives(fs *fileState) {
	for _, d := range fs.directives.all {
		problem := d.Problem()
		if problem == directive.None {
			continue
		}
		diag := analysis.Diagnostic{
			Pos:      d.comment.Pos(),
			End:      d.comment.End(),
			Category: categoryDirective,
			URL:      categoryURL(categoryDirective),
			Message:  d.Message(ignorePrefix + " <reason>"),
		}
		switch {
		case problem == directive.Unused:
			diag.SuggestedFixes = []analysis.SuggestedFix{{
				Message:   "Remove the unused directive",
				TextEdits: []analysis.TextEdit{c.commentRemoval(d.comment)},
			}}
		case problem == directive.Misspelled && c.endsLine(d.comment):
			diag.SuggestedFixes = []analysis.SuggestedFix{{
				Message:   "Rewrite as //mpreslint:ignore",
				TextEdits: []analysis.TextEdit{{Pos: d.comment.Pos(), End: d.comment.End(), NewText: []byte(ignorePrefix + " " + d.Reason)}},
			}}
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
