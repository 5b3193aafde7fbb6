package files

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/mpreslint/mpreslint/residency"
)

// scanCase is a file, the findings in it ("line:col category"), and the
// file with every fix applied ("" if no finding has a fix).
type scanCase struct {
	name  string // the file name, which gives the format
	src   string
	want  []string
	fixed string
}

// Reported, with their fixes, under -region=eu.
var positive = []scanCase{
	// YAML: unquoted, quoted, list items, block scalars, flow lists.
	{"values.yaml", "url: https://api.mixpanel.com/track\n", []string{"1:14 host"}, "url: https://api-eu.mixpanel.com/track\n"},
	{"values.yaml", "export: \"https://data.mixpanel.com/api/2.0/export\" # the export\n", []string{"1:18 host"}, "export: \"https://data-eu.mixpanel.com/api/2.0/export\" # the export\n"},
	{"values.yaml", "hosts:\n  - 'api.eu.mixpanel.com'\n  - https://mixpanel.com/api/query\n", []string{"2:6 unknown-host", "3:13 host"}, "hosts:\n  - 'api-eu.mixpanel.com'\n  - https://eu.mixpanel.com/api/query\n"},
	{"ci.yml", "run: |\n  curl -s https://api.mixpanel.com/import -d @events.json\n", []string{"2:19 host"}, "run: |\n  curl -s https://api-eu.mixpanel.com/import -d @events.json\n"},
	{"values.yaml", "hosts: [api.mixpanel.com, data.mixpanel.com]\n", []string{"1:9 host", "1:27 host"}, "hosts: [api-eu.mixpanel.com, data-eu.mixpanel.com]\n"},
	{"values.yaml", "sso: https://mixpanel.com/security/login/1\n", []string{"1:14 sso"}, "sso: https://eu.mixpanel.com/security/login/1\n"},
	{"docker-compose.yml", "services:\n  app:\n    environment:\n      - MIXPANEL_URL=https://api.mixpanel.com\n", []string{"4:30 host"}, "services:\n  app:\n    environment:\n      - MIXPANEL_URL=https://api-eu.mixpanel.com\n"},
	{"deployment.yaml", "env:\n  - name: MIXPANEL_HOST\n    value: {{ .Values.mixpanel.host | default \"api.mixpanel.com\" | quote }}\n", []string{"3:48 host"}, "env:\n  - name: MIXPANEL_HOST\n    value: {{ .Values.mixpanel.host | default \"api-eu.mixpanel.com\" | quote }}\n"},
	// TOML, .env, INI, properties, conf.
	{"config.toml", "[mixpanel]\nhost = \"api.mixpanel.com\" # US\n", []string{"2:9 host"}, "[mixpanel]\nhost = \"api-eu.mixpanel.com\" # US\n"},
	{".env", "MIXPANEL_HOST=api.mixpanel.com\nexport MIXPANEL_URL=\"https://api.mixpanel.com\"\n", []string{"1:15 host", "2:30 host"}, "MIXPANEL_HOST=api-eu.mixpanel.com\nexport MIXPANEL_URL=\"https://api-eu.mixpanel.com\"\n"},
	{".env.production", "MIXPANEL_HOST=api.mixpanel.com # the host\r\n", []string{"1:15 host"}, "MIXPANEL_HOST=api-eu.mixpanel.com # the host\r\n"},
	{"app.ini", "[mixpanel]\nhost = api.mixpanel.com\n", []string{"2:8 host"}, "[mixpanel]\nhost = api-eu.mixpanel.com\n"},
	{"app.properties", "mixpanel.url=https://api.mixpanel.com/track\n", []string{"1:22 host"}, "mixpanel.url=https://api-eu.mixpanel.com/track\n"},
	{"nginx.conf", "location /mp/ {\n  proxy_pass https://api-js.mixpanel.com/; # the proxy\n}\n", []string{"2:22 host"}, "location /mp/ {\n  proxy_pass https://api-eu.mixpanel.com/; # the proxy\n}\n"},
	// JSON, HCL.
	{"config.json", "{\"mixpanel\": {\"api_host\": \"https://api.mixpanel.com\"}}\n", []string{"1:36 host"}, "{\"mixpanel\": {\"api_host\": \"https://api-eu.mixpanel.com\"}}\n"},
	{"main.tf", "variable \"host\" {\n  default = \"https://api.mixpanel.com\" # US\n}\n", []string{"2:22 host"}, "variable \"host\" {\n  default = \"https://api-eu.mixpanel.com\" # US\n}\n"},
	{"prod.tfvars", "mixpanel_export = \"data.mixpanel.com\" // export\n", []string{"1:20 host"}, "mixpanel_export = \"data-eu.mixpanel.com\" // export\n"},
	// Dockerfile, shell.
	{"Dockerfile", "FROM alpine\nENV MIXPANEL_HOST=api.mixpanel.com\nRUN curl https://api.mixpanel.com/track\n", []string{"2:19 host", "3:18 host"}, "FROM alpine\nENV MIXPANEL_HOST=api-eu.mixpanel.com\nRUN curl https://api-eu.mixpanel.com/track\n"},
	{"send.sh", "#!/bin/sh\nURL=${MIXPANEL_URL:-https://api.mixpanel.com}\ncurl \"$URL/track\"\n", []string{"2:29 host"}, "#!/bin/sh\nURL=${MIXPANEL_URL:-https://api-eu.mixpanel.com}\ncurl \"$URL/track\"\n"},
	// JavaScript and TypeScript: strings, and mixpanel.init.
	{"app.js", "mixpanel.init(TOKEN);\n", []string{"1:1 sdk"}, "mixpanel.init(TOKEN, {api_host: \"https://api-eu.mixpanel.com\"});\n"},
	{"app.ts", "mixpanel.init('t', {debug: true}); // init\n", []string{"1:1 sdk"}, "mixpanel.init('t', {api_host: 'https://api-eu.mixpanel.com', debug: true}); // init\n"},
	{"app.js", "mixpanel.init(TOKEN, {api_host: 'https://api-js.mixpanel.com'});\n", []string{"1:42 host"}, "mixpanel.init(TOKEN, {api_host: 'https://api-eu.mixpanel.com'});\n"},
	{"api.mjs", "const url = `https://api.mixpanel.com/track?ip=${ip}`;\n", []string{"1:22 host"}, "const url = `https://api-eu.mixpanel.com/track?ip=${ip}`;\n"},
	{"api.js", "const a = \"https://api.mixpanel.com\", b = \"https://data.mixpanel.com\";\n", []string{"1:20 host", "1:52 host"}, "const a = \"https://api-eu.mixpanel.com\", b = \"https://data-eu.mixpanel.com\";\n"},
	{"api.js", "const u = host || \"https://api.mixpanel.com\";\n", []string{"1:28 host"}, "const u = host || \"https://api-eu.mixpanel.com\";\n"},
	{"api.js", "x = ok ? \"https://api.mixpanel.com\" : \"https://data.mixpanel.com\";\n", []string{"1:19 host", "1:48 host"}, "x = ok ? \"https://api-eu.mixpanel.com\" : \"https://data-eu.mixpanel.com\";\n"},
	{"api.js", "const cfg = '{\"api\": \"https://api.mixpanel.com\", \"data\": \"https://data.mixpanel.com\"}';\n", []string{"1:31 host"}, "const cfg = '{\"api\": \"https://api-eu.mixpanel.com\", \"data\": \"https://data-eu.mixpanel.com\"}';\n"},
	{"docker-compose.yml", "environment:\n  MIXPANEL_HOST: ${MIXPANEL_HOST:-api.mixpanel.com}\n  MIXPANEL_URL: \"${MIXPANEL_URL:=https://api.mixpanel.com}\"\n", []string{"2:35 host", "3:42 host"}, "environment:\n  MIXPANEL_HOST: ${MIXPANEL_HOST:-api-eu.mixpanel.com}\n  MIXPANEL_URL: \"${MIXPANEL_URL:=https://api-eu.mixpanel.com}\"\n"},
	// HTML, templates, Vue, Svelte.
	{"index.html", "<link rel=\"preconnect\" href=\"https://api-js.mixpanel.com\">\n", []string{"1:38 host"}, "<link rel=\"preconnect\" href=\"https://api-eu.mixpanel.com\">\n"},
	{"index.html", "<script>\n  mixpanel.init(\"{{.Token}}\", {track_pageview: true});\n</script>\n", []string{"2:3 sdk"}, "<script>\n  mixpanel.init(\"{{.Token}}\", {api_host: \"https://api-eu.mixpanel.com\", track_pageview: true});\n</script>\n"},
	{"page.tmpl", "<SCRIPT type=\"module\">const u = \"https://api.mixpanel.com\";</SCRIPT>\n", []string{"1:42 host"}, "<SCRIPT type=\"module\">const u = \"https://api-eu.mixpanel.com\";</SCRIPT>\n"},
	{"page.gohtml", "{{ template \"mp\" \"https://api.mixpanel.com\" }}\n", []string{"1:27 host"}, "{{ template \"mp\" \"https://api-eu.mixpanel.com\" }}\n"},
	{"_helpers.tpl", "{{- define \"host\" -}}{{ default \"api.mixpanel.com\" .Values.host }}{{- end -}}\n", []string{"1:34 host"}, "{{- define \"host\" -}}{{ default \"api-eu.mixpanel.com\" .Values.host }}{{- end -}}\n"},
	{"App.vue", "<template><a :href=\"'https://mixpanel.com/project/1'\">x</a></template>\n<script setup>\nmixpanel.init(token)\n</script>\n", []string{"1:30 host", "3:1 sdk"}, "<template><a :href=\"'https://eu.mixpanel.com/project/1'\">x</a></template>\n<script setup>\nmixpanel.init(token, {api_host: \"https://api-eu.mixpanel.com\"})\n</script>\n"},
	{"App.svelte", "<script>\n  const host = 'https://api.mixpanel.com';\n</script>\n", []string{"2:25 host"}, "<script>\n  const host = 'https://api-eu.mixpanel.com';\n</script>\n"},
}

// Silent: comments, prose, look-alikes, neutral hosts, recognition, the
// project's own region.
var negative = []scanCase{
	// Comments in each syntax.
	{"values.yaml", "# url: https://api.mixpanel.com/track\nurl: https://api-eu.mixpanel.com/track # not https://api.mixpanel.com\n", nil, ""},
	{"config.toml", "#host = \"api.mixpanel.com\"\nhost = \"api-eu.mixpanel.com\"# api.mixpanel.com\n", nil, ""},
	{".env", "# MIXPANEL_HOST=api.mixpanel.com\nMIXPANEL_HOST=api-eu.mixpanel.com # was api.mixpanel.com\n", nil, ""},
	{"app.ini", "; host = api.mixpanel.com\n# host = api.mixpanel.com\n", nil, ""},
	{"app.properties", "! url=https://api.mixpanel.com\n# url=https://api.mixpanel.com\n", nil, ""},
	{"nginx.conf", "# proxy_pass https://api.mixpanel.com/;\n", nil, ""},
	{"config.json", "{\n  // \"https://api.mixpanel.com\"\n  /* \"https://api.mixpanel.com\" */\n  \"url\": \"https://api-eu.mixpanel.com//x\"\n}\n", nil, ""},
	{"main.tf", "# \"https://api.mixpanel.com\"\n// \"https://api.mixpanel.com\"\n/* \"https://api.mixpanel.com\"\n */\n", nil, ""},
	{"Dockerfile", "# ENV MIXPANEL_HOST=api.mixpanel.com\n", nil, ""},
	{"send.sh", "# curl https://api.mixpanel.com/track\necho ok # curl https://api.mixpanel.com\n", nil, ""},
	{"app.js", "// mixpanel.init(TOKEN)\n/* const u = \"https://api.mixpanel.com\";\n mixpanel.init(TOKEN) */\n", nil, ""},
	{"index.html", "<!-- <script>mixpanel.init(\"t\")</script> href=\"https://api.mixpanel.com\" -->\n{{/* mixpanel.init(\"t\") \"https://api.mixpanel.com\" */}}\n{{- /* \"https://api.mixpanel.com\" */ -}}\n<script>\n// mixpanel.init(\"t\") \"https://api.mixpanel.com\"\n</script>\n", nil, ""},
	// A # in a value is not a comment, nor a // in a string.
	{"values.yaml", "url: \"https://api-eu.mixpanel.com/#x\" # y\n", nil, ""},
	{"app.js", "const u = \"https://api-eu.mixpanel.com\"; // mixpanel.init(t)\n", nil, ""},
	// Prose, look-alikes, neutral hosts, the project's region.
	{"values.yaml", "description: events go to api.mixpanel.com by default\nhelp: \"Events go to https://api.mixpanel.com unless set\"\n", nil, ""},
	{"values.yaml", "a: https://mixpanel.com.example.org\nb: notmixpanel.com\nc: https://example.com/api.mixpanel.com\nd: https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js\ne: https://docs.mixpanel.com/docs/privacy\nf: https://mixpanel.com/signup\ng: mixpanel.com\n", nil, ""},
	{".env", "MIXPANEL_HOST=api-eu.mixpanel.com\nMIXPANEL_EXPORT=https://data-eu.mixpanel.com\n", nil, ""},
	{"app.js", "console.log(\"sending events to https://api.mixpanel.com\");\nconst region = {us: \"x\"}; // mixpanel\n", nil, ""},
	{"index.html", "<p>Events go to https://api.mixpanel.com</p>\n<td>https://api.mixpanel.com</td>\n<p>Don't use api.mixpanel.com</p>\n", nil, ""},
	{"config.json", "{\"regions\": \"us=https://api.mixpanel.com eu=https://api-eu.mixpanel.com\"}\n", nil, ""},
	// Recognition: comparisons, searches, keys, cases, unions.
	{"app.js", "if (host === \"https://api.mixpanel.com\") {}\nif (\"api.mixpanel.com\" != h) {}\nu.startsWith(\"https://api.mixpanel.com\");\nu.replace(\"api.mixpanel.com\", \"api-eu.mixpanel.com\");\nconst names = {\"api.mixpanel.com\": \"US\", 'data.mixpanel.com': 2};\nswitch (h) { case \"api.mixpanel.com\": break }\n", nil, ""},
	{"app.ts", "type Host = \"api.mixpanel.com\" | \"api-eu.mixpanel.com\";\n", nil, ""},
	{"config.json", "{\"https://api.mixpanel.com\": \"us\"}\n", nil, ""},
	{"check.sh", "grep -rn \"api.mixpanel.com\" .\nif [ \"$HOST\" = \"api-eu.mixpanel.com\" ] || [ \"$HOST\" == \"api.mixpanel.com\" ]; then exit 1; fi\nsed -i 's/api.mixpanel.com/api-eu.mixpanel.com/' x\n", nil, ""},
	{"ci.yml", "run: grep -q api.mixpanel.com out.txt && exit 1\n", nil, ""},
	// mixpanel.init with an api_host, or unknown options.
	{"app.js", "mixpanel.init(t, {api_host: \"https://api-eu.mixpanel.com\"});\nmixpanel.init(t, opts);\nmixpanel.init(t, {...defaults});\n", nil, ""},
	// Vue, Svelte, TOML, properties, Dockerfile, shell, JSON: comments,
	// prose, look-alikes.
	{"App.vue", "<template>\n  <!-- <a href=\"https://mixpanel.com/project/1\">x</a> -->\n  <p>Data goes to https://api.mixpanel.com</p>\n</template>\n<script>\n/* mixpanel.init(t) */\nexport default { api: \"https://api-eu.mixpanel.com\" }\n</script>\n", nil, ""},
	{"App.svelte", "<script>\n  // const host = 'https://api.mixpanel.com';\n  mixpanel.init(t, {api_host: 'https://api-eu.mixpanel.com'})\n</script>\n<p>It's sent to api.mixpanel.com</p>\n", nil, ""},
	{"config.toml", "description = \"events go to api.mixpanel.com by default\"\nhost = \"api-eu.mixpanel.com.example.org\"\n", nil, ""},
	{"app.properties", "help=Events are sent to the https://api.mixpanel.com host\nurl=https://notmixpanel.com/api.mixpanel.com\n", nil, ""},
	{"Dockerfile", "LABEL description=\"Sends events to the api.mixpanel.com host\"\nRUN curl -fsSL https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js -o /srv/mp.js\n", nil, ""},
	{"send.sh", "echo \"events go to https://api.mixpanel.com by default\"\nURL=https://api-eu.mixpanel.com # was https://api.mixpanel.com\n", nil, ""},
	{"package.json", "{\"dependencies\": {\"mixpanel-browser\": \"^2.55.0\"}, \"description\": \"Sends events to api.mixpanel.com\"}\n", nil, ""},
	// No mixpanel.init rule outside JavaScript and markup.
	{"values.yaml", "snippet: mixpanel.init(token)\n", nil, ""},
}

func scanText(t *testing.T, name, src string, r residency.Region) []Finding {
	t.Helper()
	f := formatOf(name)
	if f == nil {
		t.Fatalf("%s: no format", name)
	}
	return scan("/repo/"+name, src, f.syntax, r)
}

func describe(findings []Finding) []string {
	var got []string
	for _, f := range findings {
		got = append(got, fmt.Sprintf("%d:%d %s", f.Pos.Line, f.Pos.Column, f.Category))
	}
	return got
}

// applyFixes returns src with every fix of findings applied.
func applyFixes(src string, findings []Finding) string {
	var edits []Edit
	for _, f := range findings {
		if len(f.Fixes) > 0 {
			edits = append(edits, f.Fixes[0].Edits...)
		}
	}
	slices.SortFunc(edits, func(a, b Edit) int { return a.Start - b.Start })
	for i := len(edits) - 1; i >= 0; i-- {
		e := edits[i]
		src = src[:e.Start] + e.New + src[e.End:]
	}
	return src
}

func TestScan(t *testing.T) {
	checkCases(t, slices.Concat(positive, negative))
}

// checkCases scans each case under -region=eu and checks its findings;
// then that all fixes together give the case's fixed text (the source
// itself when no finding has a fix), that a finding without a fix says
// why, that the fixed file has only the unfixed findings left, and that
// each fix alone removes its own finding and changes no other.
func checkCases(t *testing.T, cases []scanCase) {
	t.Helper()
	for _, tc := range cases {
		got := scanText(t, tc.name, tc.src, residency.EU)
		if !slices.Equal(describe(got), tc.want) {
			t.Errorf("%s %q: findings %q, want %q", tc.name, tc.src, describe(got), tc.want)
			for _, f := range got {
				t.Logf("\t%s", f.Message)
			}
			continue
		}
		if tc.want == nil {
			continue
		}
		want := tc.fixed
		if want == "" {
			want = tc.src
		}
		fixed := applyFixes(tc.src, got)
		if fixed != want {
			t.Errorf("%s %q: fixed\n%q, want\n%q", tc.name, tc.src, fixed, want)
		}
		var unfixed []string
		for _, f := range got {
			if len(f.Fixes) == 0 {
				unfixed = append(unfixed, f.Message)
				if !strings.Contains(f.Message, "(no fix: ") {
					t.Errorf("%s: a finding without a fix does not say why: %s", tc.name, f.Message)
				}
			}
		}
		if again := messages(scanText(t, tc.name, fixed, residency.EU)); !slices.Equal(again, unfixed) {
			t.Errorf("%s: the fixed file %q has findings %q, want only the unfixed %q", tc.name, fixed, again, unfixed)
		}
		for i, f := range got {
			if len(f.Fixes) == 0 {
				continue
			}
			again := messages(scanText(t, tc.name, applyFixes(tc.src, []Finding{f}), residency.EU))
			if want := messages(slices.Delete(slices.Clone(got), i, i+1)); !slices.Equal(again, want) {
				t.Errorf("%s %q: after the fix of %s alone, findings %q, want %q", tc.name, tc.src, describe(got)[i], again, want)
			}
		}
	}
}

func TestMessages(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		r         residency.Region
		want      string
	}{
		{"values.yaml", "url: https://api.mixpanel.com/track\n", residency.EU,
			"host api.mixpanel.com (ingestion API) is in the US region; EU projects must use api-eu.mixpanel.com"},
		{"values.yaml", "url: https://api-eu.mixpanel.com/track\n", residency.IN,
			"host api-eu.mixpanel.com (ingestion API) is in the EU region; India projects must use api-in.mixpanel.com"},
		{"app.js", "a = '{\"api\": \"https://api.mixpanel.com\", \"data\": \"https://data.mixpanel.com\"}'\n", residency.EU,
			"host api.mixpanel.com (ingestion API) is in the US region; EU projects must use api-eu.mixpanel.com (and 1 more in this string)"},
		{"app.js", "mixpanel.init(t)\n", residency.EU,
			`call to mixpanel.init without api_host sends events to the US region (api-js.mixpanel.com); EU projects must set api_host: "https://api-eu.mixpanel.com"`},
		{"index.html", "<script>mixpanel.init(t)</script>\n", residency.IN,
			`call to mixpanel.init without api_host sends events to the US region (api-js.mixpanel.com); India projects must set api_host: "https://api-in.mixpanel.com"`},
		{"values.yaml", "u: https://api.mixpanel.com # mpreslint:ignore\n", residency.EU,
			"mpreslint:ignore directive needs a reason: # mpreslint:ignore <reason>"},
		{"index.html", "<!--mpreslint:ignore-->\n", residency.EU,
			"mpreslint:ignore directive needs a reason: <!-- mpreslint:ignore <reason> -->"},
		{"app.js", "/* mpreslint:ignore */\n", residency.EU,
			"mpreslint:ignore directive needs a reason: /* mpreslint:ignore <reason> */"},
		{"app.ts", "// mpreslint:ignore old\n", residency.EU,
			"mpreslint:ignore directive suppresses nothing on this line or the next; remove it"},
		{"values.yaml", "# mpreslint:ingore the archive\nurl: https://api.mixpanel.com\n", residency.EU,
			"misspelled mpreslint:ignore directive (mpreslint:ingore): write # mpreslint:ignore <reason>"},
		{"index.html", "<!-- mpreslint:ignored -->\n", residency.EU,
			"misspelled mpreslint:ignore directive (mpreslint:ignored) needs a reason: <!-- mpreslint:ignore <reason> -->"},
	} {
		got := scanText(t, tc.name, tc.src, tc.r)
		if len(got) == 0 || got[len(got)-1].Message != tc.want {
			t.Errorf("%s %q: messages %q, want last %q", tc.name, tc.src, messages(got), tc.want)
		}
	}
}

func messages(findings []Finding) []string {
	var m []string
	for _, f := range findings {
		m = append(m, f.Message)
	}
	return m
}

// TestRegionIN: under -region=in, EU hosts are wrong too, and fixes use
// the India hosts.
func TestRegionIN(t *testing.T) {
	for _, tc := range []scanCase{
		{"values.yaml", "ingest: https://api-eu.mixpanel.com\nexport: https://data.mixpanel.com\n", []string{"1:17 host", "2:17 host"}, "ingest: https://api-in.mixpanel.com\nexport: https://data-in.mixpanel.com\n"},
		// A map keyed by the regions is a region choice.
		{"values.yaml", "eu: https://api-eu.mixpanel.com\nus: https://api.mixpanel.com\nin: https://api-in.mixpanel.com\n", nil, "eu: https://api-eu.mixpanel.com\nus: https://api.mixpanel.com\nin: https://api-in.mixpanel.com\n"},
		{"app.js", "mixpanel.init(t, {api_host: \"https://api-eu.mixpanel.com\"});\nmixpanel.init(t);\n", []string{"1:38 host", "2:1 sdk"}, "mixpanel.init(t, {api_host: \"https://api-in.mixpanel.com\"});\nmixpanel.init(t, {api_host: \"https://api-in.mixpanel.com\"});\n"},
		{"main.tf", "sso = \"https://eu.mixpanel.com/security/login/1\"\n", []string{"1:16 sso"}, "sso = \"https://in.mixpanel.com/security/login/1\"\n"},
	} {
		got := scanText(t, tc.name, tc.src, residency.IN)
		if !slices.Equal(describe(got), tc.want) {
			t.Errorf("%s %q: findings %q, want %q", tc.name, tc.src, describe(got), tc.want)
			continue
		}
		if fixed := applyFixes(tc.src, got); fixed != tc.fixed {
			t.Errorf("%s: fixed %q, want %q", tc.name, fixed, tc.fixed)
		}
	}
}

func TestDirectives(t *testing.T) {
	for _, tc := range []scanCase{
		// On the line, or the line above, in each comment syntax.
		{"values.yaml", "# mpreslint:ignore the US archive\nurl: https://api.mixpanel.com\nurl2: https://api.mixpanel.com #mpreslint:ignore the US archive too\n", nil, ""},
		{".env", "MIXPANEL_HOST=api.mixpanel.com # mpreslint:ignore shared with the US project\n", nil, ""},
		{"app.js", "// mpreslint:ignore the US project's page\nmixpanel.init(t);\nconst u = \"https://api.mixpanel.com\"; /* mpreslint:ignore US proxy */\n", nil, ""},
		{"index.html", "<!-- mpreslint:ignore the US page -->\n<a href=\"https://mixpanel.com/project/1\">x</a>\n<script>\n// mpreslint:ignore the US page\nmixpanel.init(t)\n</script>\n", nil, ""},
		{"page.tmpl", "{{/* mpreslint:ignore the US page */}}\n<a href=\"https://mixpanel.com/project/1\">x</a>\n", nil, ""},
		{"main.tf", "// mpreslint:ignore US\ndefault = \"api.mixpanel.com\"\n", nil, ""},
		// Two lines above is too far; a reason is required; an unused
		// directive is reported and removed, alone on its line or not.
		{"values.yaml", "# mpreslint:ignore too far\n\nurl: https://api.mixpanel.com\n", []string{"1:1 directive", "3:14 host"}, "\nurl: https://api-eu.mixpanel.com\n"},
		{"values.yaml", "url: https://api.mixpanel.com # mpreslint:ignore\n", []string{"1:14 host", "1:31 directive"}, "url: https://api-eu.mixpanel.com # mpreslint:ignore\n"},
		{"values.yaml", "url: https://api-eu.mixpanel.com   # mpreslint:ignore not needed\n", []string{"1:36 directive"}, "url: https://api-eu.mixpanel.com\n"},
		{"app.js", "f(/* mpreslint:ignore stale */ \"https://api-eu.mixpanel.com\");\n", []string{"1:3 directive"}, "f( \"https://api-eu.mixpanel.com\");\n"},
		// Not a directive: another word, in a string.
		{"values.yaml", "# mpreslint:version 2\n# see mpreslint:ignore\nx: \"# mpreslint:ignore\"\n", nil, ""},
		// Misspelled: suppresses, and is reported with a fix of the word.
		{"values.yaml", "# mpreslint:ingore the US archive\nurl: https://api.mixpanel.com\n", []string{"1:1 directive"}, "# mpreslint:ignore the US archive\nurl: https://api.mixpanel.com\n"},
		{"app.js", "f(\"https://api.mixpanel.com\"); //mpreslint: ignroe US page\n", []string{"1:32 directive"}, "f(\"https://api.mixpanel.com\"); //mpreslint:ignore US page\n"},
		{"index.html", "<!-- mpreslint:ignored -->\n", []string{"1:1 directive"}, "<!-- mpreslint:ignored -->\n"},
	} {
		got := scanText(t, tc.name, tc.src, residency.EU)
		if !slices.Equal(describe(got), tc.want) {
			t.Errorf("%s %q: findings %q, want %q", tc.name, tc.src, describe(got), tc.want)
			continue
		}
		if tc.want != nil {
			if fixed := applyFixes(tc.src, got); fixed != tc.fixed {
				t.Errorf("%s: fixed %q, want %q", tc.name, fixed, tc.fixed)
			}
		}
	}
}

// TestFixKeepsBytes: a fix changes the host alone, in any line ending
// and encoding of the rest of the file.
func TestFixKeepsBytes(t *testing.T) {
	src := "\ufeff# café\r\nurl:\thttps://api.mixpanel.com/track?x=1#frag \t\r\n"
	got := scanText(t, "values.yaml", src, residency.EU)
	want := strings.Replace(src, "api.mixpanel.com", "api-eu.mixpanel.com", 1)
	if fixed := applyFixes(src, got); fixed != want {
		t.Errorf("fixed %q, want %q", fixed, want)
	}
}
