package residency

import "testing"

func TestLookup(t *testing.T) {
	tests := []struct {
		host, path string
		want       Endpoint
		ok         bool
	}{
		{"api.mixpanel.com", "/track", Endpoint{Ingestion, US, true, "ingestion API"}, true},
		{"API-EU.Mixpanel.COM", "/track", Endpoint{Ingestion, EU, true, "ingestion API"}, true},
		{"api-in.mixpanel.com.", "", Endpoint{Ingestion, IN, true, "ingestion API"}, true},
		{"api-eu.mixpanel.com:443", "/", Endpoint{Ingestion, EU, true, "ingestion API"}, true},
		{"api-eu.mixpanel.com.:8443", "/", Endpoint{Ingestion, EU, true, "ingestion API"}, true},
		{"api.mixpanel.com:", "/", Endpoint{Ingestion, US, true, "ingestion API"}, true},
		{"api-js.mixpanel.com", "/track/", Endpoint{Ingestion, US, true, "JavaScript SDK ingestion"}, true},
		{"api.eu.mixpanel.com", "/engage", Endpoint{Ingestion, EU, false, "ingestion API"}, true},
		{"data-eu.mixpanel", "", Endpoint{Export, EU, false, "export API"}, true},
		{"platform-in.mixpanel.com", "", Endpoint{Platform, IN, true, "platform API"}, true},
		{"mcp.mixpanel.com", "/mcp", Endpoint{MCP, US, true, "MCP server"}, true},

		// The app hosts: mixpanel.com is also the marketing site.
		{"mixpanel.com", "/api/2.0/engage", Endpoint{App, US, true, "query API"}, true},
		{"mixpanel.com", "/api/app/projects/1/schemas", Endpoint{App, US, true, "app API"}, true},
		{"mixpanel.com", "/security/login/1", Endpoint{App, US, true, SSO}, true},
		{"mixpanel.com", "/oauth/mcp/register/", Endpoint{App, US, true, "MCP OAuth registration"}, true},
		{"mixpanel.com", "/project/1/view/2", Endpoint{App, US, true, "web app"}, true},
		{"mixpanel.com", "/settings/project/1/metadata", Endpoint{App, US, true, "web app"}, true},
		{"mixpanel.com", "/settingsx", Endpoint{}, false},
		{"mixpanel.com", "/", Endpoint{App, US, true, "web app"}, true},
		{"Mixpanel.com.:443", "/api", Endpoint{App, US, true, "query API"}, true},
		{"mixpanel.com", "", Endpoint{}, false},
		{"mixpanel.com", "/signup", Endpoint{}, false},
		{"mixpanel.com", "/apiary", Endpoint{}, false},
		{"eu.mixpanel.com", "/signup", Endpoint{App, EU, true, "web app"}, true},
		{"in.mixpanel.com", "", Endpoint{App, IN, true, "web app"}, true},

		// Not in the table.
		{"cdn.mxpnl.com", "/libs/mixpanel-2-latest.min.js", Endpoint{}, false},
		{"docs.mixpanel.com", "/", Endpoint{}, false},
		{"status.mixpanel.com", "/", Endpoint{}, false},
		{"api.mixpanel.com.evil.io", "/", Endpoint{}, false},
		{"example.com", "/track", Endpoint{}, false},
		{"api.mixpanel.com:https", "/", Endpoint{}, false},
		{"api.mixpanel.com..", "/", Endpoint{}, false},
		{"[::1]:443", "/", Endpoint{}, false},
		{"", "", Endpoint{}, false},
	}
	for _, tt := range tests {
		got, ok := Lookup(tt.host, tt.path)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Lookup(%q, %q) = %+v, %v; want %+v, %v", tt.host, tt.path, got, ok, tt.want, tt.ok)
		}
	}
}

// TestLookupAgreesWithFind: Find classifies every host of the table as
// Lookup does, in a URL and alone.
func TestLookupAgreesWithFind(t *testing.T) {
	for h := range hosts {
		for _, c := range []struct{ s, path string }{
			{"https://" + h, "/"},
			{"https://" + h + "/", "/"},
			{"https://" + h + "/api/app", "/api/app"},
			{"https://" + h + "/signup", "/signup"},
			{h, ""},
			{h + "/", ""},
			{h + "/track", "/track"},
			{h + "/security/login/1", "/security/login/1"},
		} {
			var want []Endpoint
			for _, m := range Find(c.s) {
				want = append(want, m.Endpoint)
			}
			ep, ok := Lookup(h, c.path)
			if ok != (len(want) == 1) || ok && ep != want[0] {
				t.Errorf("Find(%q) = %v, Lookup(%q, %q) = %+v, %v", c.s, want, h, c.path, ep, ok)
			}
		}
	}
}

func TestLookupDoesNotAllocate(t *testing.T) {
	for _, host := range []string{"api-eu.mixpanel.com:443", "mixpanel.com", "EU.Mixpanel.COM", "example.com", "api.mixpanel.com."} {
		if n := testing.AllocsPerRun(100, func() { Lookup(host, "/api/2.0/engage") }); n != 0 {
			t.Errorf("Lookup(%q) allocates %v times", host, n)
		}
	}
}

func TestTableHostsFitLookupBuffer(t *testing.T) {
	for h := range hosts {
		if len(h) > 64 {
			t.Errorf("host %q is longer than tableHost's buffer", h)
		}
	}
}

func TestLookupBadHosts(t *testing.T) {
	for h, info := range badHosts {
		ep, ok := Lookup("my-"+h, "/")
		if ok {
			t.Errorf("Lookup(%q) = %+v", "my-"+h, ep)
		}
		ep, ok = Lookup(h+".:443", "/track")
		if !ok || ep.Exists || ep.Family != info.family || ep.Region != info.region {
			t.Errorf("Lookup(%q) = %+v, %v; want a %s host of %s that does not exist", h, ep, ok, info.family, info.region)
		}
	}
}
