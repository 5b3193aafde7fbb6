package unknownhost

// Host names that do not exist, whatever the region.
const (
	euServer  = "https://api.eu.mixpanel.com"                // want `host api.eu.mixpanel.com does not exist; the EU ingestion API is at api-eu.mixpanel.com`
	euData    = "https://data-eu.mixpanel"                   // want `host data-eu.mixpanel does not exist; the EU export API is at data-eu.mixpanel.com`
	inData    = "https://in.data.mixpanel.com/api/2.0/export" // want `host in.data.mixpanel.com does not exist \(the India export API is at data-in.mixpanel.com\); EU projects must use data-eu.mixpanel.com`
	jsEU      = "https://api-js-eu.mixpanel.com"             // want `host api-js-eu.mixpanel.com does not exist`
	decideEU  = "decide-eu.mixpanel.com"                     // want `host decide-eu.mixpanel.com does not exist`
	euDotAPI  = "eu.api.mixpanel.com"                        // want `host eu.api.mixpanel.com does not exist`
	euRegular = "https://api-eu.mixpanel.com"
)

// A host that does not exist is reported even next to the right one.
var servers = map[string]string{
	"eu":     "https://api.eu.mixpanel.com", // want `host api.eu.mixpanel.com does not exist`
	"eu-new": "https://api-eu.mixpanel.com",
}

// Negatives: real hosts and names that only look similar.
var (
	status   = "https://status.mixpanel.com"
	euApp    = "https://eu.mixpanel.com/project/1"
	metric   = "eu.mixpanel.events"
	resident = "https://data-eu.mixpanel.com/api/2.0/export"
)
