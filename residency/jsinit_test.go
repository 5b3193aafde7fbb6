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
			fixed := tt.src[:init.Insert] + init.Text + tt.src[init.Until:]
			if fixed != tt.want[i] {
				t.Errorf("fix of %q:\n got %q\nwant %q", tt.src, fixed, tt.want[i])
			}
			if init.SDK != BrowserSDK || init.Name != "mixpanel" {
				t.Errorf("FindJSInits(%q): SDK %v name %q, want the browser SDK's mixpanel", tt.src, init.SDK, init.Name)
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
		"const Mixpanel = require('mixpanel');\nMixpanel.init(T, {host: 'https://api-eu.mixpanel.com'});",
		"import mp from 'mixpanel';\nmp.init(T, {debug: true});",
		"import * as mp from \"mixpanel-browser\"; mp.init(T)",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, init := range FindJSInits(s, EU) {
			if init.Start < last || init.End > len(s) || init.Insert < init.Start || init.Until < init.Insert || init.Until > init.End {
				t.Fatalf("FindJSInits(%q): bad offsets %+v", s, init)
			}
			if s[init.Start:init.Start+len(init.Name)] != init.Name {
				t.Fatalf("FindJSInits(%q): call at %d is not to %q", s, init.Start, init.Name)
			}
			last = init.End
			if !init.HasFix() {
				continue
			}
			fixed := s[:init.Insert] + init.Text + s[init.Until:]
			for _, again := range FindJSInits(fixed, EU) {
				if again.Start == init.Start {
					t.Fatalf("after the fix %q the call at %d is still found", fixed, init.Start)
				}
			}
		}
	})
}

// TestFindJSInitsNode: the SDK of a call is that of the module its name
// is bound to. The Node.js SDK takes a bare host in its host option.
func TestFindJSInitsNode(t *testing.T) {
	const req = "const Mixpanel = require('mixpanel');\n"
	tests := []struct {
		src  string
		sdk  JSSDK
		want string // the source with the fix applied; "" if silent
		msg  string
	}{
		// Node.js: no host, with the fix that adds the region's.
		{req + "const mixpanel = Mixpanel.init(process.env.TOKEN);", NodeSDK,
			req + "const mixpanel = Mixpanel.init(process.env.TOKEN, {host: \"api-eu.mixpanel.com\"});",
			`call to Mixpanel.init of the Node.js SDK (npm mixpanel) without host sends events to the US region (api.mixpanel.com); EU projects must set host: "api-eu.mixpanel.com"`},
		{"import Mixpanel from 'mixpanel';\nconst mp = Mixpanel.init('T', {keepAlive: false});", NodeSDK,
			"import Mixpanel from 'mixpanel';\nconst mp = Mixpanel.init('T', {host: 'api-eu.mixpanel.com', keepAlive: false});", ""},
		{"const mp = require(\"mixpanel\")\nmp.init(token, {\n  debug: true,\n})", NodeSDK,
			"const mp = require(\"mixpanel\")\nmp.init(token, {\n  host: \"api-eu.mixpanel.com\",\n  debug: true,\n})", ""},
		{"import * as mixpanel from 'mixpanel'\nmixpanel.init(T)", NodeSDK, "import * as mixpanel from 'mixpanel'\nmixpanel.init(T, {host: \"api-eu.mixpanel.com\"})", ""},
		{"import Mixpanel, { PropertyDict } from 'mixpanel';\nMixpanel.init(T)", NodeSDK, "import Mixpanel, { PropertyDict } from 'mixpanel';\nMixpanel.init(T, {host: \"api-eu.mixpanel.com\"})", ""},
		{"import mp = require('mixpanel');\nmp.init(T)", NodeSDK, "import mp = require('mixpanel');\nmp.init(T, {host: \"api-eu.mixpanel.com\"})", ""},
		{"const mixpanel = require('mixpanel').init(process.env.TOKEN);", NodeSDK,
			"const mixpanel = require('mixpanel').init(process.env.TOKEN, {host: \"api-eu.mixpanel.com\"});",
			`call to require('mixpanel').init of the Node.js SDK (npm mixpanel) without host sends events to the US region (api.mixpanel.com); EU projects must set host: "api-eu.mixpanel.com"`},
		// api_host is the browser SDK's option: the Node.js SDK ignores it.
		{req + "Mixpanel.init(T, {api_host: 'https://api-eu.mixpanel.com'})", NodeSDK,
			req + "Mixpanel.init(T, {host: \"api-eu.mixpanel.com\", api_host: 'https://api-eu.mixpanel.com'})", ""},
		// A host with a scheme breaks the SDK: the fix removes the scheme.
		{req + "Mixpanel.init(T, {host: 'https://api-eu.mixpanel.com'})", NodeSDK,
			req + "Mixpanel.init(T, {host: 'api-eu.mixpanel.com'})",
			`the Node.js SDK's host option takes a bare host: a URL with a scheme breaks the SDK; EU projects set host: "api-eu.mixpanel.com"`},
		{req + "Mixpanel.init(T, {host: \"http://localhost:8080\", debug: true})", NodeSDK,
			req + "Mixpanel.init(T, {host: \"localhost:8080\", debug: true})", ""},
		// Browser SDK: imported under any name, or the global.
		{"import mp from 'mixpanel-browser';\nmp.init('T')", BrowserSDK,
			"import mp from 'mixpanel-browser';\nmp.init('T', {api_host: 'https://api-eu.mixpanel.com'})", ""},
		{"const mixpanel = require('mixpanel-browser');\nmixpanel.init(T, {host: 'api-eu.mixpanel.com'})", BrowserSDK,
			"const mixpanel = require('mixpanel-browser');\nmixpanel.init(T, {api_host: \"https://api-eu.mixpanel.com\", host: 'api-eu.mixpanel.com'})", ""},

		// Silent: the Node.js EU setup, a bare host of another region (a
		// host Find reports), unknown options, names of other modules.
		{req + "Mixpanel.init(token, { host: 'api-eu.mixpanel.com' })", NodeSDK, "", ""},
		{req + "Mixpanel.init(token, { host: 'api.mixpanel.com' })", NodeSDK, "", ""},
		{req + "Mixpanel.init(token, { host: process.env.MIXPANEL_HOST })", NodeSDK, "", ""},
		{req + "Mixpanel.init(token, { host })", NodeSDK, "", ""},
		{req + "Mixpanel.init(token, config)", NodeSDK, "", ""},
		{req + "Mixpanel.init(token, { host: `${scheme}://api-eu.mixpanel.com` })", NodeSDK, "", ""},
		{"import Mixpanel from 'mixpanel-lite';\nMixpanel.init(T)", NodeSDK, "", ""},
		{"Mixpanel.init(T)", NodeSDK, "", ""},
		{"const mp = require(\"mixpanel\")\nmp.init(T, { host://api.mixpanel.com\"}))", NodeSDK, "", ""},
		{"mp.init(T)", NodeSDK, "", ""},
		{"require('mixpanel').init(T, {host: 'api-eu.mixpanel.com'})", NodeSDK, "", ""},
		{"require('mixpanel-lite').init(T)", NodeSDK, "", ""},
	}
	for _, tt := range tests {
		got := FindJSInits(tt.src, EU)
		if tt.want == "" {
			if len(got) != 0 {
				t.Errorf("FindJSInits(%q) = %+v, want nothing", tt.src, got)
			}
			continue
		}
		if len(got) != 1 {
			t.Errorf("FindJSInits(%q) = %+v, want one call", tt.src, got)
			continue
		}
		init := got[0]
		if init.SDK != tt.sdk {
			t.Errorf("FindJSInits(%q): SDK %v, want %v", tt.src, init.SDK, tt.sdk)
		}
		if fixed := tt.src[:init.Insert] + init.Text + tt.src[init.Until:]; fixed != tt.want {
			t.Errorf("fix of %q:\n got %q\nwant %q", tt.src, fixed, tt.want)
		} else if again := FindJSInits(fixed, EU); len(again) != 0 {
			t.Errorf("after the fix %q, still %+v", fixed, again)
		}
		if tt.msg != "" && init.Message(EU) != tt.msg {
			t.Errorf("FindJSInits(%q): message\n %q, want\n %q", tt.src, init.Message(EU), tt.msg)
		}
	}
	// India.
	got := FindJSInits(req+"Mixpanel.init(T)", IN)
	if len(got) != 1 || got[0].Text != `, {host: "api-in.mixpanel.com"}` || got[0].FixMessage(IN) != "Add host: api-in.mixpanel.com" {
		t.Errorf("FindJSInits of the Node.js SDK under India = %+v", got)
	}
}

// TestNodeSchemeFixStandsAlone: removing the scheme of a Node.js host is
// offered only when the bare host is read as the URL's host was, so that
// the fix changes no other finding.
func TestNodeSchemeFixStandsAlone(t *testing.T) {
	for src, wantFix := range map[string]bool{
		`require("mixpanel").init(t, {host: "https://api-eu.mixpanel.com"})`:    true,
		`require("mixpanel").init(t, {host: "https://proxy.example.com:8443"})`: true,
		`require("mixpanel").init(t, {host: " ://Api.miXpAnel"})`:               false, // found only once bare
		`require("mixpanel").init(t, {host: "https://mixpanel.com"})`:           false, // a URL's web app, no bare host
	} {
		inits := FindJSInits(src, EU)
		if len(inits) != 1 || inits[0].Scheme == "" {
			t.Errorf("%s: got %+v, want one host with a scheme", src, inits)
			continue
		}
		if got := inits[0].HasFix(); got != wantFix {
			t.Errorf("%s: HasFix() = %v, want %v", src, got, wantFix)
		}
	}
}
