// Package urlexpr holds URLs with expressions in them, in Go strings: a
// template or a snippet of JavaScript, a Helm action, a query with a
// group. The URL goes on through them, so its host is used, not mentioned.
package urlexpr

import "fmt"

// Positives.

const eventsJS = "fetch(`https://mixpanel.com/api/query/events?${queryParams.toString()}`)" // want `host mixpanel.com \(query API\) is in the US region; EU projects must use eu.mixpanel.com`

const engageJS = "const url = `https://api.mixpanel.com/engage?verbose=1${ip ? \"\" : \"&ip=0\"}`" // want `host api.mixpanel.com \(ingestion API\) is in the US region`

const funnels = `https://mixpanel.com/api/2.0/funnels/?funnel_id=6321819&length=1&on=(properties["$current_url"])` // want `host mixpanel.com \(query API\)`

const helm = "https://data.mixpanel.com/api/2.0/export?from_date={{ .Values.from }}" // want `host data.mixpanel.com \(export API\)`

func export(from string) string {
	return fmt.Sprintf("https://data.mixpanel.com/api/2.0/export?from_date=%s&where=(properties[%q])", from) // want `host data.mixpanel.com`
}

// Silent: prose, paths of other hosts, expression hosts, the region's own.

const prose = "events go to https://api.mixpanel.com/track?${q()} by default"

const aside = "the US host (api.mixpanel.com) is the default"

const proxied = "https://proxy.example.com/api.mixpanel.com/track?${q()}"

const exprHost = "https://${sub}.mixpanel.com/track"

const eu = "fetch(`https://eu.mixpanel.com/api/query/events?${queryParams.toString()}`)"
