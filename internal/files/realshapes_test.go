package files

import "testing"

// Shapes met on real public repositories (rewritten, not copied): each
// case stands for a class of finding that was missed or wrongly reported.
var realShapes = []scanCase{
	// A rewrite to Mixpanel with a route parameter (Next.js, Vercel) is a
	// destination, not a glob: :path* and :slug+ are parameters.
	{"next.config.js", "module.exports = {\n  rewrites: async () => [\n    { source: \"/mp/:path*\", destination: \"https://api.mixpanel.com/:path*\" },\n  ],\n};\n",
		[]string{"3:51 host"},
		"module.exports = {\n  rewrites: async () => [\n    { source: \"/mp/:path*\", destination: \"https://api-eu.mixpanel.com/:path*\" },\n  ],\n};\n"},
	{"vercel.json", "{\"rewrites\": [{\"source\": \"/t/:rest+\", \"destination\": \"https://api-js.mixpanel.com/:rest+\"}]}\n",
		[]string{"1:63 host"},
		"{\"rewrites\": [{\"source\": \"/t/:rest+\", \"destination\": \"https://api-eu.mixpanel.com/:rest+\"}]}\n"},
	// Globs and regular expressions stay recognition.
	{"next.config.js", "const allowed = [\"https://api.mixpanel.com/*\", \"https://*.mixpanel.com/:path*\"];\nconst re = /^https:\\/\\/api\\.mixpanel\\.com\\/:path*/;\n", nil, ""},
	// A hint shown to a person (an input's placeholder, a tooltip, alt
	// text) names a URL to type or read, not one the page sends to.
	{"sync.html", "<input type=\"url\" id=\"report\"\n  placeholder=\"https://mixpanel.com/project/{{id}}/view/{{ws}}/app/boards\">\n<img alt='https://api.mixpanel.com' src=x.png title=\"https://mixpanel.com/project/1\">\n", nil, ""},
	{"Form.tsx", "export const F = () => <input placeholder={\"https://mixpanel.com/project/123\"} aria-label=\"https://api.mixpanel.com/track\" />;\nconst field = { placeholder: 'https://mixpanel.com/project/123', label: 'Report' };\n", nil, ""},
	// The same page's link, and a value of another attribute, are reported.
	{"sync.html", "<input placeholder=\"https://mixpanel.com/project/1\" value=\"https://mixpanel.com/project/1\">\n<a title=\"report\" href=\"https://mixpanel.com/project/1\">r</a>\n",
		[]string{"1:68 host", "2:33 host"},
		"<input placeholder=\"https://mixpanel.com/project/1\" value=\"https://eu.mixpanel.com/project/1\">\n<a title=\"report\" href=\"https://eu.mixpanel.com/project/1\">r</a>\n"},
	// A project's settings are pages of the regional web app, fetched by
	// tools with the project's credentials.
	{"validate.js", "const req = {\n  url: `https://mixpanel.com/settings/project/${id}/metadata`,\n  ...auth,\n};\n",
		[]string{"2:17 host"},
		"const req = {\n  url: `https://eu.mixpanel.com/settings/project/${id}/metadata`,\n  ...auth,\n};\n"},
	// $mp_api_endpoint records where an event was sent: data in exported
	// events and their fixtures, not a destination.
	{"replay.test.js", "const ev = { event: \"open\", properties: { distinct_id: id, $mp_api_endpoint: \"api.mixpanel.com\", time: 1 } };\n", nil, ""},
	{"events.json", "{\"event\": \"open\", \"properties\": {\"$mp_api_endpoint\": \"api.mixpanel.com\"}}\n", nil, ""},
	// A static site's proxy and headers (Netlify, Cloudflare Pages).
	{"_redirects", "# the SDK through our domain\n/mp/lib.min.js  https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js  200\n/mp/*  https://api-js.mixpanel.com/:splat  200\n",
		[]string{"3:16 host"},
		"# the SDK through our domain\n/mp/lib.min.js  https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js  200\n/mp/*  https://api-eu.mixpanel.com/:splat  200\n"},
	{"_headers", "/*\n  Content-Security-Policy: default-src 'self'; connect-src 'self' https://api-js.mixpanel.com\n",
		[]string{"2:67 csp"},
		"/*\n  Content-Security-Policy: default-src 'self'; connect-src 'self' https://api-js.mixpanel.com https://api-eu.mixpanel.com\n"},
	{"_headers", "/*\n  Content-Security-Policy: connect-src 'self' https://api-js.mixpanel.com https://api-eu.mixpanel.com\n# /mp/* https://api.mixpanel.com/:splat 200\n", nil, ""},
}

func TestScanRealShapes(t *testing.T) {
	checkCases(t, realShapes)
}
