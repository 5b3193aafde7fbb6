package missingsdk

// The SDKs are not on the build path: their types are missing, and calls
// are recognised from the import declarations.

import (
	"github.com/dukex/mixpanel"
	mp "github.com/mixpanel/mixpanel-go/v2"
)

func plain() {
	_ = mp.NewApiClient("token") // want `call to mp.NewApiClient without EuResidency\(\)`
}

func withOption() {
	_ = mp.NewApiClient("token", mp.HttpClient(nil)) // want `call to mp.NewApiClient without EuResidency\(\)`
}

func dukex() {
	_ = mixpanel.New("token", "")                     // want `call to mixpanel.New with an empty apiURL`
	_ = mixpanel.NewWithSecret("token", "secret", "") // want `call to mixpanel.NewWithSecret with an empty apiURL`
}

// Negatives.

func resident() {
	_ = mp.NewApiClient("token", mp.EuResidency())
	_ = mixpanel.New("token", "https://api-eu.mixpanel.com")
}

func proxy() {
	_ = mp.NewApiClient("token", mp.ProxyApiLocation("https://proxy.example.com"))
}
