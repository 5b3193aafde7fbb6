package deliberate

import "fmt"

// Negatives: code that picks the region on purpose.

// A region map.
var ingestion = map[string]string{
	"us": "https://api.mixpanel.com",
	"eu": "https://api-eu.mixpanel.com",
	"in": "https://api-in.mixpanel.com",
}

// A switch on residency.
func exportHost(region string) string {
	switch region {
	case "eu":
		return "data-eu.mixpanel.com"
	default:
		return "data.mixpanel.com"
	}
}

// A ternary helper.
func queryBase(eu bool) string {
	if eu {
		return "https://eu.mixpanel.com/api/query"
	}
	return "https://mixpanel.com/api/query"
}

// Constants declared together.
const (
	usTrack = "https://api.mixpanel.com/track"
	euTrack = "https://api-eu.mixpanel.com/track"
)

// Constants declared apart, used only where the region is chosen.
const usEngage = "https://api.mixpanel.com/engage"

const euEngage = "https://api-eu.mixpanel.com/engage"

func engageURL(eu bool) string {
	if eu {
		return euEngage
	}
	return usEngage
}

// Both forms in one string (a JSON region map).
const regions = `{"us": "https://api.mixpanel.com", "eu": "https://api-eu.mixpanel.com"}`

// Positives: a region choice for one service does not cover another.

func mixed(eu bool) string {
	if eu {
		return "https://api-eu.mixpanel.com/track"
	}
	return fmt.Sprint("https://data.mixpanel.com/api/2.0/export") // want `host data.mixpanel.com \(export API\)`
}

// A constant used both where the region is chosen and where it is not.
const usImport = "https://api.mixpanel.com/import" // want `host api.mixpanel.com \(ingestion API\)`

const euImport = "https://api-eu.mixpanel.com/import"

func importURL(eu bool) string {
	if eu {
		return euImport
	}
	return usImport
}

func alwaysUS() string { return usImport }

// An unused US constant has no choice to point to.
const usGroups = "https://api.mixpanel.com/groups" // want `host api.mixpanel.com \(ingestion API\)`
