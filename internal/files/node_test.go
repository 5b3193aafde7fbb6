package files

import (
	"slices"
	"testing"

	"github.com/mpreslint/mpreslint/residency"
)

// Which JavaScript SDK (issue 15, item 5): the Node.js SDK (npm mixpanel)
// takes a bare host in its option host, and sends to api.mixpanel.com
// without one; the browser SDK takes a URL in api_host.
var nodeCases = []scanCase{
	{"server.js", "const Mixpanel = require('mixpanel');\nconst mixpanel = Mixpanel.init(process.env.MIXPANEL_TOKEN);\n",
		[]string{"2:18 sdk"}, "const Mixpanel = require('mixpanel');\nconst mixpanel = Mixpanel.init(process.env.MIXPANEL_TOKEN, {host: \"api-eu.mixpanel.com\"});\n"},
	{"analytics.ts", "import Mixpanel from 'mixpanel';\n\nexport const mp = Mixpanel.init(env.TOKEN, {\n  keepAlive: false,\n});\n",
		[]string{"3:19 sdk"}, "import Mixpanel from 'mixpanel';\n\nexport const mp = Mixpanel.init(env.TOKEN, {\n  host: \"api-eu.mixpanel.com\",\n  keepAlive: false,\n});\n"},
	{"track.js", "const mp = require(\"mixpanel\");\nmp.init(token, { host: \"https://api-eu.mixpanel.com\" });\n",
		[]string{"2:1 sdk"}, "const mp = require(\"mixpanel\");\nmp.init(token, { host: \"api-eu.mixpanel.com\" });\n"},
	// A host with a scheme of the US: two findings, each fix its own bytes.
	{"track.js", "const mp = require(\"mixpanel\");\nmp.init(token, { host: \"https://api.mixpanel.com\" });\n",
		[]string{"2:1 sdk", "2:33 host"}, "const mp = require(\"mixpanel\");\nmp.init(token, { host: \"api-eu.mixpanel.com\" });\n"},
	// The browser SDK, under any name.
	{"app.ts", "import mp from 'mixpanel-browser';\nmp.init('T');\n",
		[]string{"2:1 sdk"}, "import mp from 'mixpanel-browser';\nmp.init('T', {api_host: 'https://api-eu.mixpanel.com'});\n"},
}

var nodeNegative = []scanCase{
	// The Node.js SDK's documented EU setup.
	{"server.js", "const Mixpanel = require('mixpanel');\nconst mixpanel = Mixpanel.init(token, { host: 'api-eu.mixpanel.com' });\n", nil, ""},
	{"server.ts", "import Mixpanel from 'mixpanel';\nconst mp = Mixpanel.init(token, { host: process.env.MIXPANEL_HOST, protocol: 'https' });\n", nil, ""},
	{"server.js", "const Mixpanel = require('mixpanel');\nconst mp = Mixpanel.init(token, config);\n", nil, ""},
}

func TestScanNodeSDK(t *testing.T) {
	checkCases(t, slices.Concat(nodeCases, nodeNegative))
	// The Node.js message, and the fix that adds the India host.
	got := scanText(t, "server.js", "const Mixpanel = require('mixpanel');\nMixpanel.init(T);\n", residency.IN)
	const want = `call to Mixpanel.init of the Node.js SDK (npm mixpanel) without host sends events to the US region (api.mixpanel.com); India projects must set host: "api-in.mixpanel.com"`
	if len(got) != 1 || got[0].Message != want || got[0].Fixes[0].Message != "Add host: api-in.mixpanel.com" {
		t.Errorf("Node.js init under India: %+v", got)
	}
}
