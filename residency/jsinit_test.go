package residency

import (
	"strings"
	"testing"
)

func TestFindJSInits(t *testing.T) {
	const eu = `"https://api-eu.mixpanel.com"`
	tests := []struct {
		src  string
		want []string // the source with each fix applied alone
	}{
		// Reported, with the option added where it belongs.
		{`mixpanel.init("TOKEN")`, []string{`mixpanel.init("TOKEN", {api_host: ` + eu + `})`}},
		{`mixpanel.init('TOKEN');`, []string{`mixpanel.init('TOKEN', {api_host: 'https://api-eu.mixpanel.com'});`}},
		{`mixpanel.init( TOKEN )`, []string{`mixpanel.init( TOKEN, {api_host: ` + eu + `} )`}},
		{`mixpanel.init("T", {})`, []string{`mixpanel.init("T", {api_host: ` + eu + `})`}},
		{`mixpanel.init("T", {debug: true, track_pageview: "full-url"})`, []string{`mixpanel.init("T", {api_host: ` + eu + `, debug: true, track_pageview: "full-url"})`}},
		{"mixpanel.init(\"T\", {\n    debug: true,\n    persistence: 'localStorage'\n})", []string{"mixpanel.init(\"T\", {\n    api_host: " + eu + ",\n    debug: true,\n    persistence: 'localStorage'\n})"}},
		{`mixpanel.init("T", {api_hosts: {flags: "https://api-eu.mixpanel.com"}}, "second")`, []string{`mixpanel.init("T", {api_host: ` + eu + `, api_hosts: {flags: "https://api-eu.mixpanel.com"}}, "second")`}},
		{`window.mixpanel.init("T", {loaded: function(m) { m.track("x") }})`, []string{`window.mixpanel.init("T", {api_host: ` + eu + `, loaded: function(m) { m.track("x") }})`}},
		{`mixpanel.init("T", {debug() { return 1 }})`, []string{`mixpanel.init("T", {api_host: ` + eu + `, debug() { return 1 }})`}},
		{`<script>mixpanel.init("{{.Token}}")</script>`, []string{`<script>mixpanel.init("{{.Token}}", {api_host: ` + eu + `})</script>`}},
		{`mixpanel.init(cfg.token, /* c */ {"debug": true})`, []string{`mixpanel.init(cfg.token, /* c */ {api_host: ` + eu + `, "debug": true})`}},
		{`mixpanel . init ("T")`, []string{`mixpanel . init ("T", {api_host: ` + eu + `})`}},
		{"mixpanel.init(\"A\"); mixpanel.init(\"B\")", []string{
			`mixpanel.init("A", {api_host: ` + eu + `}); mixpanel.init("B")`,
			`mixpanel.init("A"); mixpanel.init("B", {api_host: ` + eu + `})`,
		}},
		{`<a href="https://example.com">x</a> mixpanel.init("T")`, []string{`<a href="https://example.com">x</a> mixpanel.init("T", {api_host: ` + eu + `})`}},
		{"don't\nmixpanel.init(\"T\")", []string{"don't\nmixpanel.init(\"T\", {api_host: " + eu + "})"}},

		// Silent: an api_host (a wrong one is a host that Find reports),
		// unknown options, comments, strings, look-alikes.
		{`mixpanel.init("T", {api_host: "https://api-eu.mixpanel.com"})`, nil},
		{`mixpanel.init("T", {"api_host": "https://api-js.mixpanel.com"})`, nil},
		{`mixpanel.init("T", {debug: true, api_host})`, nil},
		{`mixpanel.init("T", options)`, nil},
		{`mixpanel.init("T", {...defaults})`, nil},
		{`mixpanel.init("T", {[key]: 1})`, nil},
		{`mixpanel.init("T", makeOptions())`, nil},
		{`// mixpanel.init("T")`, nil},
		{`/* mixpanel.init("T") */`, nil},
		{`"mixpanel.init('T')"`, nil},
		{`mymixpanel.init("T")`, nil},
		{`mixpanel.initialize("T")`, nil},
		{`mixpanel.init`, nil},
		{`mixpanel.init(`, nil},
		{`mixpanel.init()`, nil},
		{`mixpanel.init("T", {debug: true}`, nil},
		{`mixpanel.init = function(token) {}`, nil},
		{`mixpanel.track("init")`, nil},
	}
	for _, tt := range tests {
		got := FindJSInits(tt.src, EU)
		if len(got) != len(tt.want) {
			t.Errorf("FindJSInits(%q) = %d calls, want %d: %+v", tt.src, len(got), len(tt.want), got)
			continue
		}
		for i, init := range got {
			fixed := tt.src[:init.Insert] + init.Text + tt.src[init.Insert:]
			if fixed != tt.want[i] {
				t.Errorf("fix of %q:\n got %q\nwant %q", tt.src, fixed, tt.want[i])
			}
			if !strings.HasPrefix(tt.src[init.Start:], "mixpanel") || tt.src[init.End-1] != ')' {
				t.Errorf("FindJSInits(%q): call at [%d,%d) is %q", tt.src, init.Start, init.End, tt.src[init.Start:init.End])
			}
			if again := FindJSInits(fixed, EU); len(again) != len(got)-1 {
				t.Errorf("after the fix %q, %d calls remain, want %d", fixed, len(again), len(got)-1)
			}
		}
	}
}

func TestFindJSInitsIndia(t *testing.T) {
	got := FindJSInits(`mixpanel.init("T")`, IN)
	if len(got) != 1 || got[0].Text != `, {api_host: "https://api-in.mixpanel.com"}` {
		t.Errorf("FindJSInits under India = %+v", got)
	}
}

// FuzzFindJSInits checks that any text scans without a panic, that the
// calls found lie in the text, in order, and that each fix leaves a call
// that is found no more.
func FuzzFindJSInits(f *testing.F) {
	for _, s := range []string{
		`mixpanel.init("T")`, `mixpanel.init('T', {debug: true})`, "mixpanel.init(\"T\", {\n  a: 1\n})",
		`mixpanel.init("T", {api_host: "x"})`, `/* mixpanel.init( */ mixpanel.init("T", {`, "mixpanel.init(`T`, {b: `x`})",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, init := range FindJSInits(s, EU) {
			if init.Start < last || init.End > len(s) || init.Insert < init.Start || init.Insert > init.End {
				t.Fatalf("FindJSInits(%q): bad offsets %+v", s, init)
			}
			last = init.End
			fixed := s[:init.Insert] + init.Text + s[init.Insert:]
			for _, again := range FindJSInits(fixed, EU) {
				if again.Start == init.Start {
					t.Fatalf("after the fix %q the call at %d is still found", fixed, init.Start)
				}
			}
		}
	})
}
