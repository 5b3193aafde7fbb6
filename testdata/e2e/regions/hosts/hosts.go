// Package hosts is a project's table of Mixpanel hosts: its members are
// picked by region, recognized, or sent to by other packages.
package hosts

// One member per region: a table. Its members get no fix here, where
// importers may list them as cases or keys; a use that sends to one is
// fixed to its sibling.
const (
	EndpointUS = "https://api.mixpanel.com"
	EndpointEU = "https://api-eu.mixpanel.com"
	EndpointIN = "https://api-in.mixpanel.com"
)

// The default sent to: reported here, at the use, fixed to EndpointEU.
const DefaultEndpoint = EndpointUS

// Picked by region here; sender sends to USTrack.
const (
	USTrack = "https://api.mixpanel.com/track"
	EUTrack = "https://api-eu.mixpanel.com/track"
)

func Track(region string) string {
	if region == "eu" {
		return EUTrack
	}
	return USTrack
}

// Case expressions: recognition.
const (
	usEngage = "https://api.mixpanel.com/engage"
	euEngage = "https://api-eu.mixpanel.com/engage"
)

func EngageRegion(u string) string {
	switch u {
	case usEngage + "?verbose=1":
		return "us"
	case euEngage + "?verbose=1":
		return "eu"
	}
	return ""
}

// Recognized here, and sent to here: the fix must not repeat a case.
const (
	usGroups = "https://api.mixpanel.com/groups"
	euGroups = "https://api-eu.mixpanel.com/groups"
)

func GroupsRegion(u string) string {
	switch u {
	case usGroups + "#v2":
		return "us"
	case euGroups + "#v2":
		return "eu"
	}
	return ""
}

func Groups() string { return usGroups }
