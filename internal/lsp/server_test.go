package lsp

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mpreslint/mpreslint/residency"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func TestInitializeCapabilities(t *testing.T) {
	for _, tt := range []struct {
		name         string
		capabilities any
		golden       string
	}{
		{"utf-16 by default", map[string]any{}, "initialize.golden"},
		{"utf-16 when only it is offered", map[string]any{"general": map[string]any{"positionEncodings": []string{"utf-16"}}}, "initialize.golden"},
		{"utf-8 when offered", map[string]any{"general": map[string]any{"positionEncodings": []string{"utf-32", "utf-8", "utf-16"}}}, "initialize-utf8.golden"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := start(t, Options{}, time.Millisecond)
			res := c.initialize(tt.capabilities, nil)
			var v any
			if err := json.Unmarshal(res, &v); err != nil {
				t.Fatal(err)
			}
			got, _ := json.MarshalIndent(v, "", "  ")
			got = append(got, '\n')
			path := filepath.Join("testdata", tt.golden)
			if *update {
				if err := os.WriteFile(path, got, 0o666); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != string(want) {
				t.Errorf("initialize result:\n%s\nwant (%s):\n%s", got, path, want)
			}
			if code := c.exit(true); code != 0 {
				t.Errorf("exit code %d after shutdown, want 0", code)
			}
		})
	}
}

// TestTextFileRoundTrip opens a YAML buffer that differs from the file on
// disk, gets its diagnostic, applies its quick fix, sends the result and
// sees the diagnostics cleared, then closes it.
func TestTextFileRoundTrip(t *testing.T) {
	for _, docChanges := range []bool{false, true} {
		t.Run(map[bool]string{false: "changes", true: "documentChanges"}[docChanges], func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "values.yaml")
			writeFiles(t, dir, map[string]string{"values.yaml": "url: https://api-eu.mixpanel.com/track\n"})
			uri := fileURI(path)
			c := start(t, Options{}, time.Millisecond)
			c.initialize(map[string]any{"workspace": map[string]any{"workspaceEdit": map[string]any{"documentChanges": docChanges}}}, nil)

			text := "# unsaved\nurl: https://api.mixpanel.com/track\n"
			c.open(uri, text)
			diags := c.diagnostics(uri, 1)
			if len(diags) != 1 {
				t.Fatalf("diagnostics: %+v, want 1", diags)
			}
			d := diags[0]
			wantRange := Range{Start: Position{1, 13}, End: Position{1, 29}}
			if d.Range != wantRange || d.Code != "host" || d.Source != "mpreslint" || d.Severity != severityError ||
				d.CodeDescription == nil || !strings.HasSuffix(d.CodeDescription.Href, "README.md#host") ||
				!strings.Contains(d.Message, "api.mixpanel.com") {
				t.Errorf("diagnostic %+v, want range %+v, code host, source mpreslint, href to README.md#host", d, wantRange)
			}

			// A range inside the finding, and one elsewhere.
			if got := c.codeActions(uri, Range{Start: Position{0, 0}, End: Position{0, 3}}); len(got) != 0 {
				t.Errorf("code actions on line 0: %+v, want none", got)
			}
			actions := c.codeActions(uri, Range{Start: Position{1, 20}, End: Position{1, 20}})
			if len(actions) != 2 || actions[0].Kind != kindQuickFix || actions[0].Title != "Use api-eu.mixpanel.com" || !actions[0].IsPreferred ||
				len(actions[0].Diagnostics) != 1 || actions[1].Kind != kindFixAll {
				t.Fatalf("code actions: %+v, want the quick fix and the fix-all", actions)
			}
			if docChanges {
				dc := actions[0].Edit.DocumentChanges
				if len(dc) != 1 || dc[0].TextDocument.Version == nil || *dc[0].TextDocument.Version != 1 {
					t.Errorf("document changes %+v, want version 1", dc)
				}
			} else if actions[0].Edit.Changes == nil {
				t.Errorf("edit %+v, want changes", actions[0].Edit)
			}
			fixed := applyEdits(t, text, editsOf(t, actions[0], uri), false)
			if want := "# unsaved\nurl: https://api-eu.mixpanel.com/track\n"; fixed != want {
				t.Errorf("fixed text %q, want %q", fixed, want)
			}
			c.change(uri, 2, fixed)
			if diags := c.diagnostics(uri, 2); len(diags) != 0 {
				t.Errorf("diagnostics after the fix: %+v, want none", diags)
			}
			if got := c.codeActions(uri, Range{Start: Position{1, 20}, End: Position{1, 20}}); len(got) != 0 {
				t.Errorf("code actions after the fix: %+v, want none", got)
			}

			c.change(uri, 3, text)
			c.diagnostics(uri, 3)
			c.notify("textDocument/didClose", map[string]any{"textDocument": map[string]any{"uri": uri}})
			c.wait("cleared diagnostics at close", func(m incoming) bool {
				p, ok := publishedOf(m)
				return ok && p.URI == uri && p.Version == nil && len(p.Diagnostics) == 0
			})
			if got := c.codeActions(uri, Range{Start: Position{1, 20}, End: Position{1, 20}}); len(got) != 0 {
				t.Errorf("code actions after close: %+v, want none", got)
			}
			if code := c.exit(true); code != 0 {
				t.Errorf("exit code %d", code)
			}
		})
	}
}

// TestFixAll applies the fix-all action of a file with several findings
// and checks that the result is clean.
func TestFixAll(t *testing.T) {
	dir := t.TempDir()
	uri := fileURI(filepath.Join(dir, "app.js"))
	text := "mixpanel.init('token');\n" +
		"const a = 'https://api.mixpanel.com/track', b = \"api-js.mixpanel.com\";\n" +
		"// mpreslint:ignore\n" +
		"const c = 1;\n"
	c := start(t, Options{}, time.Millisecond)
	c.initialize(map[string]any{}, nil)
	c.open(uri, text)
	diags := c.diagnostics(uri, 1)
	if len(diags) < 4 {
		t.Fatalf("diagnostics %+v, want the init, two hosts and the directive", diags)
	}
	// Asked for by kind, whatever the range: a fix-all on save.
	actions := c.codeActions(uri, Range{Start: Position{3, 0}, End: Position{3, 0}}, "source.fixAll")
	if len(actions) != 1 || actions[0].Kind != kindFixAll {
		t.Fatalf("actions %+v, want the fix-all alone", actions)
	}
	fixed := applyEdits(t, text, editsOf(t, actions[0], uri), false)
	c.change(uri, 2, fixed)
	for _, d := range c.diagnostics(uri, 2) {
		if d.Code != "directive" || strings.Contains(d.Message, "suppresses nothing") {
			t.Errorf("after fix-all %q: %+v", fixed, d)
		}
	}
	// A quick fix alone, by kind.
	actions = c.codeActions(uri, Range{Start: Position{0, 0}, End: Position{5, 0}}, "quickfix")
	for _, a := range actions {
		if a.Kind != kindQuickFix {
			t.Errorf("action %+v of kind %s, want quickfix only", a, a.Kind)
		}
	}
}

// TestPositionEncodings checks the columns of a finding after non-ASCII
// text, in UTF-16 by default and in UTF-8 when the client offers it, and
// that the fix applied in that encoding gives the right text.
func TestPositionEncodings(t *testing.T) {
	text := "# é😀\nname: \"Zoë 😀\" # url: https://api.mixpanel.com\nurl: \"😀\"; host: api.mixpanel.com\n"
	for _, tt := range []struct {
		offered []string
		utf8    bool
		want    Position
	}{
		{nil, false, Position{2, 17}},
		{[]string{"utf-16"}, false, Position{2, 17}},
		{[]string{"utf-8", "utf-16"}, true, Position{2, 19}},
	} {
		c := start(t, Options{}, time.Millisecond)
		caps := map[string]any{}
		if tt.offered != nil {
			caps["general"] = map[string]any{"positionEncodings": tt.offered}
		}
		c.initialize(caps, nil)
		uri := fileURI(filepath.Join(t.TempDir(), "c.yaml"))
		c.open(uri, text)
		diags := c.diagnostics(uri, 1)
		if len(diags) != 1 || diags[0].Range.Start != tt.want {
			t.Fatalf("offered %v: diagnostics %+v, want one at %+v", tt.offered, diags, tt.want)
		}
		if off := offsetOf(t, text, diags[0].Range.Start, tt.utf8); !strings.HasPrefix(text[off:], "api.mixpanel.com") {
			t.Errorf("offered %v: the diagnostic starts at %q", tt.offered, text[off:])
		}
		actions := c.codeActions(uri, diags[0].Range, "quickfix")
		if len(actions) != 1 {
			t.Fatalf("actions %+v", actions)
		}
		fixed := applyEdits(t, text, editsOf(t, actions[0], uri), tt.utf8)
		if want := strings.Replace(text, "host: api.mixpanel.com", "host: api-eu.mixpanel.com", 1); fixed != want {
			t.Errorf("offered %v: fixed %q, want %q", tt.offered, fixed, want)
		}
	}
}

func TestConfiguration(t *testing.T) {
	const text = "url: https://api-eu.mixpanel.com/track\n" // right for EU, wrong for India
	for _, tt := range []struct {
		name    string
		flags   Options
		init    any
		changes []any // didChangeConfiguration settings, in order
		want    int   // findings after all
	}{
		{"flag eu", Options{Region: residency.EU}, nil, nil, 0},
		{"flag in", Options{Region: residency.IN}, nil, nil, 1},
		{"initializationOptions override the flag", Options{Region: residency.IN}, map[string]any{"region": "eu"}, nil, 0},
		{"initializationOptions without region keep the flag", Options{Region: residency.IN}, map[string]any{"includeTests": true}, nil, 1},
		{"settings under mpreslint", Options{}, nil, []any{map[string]any{"mpreslint": map[string]any{"region": "in"}}}, 1},
		{"bare settings", Options{}, nil, []any{map[string]any{"region": "in"}}, 1},
		{"settings back", Options{}, nil, []any{map[string]any{"region": "in"}, map[string]any{"region": "eu"}}, 0},
		{"a bad region keeps the last", Options{}, nil, []any{map[string]any{"region": "in"}, map[string]any{"region": "us"}}, 1},
		{"other servers' settings change nothing", Options{Region: residency.IN}, nil, []any{map[string]any{"gopls": map[string]any{"x": 1}}}, 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := start(t, tt.flags, time.Millisecond)
			c.initialize(map[string]any{}, tt.init)
			uri := fileURI(filepath.Join(t.TempDir(), "values.yaml"))
			c.open(uri, text)
			c.diagnostics(uri, 1)
			for _, s := range tt.changes {
				c.notify("workspace/didChangeConfiguration", map[string]any{"settings": s})
			}
			// The last publication, once the server has handled all.
			c.codeActions(uri, Range{})
			all := c.published(uri)
			if got := len(all[len(all)-1].Diagnostics); got != tt.want {
				t.Errorf("%d findings, want %d; published %+v", got, tt.want, all)
			}
		})
	}
	t.Run("bad initializationOptions", func(t *testing.T) {
		c := start(t, Options{}, time.Millisecond)
		_, err := c.call("initialize", map[string]any{"capabilities": map[string]any{}, "initializationOptions": map[string]any{"region": "us"}})
		if err == nil || err.Code != codeInvalidParams || !strings.Contains(err.Message, "region") {
			t.Errorf("error %v, want invalid params naming the region", err)
		}
	})
	t.Run("a bad region is shown", func(t *testing.T) {
		c := start(t, Options{}, time.Millisecond)
		c.initialize(map[string]any{}, nil)
		c.notify("workspace/didChangeConfiguration", map[string]any{"settings": map[string]any{"region": "mars"}})
		c.wait("the error shown", func(m incoming) bool {
			return m.Method == "window/showMessage" && strings.Contains(string(m.Params), "mars")
		})
	})
	t.Run("includeTests", func(t *testing.T) {
		c := start(t, Options{}, time.Millisecond)
		c.initialize(map[string]any{}, nil)
		uri := fileURI(filepath.Join(t.TempDir(), "app.test.js"))
		c.open(uri, "fetch('https://api.mixpanel.com/track');\n")
		if d := c.diagnostics(uri, 1); len(d) != 0 {
			t.Errorf("test file without includeTests: %+v", d)
		}
		c.notify("workspace/didChangeConfiguration", map[string]any{"settings": map[string]any{"includeTests": true}})
		c.wait("the test file's finding", func(m incoming) bool {
			p, ok := publishedOf(m)
			return ok && p.URI == uri && len(p.Diagnostics) == 1
		})
	})
}

// TestUnchecked checks that files of no checked format, of others' code
// and URIs that are no files get no diagnostics.
func TestUnchecked(t *testing.T) {
	dir := t.TempDir()
	c := start(t, Options{}, time.Millisecond)
	c.initialize(map[string]any{}, nil)
	const text = "url: https://api.mixpanel.com/track\n"
	for _, uri := range []string{
		fileURI(filepath.Join(dir, "README.md")),
		fileURI(filepath.Join(dir, "node_modules", "x", "config.yaml")),
		fileURI(filepath.Join(dir, "vendor", "x", "config.yaml")),
		"untitled:Untitled-1",
	} {
		c.open(uri, text)
	}
	checked := fileURI(filepath.Join(dir, "config.yaml"))
	c.open(checked, text)
	c.diagnostics(checked, 1)
	for _, m := range c.published("") {
		t.Errorf("published for %s", m.URI)
	}
	for _, uri := range []string{fileURI(filepath.Join(dir, "README.md")), fileURI(filepath.Join(dir, "vendor", "x", "config.yaml"))} {
		for _, p := range c.published(uri) {
			if len(p.Diagnostics) > 0 {
				t.Errorf("%s: %+v", uri, p)
			}
		}
	}
	if p := c.published("untitled:Untitled-1"); len(p) > 0 {
		t.Errorf("untitled: %+v", p)
	}
}
