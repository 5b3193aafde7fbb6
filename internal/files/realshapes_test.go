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
}

func TestScanRealShapes(t *testing.T) {
	checkCases(t, realShapes)
}
