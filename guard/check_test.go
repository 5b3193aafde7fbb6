package guard_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/mpreslint/mpreslint/guard"
	"github.com/mpreslint/mpreslint/residency"
)

// TestCheckTable: every family in every region, under a guard of every
// region, in the forms a host takes in configuration.
func TestCheckTable(t *testing.T) {
	for _, want := range residency.Regions {
		g := guard.New(want)
		for _, f := range residency.Families {
			for _, r := range residency.Regions {
				h := residency.Host(f, r)
				for _, s := range []string{
					"https://" + h + "/api/2.0/x?token=SECRET",
					"https://" + strings.ToUpper(h) + "./api",
					h + ":443/api/app",
					"//" + h + "/api",
					" https://user:pw@" + h + ":8443/security/login/1#frag\n",
				} {
					err := g.Check(s)
					if (err != nil) != (r != want) {
						t.Errorf("%s guard: Check(%q) = %v, want an error: %v", want, s, err, r != want)
						continue
					}
					if err == nil {
						continue
					}
					var e *guard.Error
					if !errors.As(err, &e) || !errors.Is(err, guard.ErrWrongRegion) {
						t.Fatalf("Check(%q) = %T %v, want *guard.Error wrapping ErrWrongRegion", s, err, err)
					}
					v := e.Violation
					if v.Got.Family != f || v.Got.Region != r || !v.Got.Exists || v.Want != want || v.Suggest != residency.Host(f, want) {
						t.Errorf("Check(%q): %+v", s, v)
					}
					if v.Host != strings.ToLower(v.Host) || !strings.Contains(v.Host, h) {
						t.Errorf("Check(%q): host %q, want %s in lower case", s, v.Host, h)
					}
					for _, secret := range []string{"SECRET", "token", "user", "pw", "frag"} {
						if strings.Contains(err.Error(), secret) || strings.Contains(v.URL, secret) {
							t.Errorf("Check(%q) = %q, URL %q: shows %q", s, err, v.URL, secret)
						}
					}
				}
			}
		}
	}
}

func TestCheck(t *testing.T) {
	g := guard.New(residency.EU)
	tests := []struct {
		in      string
		wrong   bool
		suggest string
	}{
		{"api.eu.mixpanel.com", true, "api-eu.mixpanel.com"},       // does not exist
		{"https://data-eu.mixpanel", true, "data-eu.mixpanel.com"}, // nor this
		{"decide-eu.mixpanel.com", true, "api-eu.mixpanel.com"},
		{"https://api-js.mixpanel.com", true, "api-eu.mixpanel.com"},
		{"HTTPS://API.MIXPANEL.COM.:443/TRACK", true, "api-eu.mixpanel.com"},
		{"https://mixpanel.com", true, "eu.mixpanel.com"},
		{"https://mixpanel.com/api/2.0/engage", true, "eu.mixpanel.com"},
		{"mixpanel.com/security/login/1", true, "eu.mixpanel.com"},
		{"https://api.mixpanel.com:/track", true, "api-eu.mixpanel.com"},
		{"api-eu.mixpanel.com", false, ""},
		{"https://eu.mixpanel.com/api/app", false, ""},
		{"mixpanel.com", false, ""}, // the marketing site
		{"https://mixpanel.com/pricing", false, ""},
		{"https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js", false, ""},
		{"docs.mixpanel.com", false, ""},
		{"https://api-backup.mixpanel.com", false, ""},
		{"https://status.mixpanel.com", false, ""},
		{"https://api.mixpanel.com.example.org", false, ""},
		{"https://api.mixpanel.com@example.org/track", false, ""},
		{"https://proxy.example.com/api.mixpanel.com/track", false, ""},
		{"http://[::1]:8080/track", false, ""},
		{"example.com", false, ""},
		{"", false, ""},
		{"   ", false, ""},
		{"%zz://api\x00.mixpanel.com", false, ""},
	}
	for _, tt := range tests {
		err := g.Check(tt.in)
		var e *guard.Error
		if errors.As(err, &e) != tt.wrong || err != nil && e == nil {
			t.Errorf("Check(%q) = %v, want an error: %v", tt.in, err, tt.wrong)
			continue
		}
		if tt.wrong && e.Violation.Suggest != tt.suggest {
			t.Errorf("Check(%q) suggests %q, want %q", tt.in, e.Violation.Suggest, tt.suggest)
		}
	}
}

func TestErrorMessages(t *testing.T) {
	tests := []struct {
		region residency.Region
		in     string
		want   string
	}{
		{residency.EU, "https://api.mixpanel.com/track?token=T", "mixpanel guard: https://api.mixpanel.com/track: host api.mixpanel.com (ingestion API) is in the US region; EU projects must use api-eu.mixpanel.com"},
		{residency.IN, "api.eu.mixpanel.com", "mixpanel guard: api.eu.mixpanel.com: host api.eu.mixpanel.com does not exist (meant for the EU ingestion API); India projects must use api-in.mixpanel.com"},
		{residency.Region("de"), "https://api-eu.mixpanel.com", `mixpanel guard: https://api-eu.mixpanel.com/: host api-eu.mixpanel.com (ingestion API, EU region) cannot serve unknown region "de"`},
	}
	for _, tt := range tests {
		err := guard.New(tt.region).Check(tt.in)
		if err == nil || err.Error() != tt.want {
			t.Errorf("Check(%q) = %v\nwant %s", tt.in, err, tt.want)
		}
	}
}

// TestCheckAgreesWithFind: for every host of the table, in a URL and
// alone, Check refuses exactly what mpreslint's analyzer reports.
func TestCheckAgreesWithFind(t *testing.T) {
	var hosts []string
	for _, f := range residency.Families {
		for _, r := range residency.Regions {
			hosts = append(hosts, residency.Host(f, r))
		}
	}
	hosts = append(hosts, "api.eu.mixpanel.com", "data-eu.mixpanel", "decide.mixpanel.com", "docs.mixpanel.com")
	for _, h := range hosts {
		for _, s := range []string{h, h + "/", h + "/api", "https://" + h, "https://" + h + "/signup", "//" + h + "/security/login/2"} {
			agree(t, guard.New(residency.EU), residency.EU, s)
		}
	}
}

// agree fails unless g.Check(s) and residency.Find(s) judge s alike.
func agree(t *testing.T, g *guard.Guard, r residency.Region, s string) {
	t.Helper()
	var found *residency.Match
	for _, m := range residency.Find(s) {
		if m.Wrong(r) {
			found = &m
			break
		}
	}
	err := g.Check(s)
	var e *guard.Error
	switch {
	case err != nil && !errors.As(err, &e):
		t.Fatalf("Check(%q) = %v, not a *guard.Error", s, err)
	case (found != nil) != (e != nil):
		t.Fatalf("Check(%q) = %v, but Find's wrong match is %v", s, err, found)
	case e != nil && (e.Violation.Got != found.Endpoint || !strings.HasPrefix(e.Violation.Host, strings.ToLower(found.Host))):
		t.Fatalf("Check(%q) = %+v, Find = %+v", s, e.Violation, *found)
	}
}

// FuzzCheck: Check never panics, and on a string that is one URL or host
// (no space, quote or printf verb: what Find reads otherwise as prose or
// code) it agrees with residency.Find.
func FuzzCheck(f *testing.F) {
	for _, fam := range residency.Families {
		for _, r := range residency.Regions {
			f.Add("https://" + residency.Host(fam, r) + "/track?token=x#y")
			f.Add(residency.Host(fam, r))
		}
	}
	for _, s := range []string{"https://u:p@api.eu.mixpanel.com:8443/engage", "//mixpanel.com", "mixpanel.com/api",
		"https://mixpanel.com/signup", "cdn.mxpnl.com", "https://api.mixpanel.com@example.org", "ftp://data.mixpanel.com."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		g := guard.New(residency.EU)
		err := g.Check(s) // must not panic
		if err != nil && !errors.Is(err, guard.ErrWrongRegion) {
			t.Fatalf("Check(%q) = %v, not ErrWrongRegion", s, err)
		}
		if !oneToken(s) {
			return
		}
		agree(t, g, residency.EU, s)
	})
}

// oneToken reports whether s is one URL-like token as residency.Find
// reads it whole: no delimiter and no printf verb. A host that ends in a
// colon ("api.mixpanel.com:") is left out too: Find, reading code, takes
// it for a key, while Check refuses the host.
func oneToken(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s, " \t\n\r\v\f\"'`<>(),;|\\%={}[]") {
		return false
	}
	rest := s
	if _, after, ok := strings.Cut(s, "//"); ok {
		rest = after
	}
	for i := strings.IndexByte(rest, ':'); i >= 0; i = strings.IndexByte(rest, ':') {
		if i+1 == len(rest) {
			return false
		}
		rest = rest[i+1:]
	}
	return true
}
