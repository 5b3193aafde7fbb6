package analyzer

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"strings"
	"testing"

	"github.com/mpreslint/mpreslint/residency"
)

// applyLiteralEdits returns src with the edits applied.
func applyLiteralEdits(src string, edits []literalEdit) string {
	var b strings.Builder
	last := 0
	for _, e := range edits {
		b.WriteString(src[last:e.start])
		b.WriteString(e.text)
		last = e.end
	}
	b.WriteString(src[last:])
	return b.String()
}

func TestLiteralEdits(t *testing.T) {
	tests := []struct{ src, want string }{
		{`"https://api.mixpanel.com/track"`, `"https://api-eu.mixpanel.com/track"`},
		{"`https://api.mixpanel.com/track`", "`https://api-eu.mixpanel.com/track`"},
		{`"https://api\x2emixpanel.com/track"`, `"https://api-eu.mixpanel.com/track"`},
		{`"https://api.mixpanel.com/\n"`, `"https://api-eu.mixpanel.com/\n"`},
		{`"{\"a\": \"https://api.mixpanel.com\"}"`, `"{\"a\": \"https://api-eu.mixpanel.com\"}"`},
		{"`{\"a\": \"https://api.mixpanel.com\", \"b\": \"https://data.mixpanel.com\"}`", "`{\"a\": \"https://api-eu.mixpanel.com\", \"b\": \"https://data-eu.mixpanel.com\"}`"},
		{`"https://api.mixpanel.com/\xff"`, `"https://api-eu.mixpanel.com/\xff"`},
	}
	for _, tt := range tests {
		value, err := strconv.Unquote(tt.src)
		if err != nil {
			t.Fatal(err)
		}
		got := applyLiteralEdits(tt.src, literalEdits(tt.src, value, residency.Find(value), residency.EU))
		if got != tt.want {
			t.Errorf("edits of %s give %s, want %s", tt.src, got, tt.want)
		}
	}
}

// FuzzLiteralEdits checks that for any Go string literal naming a
// Mixpanel host, the rewritten literal is valid Go, unquotes to the
// rewritten value, and keeps its quote style where it can.
func FuzzLiteralEdits(f *testing.F) {
	for _, s := range []string{
		`"https://api.mixpanel.com/track"`,
		"`https://api.mixpanel.com/track`",
		`"https://api\x2emixpanel\x2ecom/track"`,
		`"https://api\u002emixpanel.com"`,
		`"https://api\056mixpanel.com"`,
		`"\xffhttps://data.mixpanel.com"`,
		"`{\"events\": \"https://api.mixpanel.com\"}`",
		`"HTTPS://API.MIXPANEL.COM./x"`,
		"`https://mixpanel.com/security/login/1\r`",
		`"https://api.eu.mixpanel.com"`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		expr, err := parser.ParseExpr(src)
		if err != nil {
			return
		}
		if lit, ok := expr.(*ast.BasicLit); !ok || lit.Kind != token.STRING || lit.Value != src {
			return // not exactly one string literal
		}
		value, err := strconv.Unquote(src)
		if err != nil {
			t.Fatalf("parsed literal %s does not unquote: %v", src, err)
		}
		for _, target := range []residency.Region{residency.EU, residency.IN} {
			var wrong []residency.Match
			for _, m := range residency.Find(value) {
				if m.Wrong(target) {
					wrong = append(wrong, m)
				}
			}
			if len(wrong) == 0 {
				continue
			}
			out := applyLiteralEdits(src, literalEdits(src, value, wrong, target))
			expr, err := parser.ParseExpr(out)
			if lit, ok := expr.(*ast.BasicLit); err != nil || !ok || lit.Kind != token.STRING || lit.Value != out {
				t.Fatalf("rewrite of %s gives %s, not a string literal (%v)", src, out, err)
			}
			got, err := strconv.Unquote(out)
			if err != nil {
				t.Fatalf("rewrite of %s gives %s, which does not unquote: %v", src, out, err)
			}
			// The oracle: each wrong host spliced out by its offsets.
			want, last := "", 0
			for _, m := range wrong {
				want += value[last:m.Start] + residency.Host(m.Family, target)
				last = m.End
			}
			want += value[last:]
			if got != want {
				t.Fatalf("rewrite of %s gives %s = %q, want %q", src, out, got, want)
			}
			// The finding's range is the host in the source.
			lit := &ast.BasicLit{ValuePos: 1, Kind: token.STRING, Value: src}
			pos, end := hostRange(lit, value, wrong[0])
			if pos < lit.Pos() || end > lit.End() || pos >= end {
				t.Fatalf("host range [%d,%d) of %s is outside the literal", pos, end, src)
			}
			part := src[pos-1 : end-1]
			host := strings.ReplaceAll(part, "\r", "")
			if !raw(src) {
				host, err = strconv.Unquote(`"` + part + `"`)
			}
			if err != nil || host != wrong[0].Host {
				t.Fatalf("host range of %s holds %q, want %q (%v)", src, part, wrong[0].Host, err)
			}
			if raw(src) != raw(out) && (!raw(src) || strconv.CanBackquote(got)) {
				t.Fatalf("rewrite of %s gives %s: quote style changed", src, out)
			}
		}
	})
}

func raw(lit string) bool { return strings.HasPrefix(lit, "`") }
