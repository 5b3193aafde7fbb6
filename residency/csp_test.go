package residency

import (
	"fmt"
	"slices"
	"testing"
)

func TestFindCSP(t *testing.T) {
	for _, tc := range []struct {
		s    string
		r    Region
		want []string // directive, source, added source of each gap
	}{
		{"default-src 'self'; connect-src 'self' https://api-js.mixpanel.com", EU,
			[]string{"connect-src https://api-js.mixpanel.com +https://api-eu.mixpanel.com"}},
		{"connect-src 'self' api.mixpanel.com https://api-js.mixpanel.com; img-src *", EU,
			[]string{"connect-src api.mixpanel.com +api-eu.mixpanel.com"}},
		{"default-src 'self' https://api.mixpanel.com", IN,
			[]string{"default-src https://api.mixpanel.com +https://api-in.mixpanel.com"}},
		{"Content-Security-Policy: CONNECT-SRC https://api-eu.mixpanel.com", IN,
			[]string{"connect-src https://api-eu.mixpanel.com +https://api-in.mixpanel.com"}},
		{"connect-src https://api.mixpanel.com/track https://data.mixpanel.com", EU,
			[]string{"connect-src https://api.mixpanel.com/track +https://api-eu.mixpanel.com/track", "connect-src https://data.mixpanel.com +https://data-eu.mixpanel.com"}},
		// Both regions, wildcards, schemes, other directives, neutral hosts.
		{"connect-src 'self' https://api.mixpanel.com https://api-eu.mixpanel.com", EU, nil},
		{"connect-src https://api-js.mixpanel.com https://api-eu.mixpanel.com", EU, nil},
		{"connect-src https://*.mixpanel.com", EU, nil},
		{"connect-src https: 'self' https://api.mixpanel.com", EU, nil},
		{"connect-src *", EU, nil},
		{"script-src https://api.mixpanel.com; connect-src 'self'", EU, nil},
		{"connect-src 'self'; default-src https://api.mixpanel.com", EU, nil},
		{"connect-src https://cdn.mxpnl.com https://api-eu.mixpanel.com", EU, nil},
		{"connect-srcs https://api.mixpanel.com", EU, nil},
		{"my-connect-src https://api.mixpanel.com", EU, nil},
		{"connect-src 'self' https://api-eu.mixpanel.com", EU, nil},
		{"", EU, nil},
		{"connect-src", EU, nil},
		{"connect-src 'unterminated https://api.mixpanel.com", EU, nil},
	} {
		var got []string
		for _, l := range FindCSP(tc.s, tc.r) {
			for _, g := range l.Gaps {
				got = append(got, fmt.Sprintf("%s %s +%s", g.Directive, tc.s[g.Start:g.End], g.Add))
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("FindCSP(%q, %s) = %q, want %q", tc.s, tc.r, got, tc.want)
		}
	}
}

func TestCSPSourceGaps(t *testing.T) {
	idx, gaps := CSPSourceGaps("connect-src", []string{"'self'", "https://api.mixpanel.com", "https://api-js.mixpanel.com"}, EU)
	if !slices.Equal(idx, []int{1}) || len(gaps) != 1 || gaps[0].Add != "https://api-eu.mixpanel.com" || gaps[0].Start != 0 {
		t.Errorf("CSPSourceGaps = %v, %+v", idx, gaps)
	}
	if idx, _ := CSPSourceGaps("connect-src", []string{"https://api.mixpanel.com", "https://api-eu.mixpanel.com"}, EU); idx != nil {
		t.Errorf("CSPSourceGaps with both = %v, want none", idx)
	}
	want := "Content-Security-Policy connect-src allows api.mixpanel.com (US region) but not api-eu.mixpanel.com; once requests go to the EU host, browsers block them"
	if got := gaps[0].Message(EU); got != want {
		t.Errorf("Message = %q, want %q", got, want)
	}
}

func FuzzFindCSP(f *testing.F) {
	f.Add("default-src 'self'; connect-src 'self' https://api-js.mixpanel.com")
	f.Add("connect-src 'x https://api.mixpanel.com.")
	f.Fuzz(func(t *testing.T, s string) {
		for _, l := range FindCSP(s, EU) {
			if l.Start > l.End || l.End > len(s) {
				t.Fatalf("list [%d,%d) outside %d bytes", l.Start, l.End, len(s))
			}
			for _, g := range l.Gaps {
				if g.Start < l.Start || g.End > l.End || g.Start >= g.End || g.Add == "" {
					t.Fatalf("gap %+v outside its list [%d,%d)", g, l.Start, l.End)
				}
			}
		}
	})
}

func TestCSPSourceLists(t *testing.T) {
	s := "default-src 'self' https://api.mixpanel.com; connect-src https://api-eu.mixpanel.com; report-uri /r; img-src *"
	var got []string
	for _, l := range CSPSourceLists(s) {
		got = append(got, s[l[0]:l[1]])
	}
	want := []string{" 'self' https://api.mixpanel.com", " https://api-eu.mixpanel.com", " *"}
	if !slices.Equal(got, want) {
		t.Errorf("CSPSourceLists = %q, want %q", got, want)
	}
}
