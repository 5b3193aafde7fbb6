// Package sharedhosts declares hosts that it picks by region or only
// recognizes: silent here, reported where another package sends to them.
package sharedhosts

// Picked by region here.
const (
	USTrack = "https://api.mixpanel.com/track" // want USTrack:"mpreslint host: host api.mixpanel.com \\(ingestion API\\)"
	EUTrack = "https://api-eu.mixpanel.com/track"
)

func Track(region string) string {
	if region == "eu" {
		return EUTrack
	}
	return USTrack
}

// Only recognized here.
const USExportHost = "data.mixpanel.com" // want USExportHost:"mpreslint host: host data.mixpanel.com \\(export API\\)"

func IsUSExport(h string) bool { return h == USExportHost }

// A per-region set.
const (
	EndpointUS = "https://api.mixpanel.com/engage" // want EndpointUS:"mpreslint host: host api.mixpanel.com"
	EndpointEU = "https://api-eu.mixpanel.com/engage"
)

// Sent to here: reported at this use, fixed to the sibling; the set
// itself stays intact.
const DefaultEndpoint = EndpointUS // want `host api.mixpanel.com \(ingestion API\) is in the US region; EU projects must use api-eu.mixpanel.com \(sent through EndpointUS, a member of a per-region set beside EndpointEU\)`

// Unexported: no other package can send to it, so no fact.
const usDecide = "https://api.mixpanel.com/decide"

const euDecide = "https://api-eu.mixpanel.com/decide"

func Decide(eu bool) string {
	if eu {
		return euDecide
	}
	return usDecide
}
