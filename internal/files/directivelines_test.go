package files

import (
	"slices"
	"testing"
)

// TestDirectiveLines: a directive covers the lines of its comment and the
// line after its last, as in Go (analyzer TestDirectiveLines); a space
// after "mpreslint:" is a misspelling, as in Go, whose fix removes it.
func TestDirectiveLines(t *testing.T) {
	checkCases(t, []scanCase{
		{"app.js", "/* mpreslint:ignore the US project shares\n   this bundle; see ADR-12 */\nconst u = \"https://api.mixpanel.com/track\";\n", nil, ""},
		{"app.js", "/* mpreslint:ignore\n   the reason on the next line */\nconst u = \"https://api.mixpanel.com/track\";\n", nil, ""},
		{"index.html", "<!-- mpreslint:ignore the US page,\n     kept for the archive -->\n<a href=\"https://mixpanel.com/project/1\">x</a>\n", nil, ""},
		{"app.js", "/* mpreslint:ignore the US project\n   shares this bundle */\n\nconst u = \"https://api.mixpanel.com/track\";\n",
			[]string{"1:1 directive", "4:20 host"}, "\nconst u = \"https://api-eu.mixpanel.com/track\";\n"},
		{"values.yaml", "# mpreslint: ignore the US archive\nurl: https://api.mixpanel.com\n",
			[]string{"1:1 directive"}, "# mpreslint:ignore the US archive\nurl: https://api.mixpanel.com\n"},
	})
	got := scanText(t, "values.yaml", "# mpreslint: ignore the US archive\nurl: https://api.mixpanel.com\n", "eu")
	if want := []string{"misspelled mpreslint:ignore directive (space after mpreslint:): write # mpreslint:ignore <reason>"}; !slices.Equal(messages(got), want) {
		t.Errorf("messages %q, want %q", messages(got), want)
	}
}
