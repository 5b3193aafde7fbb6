package hosts

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// Positives: wrong-region hosts wherever a string literal can hold one.

const trackURL = "https://api.mixpanel.com/track" // want `host api.mixpanel.com \(ingestion API\) is in the US region; EU projects must use api-eu.mixpanel.com`

var engageURL = `https://api.mixpanel.com/engage` // want `host api.mixpanel.com \(ingestion API\) is in the US region`

type config struct {
	Endpoint string
}

var defaultConfig = config{Endpoint: "https://data.mixpanel.com/api/2.0/export"} // want `host data.mixpanel.com \(export API\) is in the US region; EU projects must use data-eu.mixpanel.com`

var apis = map[string]string{
	"query": "https://mixpanel.com/api/query", // want `host mixpanel.com \(query API\) is in the US region; EU projects must use eu.mixpanel.com`
	"app":   "https://mixpanel.com/api/app",   // want `host mixpanel.com \(app API\)`
}

func export(from string) (*http.Response, error) {
	return http.Get(fmt.Sprintf("https://data.mixpanel.com/api/2.0/export?from_date=%s", from)) // want `host data.mixpanel.com \(export API\)`
}

func engage(path string) string {
	return "https://api.mixpanel.com" + path // want `host api.mixpanel.com`
}

func hostOnly() *url.URL {
	return &url.URL{Scheme: "https", Host: "api.mixpanel.com", Path: "/track"} // want `host api.mixpanel.com`
}

func oddForms() []string {
	return []string{
		"HTTPS://API.MIXPANEL.COM/TRACK",           // want `host API.MIXPANEL.COM \(ingestion API\)`
		"https://api.mixpanel.com./track",          // want `host api.mixpanel.com \(ingestion API\)`
		"https://user:pw@api.mixpanel.com:443/x",   // want `host api.mixpanel.com`
		"https://api\x2emixpanel\x2ecom/track",     // want `host api.mixpanel.com`
		"https://api\u002emixpanel.com/track",      // want `host api.mixpanel.com`
		"https://api\056mixpanel.com/track",        // want `host api.mixpanel.com`
		"https://api-js.mixpanel.com",              // want `host api-js.mixpanel.com \(JavaScript SDK ingestion\)`
		"https://platform-us.mixpanel.com",         // want `host platform-us.mixpanel.com \(platform API\)`
		"https://mcp.mixpanel.com/mcp",             // want `host mcp.mixpanel.com \(MCP server\)`
		"https://mixpanel.com/project/1/view/2",    // want `host mixpanel.com \(web app\)`
		"https://mixpanel.com/oauth/mcp/register/", // want `host mixpanel.com \(MCP OAuth registration\)`
		"https://in.mixpanel.com/api/app",          // want `host in.mixpanel.com \(app API\) is in the India region; EU projects must use eu.mixpanel.com`
	}
}

func templates() []string {
	return []string{
		"https://data.mixpanel.com/api/2.0/export?from_date=%[1]s&to_date=%[1]s", // want `host data.mixpanel.com \(export API\)`
		"https://mixpanel.com/api/app/projects/{projectId}/schemas",              // want `host mixpanel.com \(app API\)`
	}
}

const snippet = `<script>mixpanel.init("TOKEN", {api_host: "https://api-js.mixpanel.com"})</script>` // want `host api-js.mixpanel.com`

const twoHosts = `{"events": "https://api.mixpanel.com", "export": "https://data.mixpanel.com"}` // want `host api.mixpanel.com \(ingestion API\) is in the US region; EU projects must use api-eu.mixpanel.com \(and 1 more in this string\)`

// Negatives.

// Comments never count: https://api.mixpanel.com/track.
var (
	resident   = "https://api-eu.mixpanel.com/track"
	residentDC = "https://data-eu.mixpanel.com/api/2.0/export"
	residentQ  = "https://eu.mixpanel.com/api/query/insights"
	help       = "events go to https://api.mixpanel.com unless -eu is set"
	usage      = "api.mixpanel.com is the US ingestion host"
	signup     = "https://mixpanel.com/signup"
	pricing    = "https://mixpanel.com/pricing?plan=growth"
	apex       = "mixpanel.com"
	lookalike  = "https://mixpanel.com.example.org/api/query"
	notOurs    = "https://notmixpanel.com/api/query"
	inPath     = "https://proxy.example.com/api.mixpanel.com/track"
	cdn        = "https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js"
	docs       = "https://docs.mixpanel.com/docs/privacy/eu-residency"
	backup     = "https://api-backup.mixpanel.com"
	dynamic    = "https://%s.mixpanel.com/track"
	prefixOnly = "https://api" + ".mixpanel"
)

// Code that recognizes host names rather than sending to them.
func recognize(host string) bool {
	switch host {
	case "api.mixpanel.com", "api-js.mixpanel.com":
		return true
	}
	if host == "data.mixpanel.com" || ("mixpanel.com") != host {
		return true
	}
	return strings.HasPrefix(host, "https://api.mixpanel.com/") || strings.Contains(host, "api.eu.mixpanel.com")
}

var renamed = map[string]string{
	"api.eu.mixpanel.com": "api-eu.mixpanel.com",
	"api-eu.mixpanel.com": "api-eu.mixpanel.com",
}
