package regionchoice

// Prose is judged per value: a sentence beside a value does not hide it.

type Settings struct {
	Endpoint string `desc:"Where events go; the US region by default" default:"https://api.mixpanel.com"` // want `host api.mixpanel.com \(ingestion API\)`
}

const manifest = `{"note": "events go to the US region by default", "url": "https://api.mixpanel.com/track#manifest"}` // want `host api.mixpanel.com \(ingestion API\)`

const values = "# events go to the US region by default\nurl: https://api.mixpanel.com/engage#values\n" // want `host api.mixpanel.com \(ingestion API\)`

// Prose stays prose.
const help = "events go to https://api.mixpanel.com by default"

const yamlNote = "note: events go to api.mixpanel.com by default\n"
