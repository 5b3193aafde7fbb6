package residency

import (
	"net/url"
	"strings"
	"testing"
)

func TestRewrite(t *testing.T) {
	tests := []struct {
		name string
		in   string
		to   Region
		want string
	}{
		{"ingestion URL", "https://api.mixpanel.com/track", EU, "https://api-eu.mixpanel.com/track"},
		{"ingestion to India", "https://api.mixpanel.com/track", IN, "https://api-in.mixpanel.com/track"},
		{"EU host under India", "https://api-eu.mixpanel.com/engage", IN, "https://api-in.mixpanel.com/engage"},
		{"bare host", "api.mixpanel.com", EU, "api-eu.mixpanel.com"},
		{"JS host", "https://api-js.mixpanel.com", EU, "https://api-eu.mixpanel.com"},
		{"decide", "https://decide.mixpanel.com/decide", EU, "https://api-eu.mixpanel.com/decide"},
		{"export", "https://data.mixpanel.com/api/2.0/export?from_date=2026-01-01", EU, "https://data-eu.mixpanel.com/api/2.0/export?from_date=2026-01-01"},
		{"pipelines India", "https://data.mixpanel.com/api/2.0/nessie/pipeline/jobs", IN, "https://data-in.mixpanel.com/api/2.0/nessie/pipeline/jobs"},
		{"query API", "https://mixpanel.com/api/query/insights", EU, "https://eu.mixpanel.com/api/query/insights"},
		{"app API", "https://mixpanel.com/api/app/projects/1/schemas", IN, "https://in.mixpanel.com/api/app/projects/1/schemas"},
		{"legacy query", "https://mixpanel.com/api/2.0/engage", EU, "https://eu.mixpanel.com/api/2.0/engage"},
		{"web app base", "https://mixpanel.com", EU, "https://eu.mixpanel.com"},
		{"web app report", "https://mixpanel.com/project/123/view/456", EU, "https://eu.mixpanel.com/project/123/view/456"},
		{"SSO", "https://mixpanel.com/security/login/1", EU, "https://eu.mixpanel.com/security/login/1"},
		{"SSO scheme-less", "mixpanel.com/security/login/7", IN, "in.mixpanel.com/security/login/7"},
		{"MCP OAuth", "https://mixpanel.com/oauth/mcp/register/", EU, "https://eu.mixpanel.com/oauth/mcp/register/"},
		{"platform", "https://platform-us.mixpanel.com", EU, "https://platform-eu.mixpanel.com"},
		{"MCP", "https://mcp.mixpanel.com/mcp", IN, "https://mcp-in.mixpanel.com/mcp"},
		{"dot form EU under India", "https://eu.mixpanel.com/api/app", IN, "https://in.mixpanel.com/api/app"},
		{"port and user info", "https://user:pw@api.mixpanel.com:8443/track?verbose=1#x", EU, "https://user:pw@api-eu.mixpanel.com:8443/track?verbose=1#x"},
		{"empty port", "https://api.mixpanel.com:/track", EU, "https://api-eu.mixpanel.com:/track"},
		{"a key that ends in a colon", "hosts:\n  api.mixpanel.com: allow\n", EU, "hosts:\n  api.mixpanel.com: allow\n"},
		{"printf verbs", "%s://api.mixpanel.com/%s?data=%q", EU, "%s://api-eu.mixpanel.com/%s?data=%q"},
		{"indexed verbs", "https://data.mixpanel.com/api/2.0/export?from_date=%[1]s&to_date=%[1]s", EU, "https://data-eu.mixpanel.com/api/2.0/export?from_date=%[1]s&to_date=%[1]s"},
		{"path template", "https://mixpanel.com/api/app/projects/{projectId}/schemas", EU, "https://eu.mixpanel.com/api/app/projects/{projectId}/schemas"},
		{"query template", "https://api.mixpanel.com/track?data={data}", EU, "https://api-eu.mixpanel.com/track?data={data}"},
		{"bracketed", "[https://api.mixpanel.com]", EU, "[https://api.mixpanel.com]"},
		{"printf after host", "https://api.mixpanel.com%s", EU, "https://api-eu.mixpanel.com%s"},
		{"upper case", "HTTPS://API.MIXPANEL.COM/TRACK", EU, "HTTPS://api-eu.mixpanel.com/TRACK"},
		{"trailing dot", "https://api.mixpanel.com./track", EU, "https://api-eu.mixpanel.com./track"},
		{"scheme-relative", "//api.mixpanel.com/track", EU, "//api-eu.mixpanel.com/track"},
		{"surrounding space", "  https://api.mixpanel.com\n", EU, "  https://api-eu.mixpanel.com\n"},
		{"JSON snippet", `{"api_host": "https://api.mixpanel.com"}`, EU, `{"api_host": "https://api-eu.mixpanel.com"}`},
		{"JS snippet", `mixpanel.init('T', {api_host: 'https://api-js.mixpanel.com'})`, EU, `mixpanel.init('T', {api_host: 'https://api-eu.mixpanel.com'})`},
		{"key=value", "host=api.mixpanel.com port=443", EU, "host=api-eu.mixpanel.com port=443"},
		{"two hosts", `{"a": "https://api.mixpanel.com", "b": "https://data.mixpanel.com"}`, EU, `{"a": "https://api-eu.mixpanel.com", "b": "https://data-eu.mixpanel.com"}`},
		{"unknown EU host", "https://api.eu.mixpanel.com/track", EU, "https://api-eu.mixpanel.com/track"},
		{"unknown host under India", "https://api.eu.mixpanel.com/track", IN, "https://api-in.mixpanel.com/track"},
		{"no .com", "https://data-eu.mixpanel/api/2.0/export", EU, "https://data-eu.mixpanel.com/api/2.0/export"},
		{"India data typo", "https://in.data.mixpanel.com", IN, "https://data-in.mixpanel.com"},
		{"decide-eu", "decide-eu.mixpanel.com", EU, "api-eu.mixpanel.com"},
		{"struct tag beside a sentence", `desc:"Events go to the US by default" default:"https://api.mixpanel.com"`, EU, `desc:"Events go to the US by default" default:"https://api-eu.mixpanel.com"`},
		{"JSON value beside a sentence", `{"note": "events go to the US by default", "url": "https://api.mixpanel.com"}`, EU, `{"note": "events go to the US by default", "url": "https://api-eu.mixpanel.com"}`},
		{"YAML line under a sentence", "# events go to the US by default\nurl: https://api.mixpanel.com\n", EU, "# events go to the US by default\nurl: https://api-eu.mixpanel.com\n"},
		{"YAML list item", "hosts:\n  - host: api.mixpanel.com\n", EU, "hosts:\n  - host: api-eu.mixpanel.com\n"},

		// URLs with expressions in them (issue 15): the URL goes on
		// through calls, nested templates and groups.
		{"template call", "https://mixpanel.com/api/query/events?${queryParams.toString()}", EU, "https://eu.mixpanel.com/api/query/events?${queryParams.toString()}"},
		{"template conditional", `https://api.mixpanel.com/engage?verbose=1${ip ? "" : "&ip=0"}`, EU, `https://api-eu.mixpanel.com/engage?verbose=1${ip ? "" : "&ip=0"}`},
		{"funnel on a property", `https://mixpanel.com/api/2.0/funnels/?funnel_id=6321819&length=1&on=(properties["$current_url"])`, EU, `https://eu.mixpanel.com/api/2.0/funnels/?funnel_id=6321819&length=1&on=(properties["$current_url"])`},
		{"funnel in a snippet", `const API = 'https://mixpanel.com/api/2.0/funnels/?on=(properties["$current_url"])';`, IN, `const API = 'https://in.mixpanel.com/api/2.0/funnels/?on=(properties["$current_url"])';`},
		{"Helm action", "https://api.mixpanel.com/{{ .Values.path }}", EU, "https://api-eu.mixpanel.com/{{ .Values.path }}"},
		{"template path after host", "https://api.mixpanel.com${path}", EU, "https://api-eu.mixpanel.com${path}"},
		{"template port", "https://api.mixpanel.com:${port}/track", EU, "https://api-eu.mixpanel.com:${port}/track"},
		{"template scheme", "${proto}://api.mixpanel.com/track", EU, "${proto}://api-eu.mixpanel.com/track"},
		{"action scheme", "{{ .Scheme }}://api.mixpanel.com/track", EU, "{{ .Scheme }}://api-eu.mixpanel.com/track"},
		{"Python format", "https://data.mixpanel.com/api/2.0/export?from_date=%(start)s&to_date=%(end)s", EU, "https://data-eu.mixpanel.com/api/2.0/export?from_date=%(start)s&to_date=%(end)s"},
		{"nested template", "https://api.mixpanel.com/track?data=${encode(`${a}-${b(c)}`)}", EU, "https://api-eu.mixpanel.com/track?data=${encode(`${a}-${b(c)}`)}"},
		{"cut in a nested template", "https://data.mixpanel.com/api/2.0/export?where=${encodeURIComponent(", EU, "https://data-eu.mixpanel.com/api/2.0/export?where=${encodeURIComponent("},
		{"concatenated", `https://api.mixpanel.com/engage?ip=' + ip + '&verbose=1`, EU, `https://api-eu.mixpanel.com/engage?ip=' + ip + '&verbose=1`},

		// Left alone.
		{"prose with a call", "events go to https://api.mixpanel.com/track?${q()} by default", EU, "events go to https://api.mixpanel.com/track?${q()} by default"},
		{"prose in parentheses", "the US host (api.mixpanel.com) is the default", EU, "the US host (api.mixpanel.com) is the default"},
		{"host then group", "api.mixpanel.com (US)", EU, "api.mixpanel.com (US)"},
		{"unbalanced group", "https://api.mixpanel.com/track?on=(x then words", EU, "https://api.mixpanel.com/track?on=(x then words"},
		{"group across lines", "https://api.mixpanel.com/track?on=(x\ny) is it", EU, "https://api.mixpanel.com/track?on=(x\ny) is it"},
		{"group in host", "https://api.mixpanel.com{x}.evil.io", EU, "https://api.mixpanel.com{x}.evil.io"},
		{"expression host", "https://${sub}.mixpanel.com/track", EU, "https://${sub}.mixpanel.com/track"},
		{"look-alike after group", "https://${x}api.mixpanel.com/track", EU, "https://${x}api.mixpanel.com/track"},
		{"increment", "api.mixpanel.com' ++ x", EU, "api.mixpanel.com' ++ x"},
		{"already EU", "https://api-eu.mixpanel.com/track", EU, "https://api-eu.mixpanel.com/track"},
		{"prose", "events go to https://api.mixpanel.com by default", EU, "events go to https://api.mixpanel.com by default"},
		{"prose with quotes", `send to "api.mixpanel.com" for US projects`, EU, `send to "api.mixpanel.com" for US projects`},
		{"host then words", "api.mixpanel.com is the US host", EU, "api.mixpanel.com is the US host"},
		{"prose line of YAML", "note: events go to api.mixpanel.com by default\n", EU, "note: events go to api.mixpanel.com by default\n"},
		{"colon in prose", "Default: api.mixpanel.com is the US host", EU, "Default: api.mixpanel.com is the US host"},
		{"marketing path", "https://mixpanel.com/signup", EU, "https://mixpanel.com/signup"},
		{"bare apex", "mixpanel.com", EU, "mixpanel.com"},
		{"replay redirect", "https://mixpanel.com/projects/replay-redirect", EU, "https://mixpanel.com/projects/replay-redirect"},
		{"look-alike suffix", "https://mixpanel.com.example.org/api", EU, "https://mixpanel.com.example.org/api"},
		{"look-alike prefix", "https://notmixpanel.com/api", EU, "https://notmixpanel.com/api"},
		{"subdomain look-alike", "https://api.mixpanel.com.evil.io", EU, "https://api.mixpanel.com.evil.io"},
		{"in a path", "https://proxy.example.com/api.mixpanel.com/track", EU, "https://proxy.example.com/api.mixpanel.com/track"},
		{"in a name", "my_api.mixpanel.com", EU, "my_api.mixpanel.com"},
		{"verb in host", "https://%s.mixpanel.com", EU, "https://%s.mixpanel.com"},
		{"neutral CDN", "https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js", EU, "https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js"},
		{"neutral docs", "https://docs.mixpanel.com/docs/privacy/eu-residency", EU, "https://docs.mixpanel.com/docs/privacy/eu-residency"},
		{"unknown subdomain", "https://status.mixpanel.com", EU, "https://status.mixpanel.com"},
		{"IPv6 host", "http://[::1]:8080/track", EU, "http://[::1]:8080/track"},
		{"IPv6 proxy path", "https://[2001:db8::1]/api.mixpanel.com/track", EU, "https://[2001:db8::1]/api.mixpanel.com/track"},
		{"user info look-alike", "https://api.mixpanel.com@evil.example/track", EU, "https://api.mixpanel.com@evil.example/track"},
		{"invalid UTF-8", "\xff\xfehttps://api.mixpanel.com/track", EU, "\xff\xfehttps://api.mixpanel.com/track"},
		{"invalid UTF-8 after", "https://api.mixpanel.com/\xff", EU, "https://api-eu.mixpanel.com/\xff"},
		{"empty", "", EU, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Rewrite(tt.in, tt.to); got != tt.want {
				t.Errorf("Rewrite(%q, %s) = %q, want %q", tt.in, tt.to, got, tt.want)
			}
		})
	}
}

func TestFind(t *testing.T) {
	tests := []struct {
		in     string
		host   string
		api    string
		region Region
		exists bool
	}{
		{"https://api.mixpanel.com/track", "api.mixpanel.com", "ingestion API", US, true},
		{"https://api-js.mixpanel.com", "api-js.mixpanel.com", "JavaScript SDK ingestion", US, true},
		{"https://data-in.mixpanel.com", "data-in.mixpanel.com", "export API", IN, true},
		{"https://mixpanel.com/api/query/funnels", "mixpanel.com", "query API", US, true},
		{"https://eu.mixpanel.com/api/app/projects/1/annotations", "eu.mixpanel.com", "app API", EU, true},
		{"https://mixpanel.com/security/login/1", "mixpanel.com", SSO, US, true},
		{"https://eu.mixpanel.com/project/1", "eu.mixpanel.com", "web app", EU, true},
		{"https://mixpanel.com/", "mixpanel.com", "web app", US, true},
		{"https://mcp-eu.mixpanel.com/mcp", "mcp-eu.mixpanel.com", "MCP server", EU, true},
		{"https://API.EU.MIXPANEL.COM", "API.EU.MIXPANEL.COM", "ingestion API", EU, false},
	}
	for _, tt := range tests {
		ms := Find(tt.in)
		if len(ms) != 1 {
			t.Errorf("Find(%q) = %v, want one match", tt.in, ms)
			continue
		}
		m := ms[0]
		if m.Host != tt.host || m.API != tt.api || m.Region != tt.region || m.Exists != tt.exists {
			t.Errorf("Find(%q) = %+v, want host %q api %q region %s exists %v", tt.in, m, tt.host, tt.api, tt.region, tt.exists)
		}
		if got := tt.in[m.Start:m.End]; got != m.Host {
			t.Errorf("Find(%q): offsets give %q, want %q", tt.in, got, m.Host)
		}
	}
}

func TestParseRegion(t *testing.T) {
	for _, s := range []string{"us", "EU", " in "} {
		if _, err := ParseRegion(s); err != nil {
			t.Errorf("ParseRegion(%q): %v", s, err)
		}
	}
	for _, s := range []string{"", "de", "eu-west"} {
		if _, err := ParseRegion(s); err == nil {
			t.Errorf("ParseRegion(%q) succeeded, want an error", s)
		}
	}
}

// The table's own consistency.

func TestTableEveryFamilyHasEveryRegion(t *testing.T) {
	seen := make(map[string]bool)
	for _, f := range Families {
		for _, r := range Regions {
			h := Host(f, r)
			if h == "" {
				t.Fatalf("no %s host for %s", f, r)
			}
			if h != strings.ToLower(h) || strings.ContainsAny(h, ":/ ") {
				t.Errorf("host %q must be a lower-case name without scheme, port or path", h)
			}
			if seen[h] {
				t.Errorf("host %q serves two families or regions", h)
			}
			seen[h] = true
			info := hosts[h]
			if info.family != f || info.region != r || !info.exists {
				t.Errorf("lookup of %q = %+v, want %s/%s", h, info, f, r)
			}
		}
	}
	if len(familyHosts) != len(Families) {
		t.Errorf("familyHosts has %d families, Families lists %d", len(familyHosts), len(Families))
	}
}

func TestTableBadHostsAreNotReal(t *testing.T) {
	for h, info := range badHosts {
		if info.exists {
			t.Errorf("bad host %q marked as existing", h)
		}
		if _, real := otherRealHosts[h]; real {
			t.Errorf("%q is both bad and real", h)
		}
		for _, f := range Families {
			for _, r := range Regions {
				if Host(f, r) == h {
					t.Errorf("bad host %q is in the endpoint table", h)
				}
			}
		}
		if h != strings.ToLower(h) {
			t.Errorf("bad host %q must be lower case", h)
		}
		// Every rewrite of a bad host lands on a real one.
		for _, r := range []Region{EU, IN} {
			got := Rewrite("https://"+h, r)
			want := "https://" + Host(info.family, r)
			if got != want {
				t.Errorf("Rewrite(https://%s, %s) = %q, want %q", h, r, got, want)
			}
		}
	}
}

func TestTableNeutralHostsAreNeverFound(t *testing.T) {
	for _, h := range NeutralHosts {
		if _, ok := hosts[h]; ok {
			t.Errorf("neutral host %q is in the table", h)
		}
		for _, s := range []string{h, "https://" + h + "/x"} {
			if ms := Find(s); len(ms) != 0 {
				t.Errorf("Find(%q) = %v, want nothing", s, ms)
			}
		}
	}
}

func TestTableTargetsAreResident(t *testing.T) {
	// No chains: a rewritten host is never rewritten again.
	for h := range hosts {
		for _, r := range []Region{EU, IN} {
			once := Rewrite("https://"+h+"/x", r)
			if twice := Rewrite(once, r); twice != once {
				t.Errorf("Rewrite is not idempotent on %q: %q then %q", h, once, twice)
			}
			for _, m := range Find(once) {
				if m.Wrong(r) {
					t.Errorf("Rewrite(%q, %s) = %q, still wrong", h, r, once)
				}
			}
		}
	}
}

func FuzzRewrite(f *testing.F) {
	for h := range hosts {
		f.Add("https://" + h + "/track?verbose=1#frag")
		f.Add(h)
	}
	f.Add("https://user:pw@api.mixpanel.com:8443/%s?x=%d")
	f.Add(`{"api_host": "https://api-js.mixpanel.com"}`)
	f.Add("https://mixpanel.com/security/login/1")
	f.Add("events go to api.mixpanel.com by default")
	f.Add("https://mixpanel.com/api/query/events?${queryParams.toString()}")
	f.Add(`https://api.mixpanel.com/engage?verbose=1${ip ? "" : "&ip=0"}`)
	f.Add(`https://mixpanel.com/api/2.0/funnels/?on=(properties["$current_url"])`)
	f.Add("{{ .Scheme }}://api.mixpanel.com/{{ .Values.path }}")
	f.Fuzz(func(t *testing.T, s string) {
		for _, r := range []Region{EU, IN} {
			out := Rewrite(s, r)
			if again := Rewrite(out, r); again != out {
				t.Fatalf("not idempotent: %q → %q → %q", s, out, again)
			}
			for _, m := range Find(out) {
				if m.Wrong(r) {
					t.Fatalf("Rewrite(%q, %s) = %q keeps %s", s, r, out, m.Host)
				}
			}
			if out == s {
				continue
			}
			checkOnlyHostsChanged(t, s, out, r)
			// In a string that is one URL, the parts other than the host
			// are kept.
			if strings.ContainsAny(s, " \t\n\r\v\f\"'`<>(){}[],;|\\=") {
				continue
			}
			in, err1 := url.Parse(s)
			got, err2 := url.Parse(out)
			if err1 != nil || err2 != nil || in.Host == "" {
				continue
			}
			if in.Scheme != got.Scheme || in.User.String() != got.User.String() || in.Port() != got.Port() ||
				in.Path != got.Path || in.RawQuery != got.RawQuery || in.Fragment != got.Fragment {
				t.Fatalf("Rewrite(%q, %s) = %q changed more than the host", s, r, out)
			}
		}
	})
}

// checkOnlyHostsChanged is FuzzRewrite's oracle, independent of Find and
// Replace: out differs from s only in whole runs of host characters, and
// each changed run is a wrong host of the table that became the real host
// of the same family in region r.
func checkOnlyHostsChanged(t *testing.T, s, out string, r Region) {
	t.Helper()
	in, got := hostRuns(s), hostRuns(out)
	if len(in) != len(got) {
		t.Fatalf("Rewrite(%q, %s) = %q: %d host runs, had %d", s, r, out, len(got), len(in))
	}
	for i := range in {
		if in[i].gap != got[i].gap {
			t.Fatalf("Rewrite(%q, %s) = %q changed %q into %q", s, r, out, in[i].gap, got[i].gap)
		}
		if in[i].run == got[i].run {
			continue
		}
		from, to := strings.TrimSuffix(in[i].run, "."), strings.TrimSuffix(got[i].run, ".")
		old, ok := hosts[strings.ToLower(from)]
		if !ok || familyHosts[old.family][r] != to {
			t.Fatalf("Rewrite(%q, %s) = %q: %q became %q", s, r, out, from, to)
		}
		if old.exists && old.region == r {
			t.Fatalf("Rewrite(%q, %s) = %q rewrote %q, a host of the region", s, r, out, from)
		}
	}
}

// hostRun is a maximal run of host characters and the text before it.
type hostRun struct{ gap, run string }

func hostRuns(s string) []hostRun {
	var runs []hostRun
	last := 0
	for i := 0; i < len(s); {
		if !isHostByte(s[i]) {
			i++
			continue
		}
		start := i
		for i < len(s) && isHostByte(s[i]) {
			i++
		}
		runs = append(runs, hostRun{gap: s[last:start], run: s[start:i]})
		last = i
	}
	return append(runs, hostRun{gap: s[last:]})
}

// FuzzFindExpressions checks that a URL goes on through the expressions
// written in it: whatever the expression (made balanced, on one line), the
// host of a URL that holds one is found, and rewriting changes the host
// alone.
func FuzzFindExpressions(f *testing.F) {
	f.Add("queryParams.toString()")
	f.Add(`ip ? "" : "&ip=0"`)
	f.Add(`properties["$current_url"]`)
	f.Add(" .Values.path ")
	f.Add("a b\tc, 'd' `e`")
	f.Fuzz(func(t *testing.T, expr string) {
		// Keep the expression balanced (no brackets, quotes, backslashes
		// or line breaks of its own) and shorter than maxGroup.
		expr = strings.Map(func(r rune) rune {
			if strings.ContainsRune("()[]{}\"'`\\\n\r", r) {
				return -1
			}
			return r
		}, expr)
		if len(expr) > maxGroup/2 {
			expr = expr[:maxGroup/2]
		}
		for _, form := range []string{
			"https://api.mixpanel.com/track?data=${%s}",
			"https://api.mixpanel.com/track?data=${f(%s)}&ip=0",
			"https://api.mixpanel.com/engage?verbose=1${x ? \"%s\" : \"&ip=0\"}",
			"https://api.mixpanel.com/track?on=(properties[\"%s\"])",
			"https://api.mixpanel.com/{{%s}}",
			"https://api.mixpanel.com${%s}",
			"'https://api.mixpanel.com/track?on=(p[\"%s\"])'",
		} {
			s := strings.Replace(form, "%s", expr, 1)
			ms := Find(s)
			start := strings.Index(s, "api.mixpanel.com")
			if len(ms) == 0 || ms[0].Start != start || ms[0].Host != "api.mixpanel.com" {
				t.Fatalf("Find(%q) = %+v, want api.mixpanel.com at %d", s, ms, start)
			}
			want := s[:start] + "api-eu.mixpanel.com" + s[start+len("api.mixpanel.com"):]
			if got := Rewrite(s, EU); got != want && !strings.Contains(expr, "mixpanel") {
				t.Fatalf("Rewrite(%q, EU) = %q, want %q", s, got, want)
			}
		}
	})
}

func TestIsProse(t *testing.T) {
	for s, want := range map[string]bool{
		"events go to https://api.mixpanel.com":         true,
		`"Events" (go) to: the host`:                    true,
		"url: https://api.mixpanel.com/track":           false,
		"curl -s https://api.mixpanel.com/import -d @x": false,
		"":                 false,
		"a1 b2 c3 d4":      false,
		"x ${a ? b : c} y": false,
	} {
		if got := IsProse(s); got != want {
			t.Errorf("IsProse(%q) = %v, want %v", s, got, want)
		}
	}
}
