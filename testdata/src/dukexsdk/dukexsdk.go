package dukexsdk

import (
	"net/http"

	"github.com/dukex/mixpanel"
)

// Positives.

func plain() mixpanel.Mixpanel {
	return mixpanel.New("token", "") // want `call to mixpanel.New with an empty apiURL sends events to the US region \(api.mixpanel.com\); EU projects must pass https://api-eu.mixpanel.com`
}

func withSecret() mixpanel.Mixpanel {
	return mixpanel.NewWithSecret("token", "secret", ``) // want `call to mixpanel.NewWithSecret with an empty apiURL`
}

const noURL = ""

func fromClient(c *http.Client) mixpanel.Mixpanel {
	return mixpanel.NewFromClient(c, "token", noURL) // want `call to mixpanel.NewFromClient with an empty apiURL`
}

func fromClientWithSecret(c *http.Client) mixpanel.Mixpanel {
	return mixpanel.NewFromClientWithSecret(c, "token", "secret", "") // want `call to mixpanel.NewFromClientWithSecret with an empty apiURL`
}

// The host is reported where it is written, once.
const usAPI = "https://api.mixpanel.com" // want `host api.mixpanel.com \(ingestion API\)`

func explicitUS() mixpanel.Mixpanel {
	return mixpanel.New("token", usAPI)
}

// Two clients side by side.
func two() (mixpanel.Mixpanel, mixpanel.Mixpanel) {
	eu := mixpanel.New("token", "https://api-eu.mixpanel.com")
	legacy := mixpanel.New("legacy", "") // want `call to mixpanel.New with an empty apiURL`
	return eu, legacy
}

// Negatives.

func resident() mixpanel.Mixpanel {
	return mixpanel.New("token", "https://api-eu.mixpanel.com")
}

func configured(url string) mixpanel.Mixpanel {
	return mixpanel.New("token", url)
}

func chosen(eu bool) mixpanel.Mixpanel {
	url := ""
	if eu {
		url = "https://api-eu.mixpanel.com"
	}
	return mixpanel.New("token", url)
}

func chosenInline(eu bool) mixpanel.Mixpanel {
	if eu {
		return mixpanel.New("token", "https://api-eu.mixpanel.com")
	}
	return mixpanel.New("token", "")
}

func proxy() mixpanel.Mixpanel {
	return mixpanel.New("token", "https://mixpanel-proxy.internal.example.com")
}
