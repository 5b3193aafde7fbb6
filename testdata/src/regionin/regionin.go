package regionin

// mpreslint-fixture: -region=in

import (
	mpv1 "github.com/mixpanel/mixpanel-go"
	"github.com/mixpanel/mixpanel-go/v2"
)

// Under -region=in, US and EU hosts are both mistakes.

const (
	usTrack = "https://api.mixpanel.com/track"    // want `host api.mixpanel.com \(ingestion API\) is in the US region; India projects must use api-in.mixpanel.com`
	euTrack = "https://api-eu.mixpanel.com/track" // want `host api-eu.mixpanel.com \(ingestion API\) is in the EU region; India projects must use api-in.mixpanel.com`
)

const euExport = "https://data-eu.mixpanel.com/api/2.0/export" // want `host data-eu.mixpanel.com \(export API\) is in the EU region; India projects must use data-in.mixpanel.com`

const typo = "https://api.eu.mixpanel.com" // want `host api.eu.mixpanel.com does not exist \(the EU ingestion API is at api-eu.mixpanel.com\); India projects must use api-in.mixpanel.com`

const sso = "https://eu.mixpanel.com/security/login/2" // want `the SSO postback URL eu.mixpanel.com/security/login/2 is for EU projects; India projects log in at in.mixpanel.com/security/login/2`

func v2Client() *mixpanel.ApiClient {
	return mixpanel.NewApiClient("token") // want `call to mixpanel.NewApiClient without InResidency\(\) sends data to the US region \(api.mixpanel.com, data.mixpanel.com\); India projects must add mixpanel.InResidency\(\)`
}

func v2EU() *mixpanel.ApiClient {
	return mixpanel.NewApiClient("token", mixpanel.EuResidency()) // want `call to mixpanel.NewApiClient with EuResidency\(\) sends data to the EU region; India projects must use mixpanel.InResidency\(\)`
}

// v1 has no InResidency: reported without a fix.
func v1Client() *mpv1.ApiClient {
	return mpv1.NewApiClient("token") // want `call to mpv1.NewApiClient sends data to the US region \(api.mixpanel.com, data.mixpanel.com\), and this version of github.com/mixpanel/mixpanel-go has no InResidency\(\): upgrade to github.com/mixpanel/mixpanel-go/v2 and add mpv1.InResidency\(\)`
}

func v1EU() *mpv1.ApiClient {
	return mpv1.NewApiClient("token", mpv1.EuResidency()) // want `call to mpv1.NewApiClient with EuResidency\(\) sends data to the EU region; India projects must use mpv1.InResidency\(\), which this version of github.com/mixpanel/mixpanel-go lacks: upgrade to github.com/mixpanel/mixpanel-go/v2`
}

// Negatives.

var resident = []string{
	"https://api-in.mixpanel.com/track",
	"https://data-in.mixpanel.com/api/2.0/export",
	"https://in.mixpanel.com/security/login/2",
}

func v2Resident() *mixpanel.ApiClient {
	return mixpanel.NewApiClient("token", mixpanel.InResidency())
}

var regions = map[string]string{
	"eu": "https://api-eu.mixpanel.com",
	"in": "https://api-in.mixpanel.com",
}

// A choice that lists every region: the India arm excuses the others.
func byRegion(r string) string {
	switch r {
	case "eu":
		return "https://api-eu.mixpanel.com/track"
	case "in":
		return "https://api-in.mixpanel.com/track"
	}
	return "https://api.mixpanel.com/track"
}

// A choice between the US and the EU has no India arm: both are reported,
// and neither gets a fix, as fixing one alone would excuse the other.
func usOrEU(eu bool) string {
	if eu {
		return "https://data-eu.mixpanel.com/api/2.0/export" // want `host data-eu.mixpanel.com \(export API\) is in the EU region; India projects must use data-in.mixpanel.com \(no fix: another arm of the same region choice is wrong too; change them together\)`
	}
	return "https://data.mixpanel.com/api/2.0/export" // want `host data.mixpanel.com \(export API\) is in the US region; India projects must use data-in.mixpanel.com \(no fix: another arm`
}

// Constants of three regions used in one function, not as a choice: each
// is reported with its fix.
const (
	usEngage = "https://api.mixpanel.com/engage"    // want `host api.mixpanel.com \(ingestion API\) is in the US region; India projects must use api-in.mixpanel.com$`
	euEngage = "https://api-eu.mixpanel.com/engage" // want `host api-eu.mixpanel.com \(ingestion API\) is in the EU region; India projects must use api-in.mixpanel.com$`
	inEngage = "https://api-in.mixpanel.com/engage"
)

func all() []string { return []string{usEngage, euEngage, inEngage} }
