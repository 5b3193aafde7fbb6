package jsinit

import "fmt"

// Positives: a JavaScript snippet in a Go string calls mixpanel.init
// without api_host, so the JavaScript SDK sends to the US.

const head = "<script>mixpanel.init(\"{{.Token}}\")</script>" // want `call to mixpanel.init without api_host sends events to the US region \(api-js.mixpanel.com\); EU projects must set api_host: "https://api-eu.mixpanel.com"`

const single = "mixpanel.init('TOKEN', {debug: true});" // want `call to mixpanel.init without api_host`

// want +1 `call to mixpanel.init without api_host`
var page = `<script>mixpanel.init("TOKEN", {
	track_pageview: true,
	persistence: "localStorage"
});</script>`

func render(token string) string {
	return fmt.Sprintf("mixpanel.init(%q);\n", token) // want `call to mixpanel.init without api_host`
}

// An escaped literal gets its fix at the same place.
const escaped = "\tmixpanel.init(\"T\", {\"debug\": true})\n" // want `call to mixpanel.init without api_host`

// A snippet that also names a wrong host: both are reported, each with its
// fix.
const both = `mixpanel.init("T"); fetch("https://api.mixpanel.com/track")` // want `call to mixpanel.init without api_host sends events to the US region \(api-js.mixpanel.com\); EU projects must set api_host: "https://api-eu.mixpanel.com"$` `host api.mixpanel.com \(ingestion API\)`

// Unless the host is the base ingestion URL, which the added api_host
// would excuse: then neither gets a fix.
const base = `mixpanel.init("T"); var u = "https://api.mixpanel.com"` // want `call to mixpanel.init without api_host .* \(no fix: the same string calls mixpanel.init without api_host and names the ingestion host; change them together\)` `host api.mixpanel.com \(ingestion API\) .*\(no fix: the same string`

// An escaped snippet with a host: both fixes edit their own bytes.
const escapedBoth = "mixpanel.init(\"T\");\nfetch(\"https://api\x2emixpanel.com/track\")" // want `call to mixpanel.init without api_host` `host api.mixpanel.com`

// Negatives.

const resident = `mixpanel.init("T", {api_host: "https://api-eu.mixpanel.com"})`

// A wrong api_host is one finding, of the host rule.
const jsHost = `mixpanel.init("T", {api_host: "https://api-js.mixpanel.com"})` // want `host api-js.mixpanel.com \(JavaScript SDK ingestion\) is in the US region`

const fromVariable = `mixpanel.init("T", config)`

const spread = `mixpanel.init("T", {...defaults, debug: true})`

const commented = `// mixpanel.init("T")`

const other = `mixpanel.track("init", {})`

// A choice between snippets: the US arm is excused by the EU one.
func snippet(eu bool) string {
	if eu {
		return `mixpanel.init("T", {api_host: "https://api-eu.mixpanel.com"})`
	}
	return `mixpanel.init("T")`
}

// Code that recognizes a snippet.
func isDefault(s string) bool { return s == `mixpanel.init("T")` }
