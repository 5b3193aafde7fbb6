// Package config holds the service's Mixpanel endpoints.
package config

import "fmt"

// TrackURL is a US ingestion host (host).
const TrackURL = "https://api.mixpanel.com/track"

// EngageURL is a host that does not exist (unknown-host).
var EngageURL = "https://api.eu.mixpanel.com/engage"

// SSOPostback lacks its region prefix (sso).
var SSOPostback = "https://mixpanel.com/security/login/1"

// ExportURL builds a US export URL (host, in a format string).
func ExportURL(from string) string {
	return fmt.Sprintf("https://data.mixpanel.com/api/2.0/export?from_date=%s", from)
}

// Not findings: the EU hosts, neutral hosts, prose and the marketing site.
var (
	EUImport = "https://api-eu.mixpanel.com/import"
	CDN      = "https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js"
	Docs     = "https://docs.mixpanel.com/docs/privacy/eu-residency"
	Help     = "events go to https://api.mixpanel.com by default"
	Signup   = "https://mixpanel.com/signup"
)

// Suppressed with a reason: not reported.
//
//mpreslint:ignore the US replay redirect is region-neutral
var Replay = "https://mixpanel.com/project/replay"

// A directive without a reason is reported and suppresses nothing.
var Query = "https://mixpanel.com/api/query/insights" //mpreslint:ignore

//mpreslint:ignore nothing here to suppress
var Version = "v1"
