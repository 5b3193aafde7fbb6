package files

import (
	"slices"
	"testing"

	"github.com/mpreslint/mpreslint/residency"
)

// URLs with expressions in them (issue 15, item 4): the URL goes on
// through calls, nested templates, groups and concatenation, so a host in
// such a URL is used, not mentioned. The shapes are those of real
// repositories.
var exprCases = []scanCase{
	{"events.ts", "const res = await fetch(`https://mixpanel.com/api/query/events?${queryParams.toString()}`);\n",
		[]string{"1:34 host"}, "const res = await fetch(`https://eu.mixpanel.com/api/query/events?${queryParams.toString()}`);\n"},
	{"engage.js", "const url = `https://api.mixpanel.com/engage?verbose=1${ip ? \"\" : \"&ip=0\"}`;\n",
		[]string{"1:22 host"}, "const url = `https://api-eu.mixpanel.com/engage?verbose=1${ip ? \"\" : \"&ip=0\"}`;\n"},
	{"funnel.js", "const API_ENDPOINT = 'https://mixpanel.com/api/2.0/funnels/?funnel_id=6321819&from_date=2019-07-01&to_date=2019-07-31&length=1&interval=31&on=(properties[\"$current_url\"])';\n",
		[]string{"1:31 host"}, "const API_ENDPOINT = 'https://eu.mixpanel.com/api/2.0/funnels/?funnel_id=6321819&from_date=2019-07-01&to_date=2019-07-31&length=1&interval=31&on=(properties[\"$current_url\"])';\n"},
	{"client.js", "const u = `https://data.mixpanel.com/api/2.0/export?from_date=${from}&to_date=${fmt(to, 'YYYY-MM-DD')}`;\n",
		[]string{"1:20 host"}, "const u = `https://data-eu.mixpanel.com/api/2.0/export?from_date=${from}&to_date=${fmt(to, 'YYYY-MM-DD')}`;\n"},
	// A nested template: the lexer's value ends at its backquote.
	{"export.ts", "const data = `https://data.mixpanel.com/api/2.0/export?from_date=${from}&where=${encodeURIComponent(`properties[\"$os\"] == \"iOS\"`)}`;\n",
		[]string{"1:23 host"}, "const data = `https://data-eu.mixpanel.com/api/2.0/export?from_date=${from}&where=${encodeURIComponent(`properties[\"$os\"] == \"iOS\"`)}`;\n"},
	{"client.ts", "const u = `${proto}://api.mixpanel.com${path}`;\n",
		[]string{"1:23 host"}, "const u = `${proto}://api-eu.mixpanel.com${path}`;\n"},
	{"page.tmpl", "<a href=\"https://mixpanel.com/project/{{ .ProjectID }}/view/{{ .ViewID }}\">report</a>\n",
		[]string{"1:18 host"}, "<a href=\"https://eu.mixpanel.com/project/{{ .ProjectID }}/view/{{ .ViewID }}\">report</a>\n"},
}

// Silent: prose and mentions stay mentions, with or without expressions.
var exprNegative = []scanCase{
	{"log.js", "console.log(`sending events to https://api.mixpanel.com/track?${q} by default`);\n", nil, ""},
	{"notes.ts", "const help = `the US host (api.mixpanel.com) is the default; set ${name}`;\n", nil, ""},
	{"proxy.js", "const u = `https://proxy.example.com/api.mixpanel.com/track?${q()}`;\n", nil, ""},
	{"host.js", "const u = `https://${sub}.mixpanel.com/track`;\n", nil, ""},
	{"eu.js", "const u = `https://api-eu.mixpanel.com/engage?verbose=1${ip ? \"\" : \"&ip=0\"}`;\n", nil, ""},
}

func TestScanExpressions(t *testing.T) {
	checkCases(t, slices.Concat(exprCases, exprNegative))
}

// FuzzScanFixes applies each fix of a JavaScript or template file alone
// and rescans: its finding is gone, and no other finding appears or
// changes. Seeded with the URLs with expressions and the Node.js SDK
// cases.
func FuzzScanFixes(f *testing.F) {
	for _, tc := range slices.Concat(exprCases, exprNegative, nodeCases, nodeNegative) {
		f.Add(tc.src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		for _, name := range []string{"app.js", "page.tmpl"} {
			got := scanText(t, name, src, residency.EU)
			for i, fd := range got {
				if len(fd.Fixes) == 0 {
					continue
				}
				fixed := applyFixes(src, []Finding{fd})
				again := messages(scanText(t, name, fixed, residency.EU))
				if want := messages(slices.Delete(slices.Clone(got), i, i+1)); !slices.Equal(again, want) {
					t.Fatalf("%s %q: after the fix of %q alone (%q), findings %q, want %q", name, src, fd.Message, fixed, again, want)
				}
			}
		}
	})
}
