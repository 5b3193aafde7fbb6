package regionchoice

import "net/http"

// Negatives: a default of the US host that a region choice overwrites.

// A struct default, then a field overwrite.
type Config struct {
	Host string
}

func configFor(region string) Config {
	c := Config{Host: "https://api.mixpanel.com/track#config"}
	if region == "eu" {
		c.Host = "https://api-eu.mixpanel.com/track#config"
	}
	return c
}

// A package variable overwritten in SetRegion and init.
var apiBase = "https://api.mixpanel.com#setregion"

func SetRegion(r string) {
	if r == "eu" {
		apiBase = "https://api-eu.mixpanel.com#setregion"
	}
}

var exportBase = "https://data.mixpanel.com#init"

func init() {
	if getenv("MIXPANEL_REGION") == "eu" {
		exportBase = "https://data-eu.mixpanel.com#init"
	}
}

func getenv(string) string { return "" }

// Functional options: WithRegion writes the field the constructor
// defaults to the US.
type client struct {
	endpoint string
	hc       *http.Client
}

type Option func(*client)

func WithRegion(r string) Option {
	return func(c *client) {
		if r == "eu" {
			c.endpoint = "https://api-eu.mixpanel.com/engage#opt"
		}
	}
}

func New(opts ...Option) *client {
	c := &client{endpoint: "https://api.mixpanel.com/engage#opt"}
	for _, o := range opts {
		o(c)
	}
	return c
}

// A template that picks the host by the region.
const snippet = `<script>mixpanel.init("T", {api_host: "{{if .EU}}https://api-eu.mixpanel.com{{else}}https://api.mixpanel.com{{end}}"})</script>`

// A map keyed by a bool, indexed by a region-named bool.
var byEU = map[bool]string{
	true:  "https://api-eu.mixpanel.com/groups#bool",
	false: "https://api.mixpanel.com/groups#bool",
}

func groupsHost(isEU bool) string { return byEU[isEU] }

// An unused member of a per-region set is a table entry; another package
// that sends to it learns so by a fact.
const (
	EndpointUS = "https://api.mixpanel.com/import#set" // want EndpointUS:"mpreslint host: host api.mixpanel.com \\(ingestion API\\)"
	EndpointEU = "https://api-eu.mixpanel.com/import#set"
	EndpointIN = "https://api-in.mixpanel.com/import#set" // want EndpointIN:"mpreslint host: host api-in.mixpanel.com"
)

// Positives: the overwrite is no region choice.

var decideBase = "https://api.mixpanel.com/decide#debug" // want `host api.mixpanel.com \(ingestion API\)`

func SetDebug(debug bool) {
	if debug {
		decideBase = "https://api-eu.mixpanel.com/decide#debug"
	}
}

func configForKind(batch bool) Config {
	c := Config{Host: "https://api.mixpanel.com/import#kind"} // want `host api.mixpanel.com \(ingestion API\)`
	if batch {
		c.Host = "https://api-eu.mixpanel.com/import#kind"
	}
	return c
}

// Per-region functions picked by a region switch.
func usEndpoint() string { return "https://api.mixpanel.com/track#fn" }

func euEndpoint() string { return "https://api-eu.mixpanel.com/track#fn" }

func endpointFor(region string) func() string {
	switch region {
	case "eu":
		return euEndpoint
	}
	return usEndpoint
}

// A function that is called without a choice.
func usDecide() string { return "https://api.mixpanel.com/decide#fn" } // want `host api.mixpanel.com \(ingestion API\)`

func euDecide() string { return "https://api-eu.mixpanel.com/decide#fn" }

func decideNow(b []byte) error {
	post(euDecide(), b)
	return post(usDecide(), b)
}
