package clientchoice

import (
	"net/http"

	"github.com/mixpanel/mixpanel-go/v2"
)

// Negatives: the other arm builds a client with the region, or routes it
// through a proxy of the user's.

func regionOrProxy(region string, c *http.Client, endpoint string) *mixpanel.ApiClient {
	if region == "" {
		return mixpanel.NewApiClient("token", mixpanel.HttpClient(c))
	}
	return mixpanel.NewApiClient("token", mixpanel.ProxyApiLocation(endpoint))
}

func defaultOverwritten(eu bool) *mixpanel.ApiClient {
	client := mixpanel.NewApiClient("token")
	if eu {
		client = mixpanel.NewApiClient("token", mixpanel.EuResidency())
	}
	return client
}

func bySwitch(region string) *mixpanel.ApiClient {
	switch region {
	case "eu":
		return mixpanel.NewApiClient("token", mixpanel.EuResidency())
	case "in":
		return mixpanel.NewApiClient("token", mixpanel.InResidency())
	default:
		return mixpanel.NewApiClient("token")
	}
}

// Positives.

// Two clients side by side are not a choice.
func sideBySide() []*mixpanel.ApiClient {
	return []*mixpanel.ApiClient{
		mixpanel.NewApiClient("a", mixpanel.EuResidency()),
		mixpanel.NewApiClient("b"), // want `call to mixpanel.NewApiClient without EuResidency\(\)`
	}
}

// A branch on a transport is no region choice: the client without the
// region sends to the US.
func transportOrProxy(c *http.Client, endpoint string) *mixpanel.ApiClient {
	if c != nil {
		return mixpanel.NewApiClient("token", mixpanel.HttpClient(c)) // want `call to mixpanel.NewApiClient without EuResidency\(\)`
	}
	return mixpanel.NewApiClient("token", mixpanel.ProxyApiLocation(endpoint))
}

// EuResidency only in a debug branch: no region choice.
func debugOnly(debug bool) *mixpanel.ApiClient {
	if debug {
		return mixpanel.NewApiClient("token", mixpanel.EuResidency())
	}
	return mixpanel.NewApiClient("token") // want `call to mixpanel.NewApiClient without EuResidency\(\)`
}

// Both arms without the region: fixing one alone would excuse the other,
// so neither gets a fix.
func bothBare(eu bool) *mixpanel.ApiClient {
	if eu {
		return mixpanel.NewApiClient("debug-token") // want `call to mixpanel.NewApiClient without EuResidency\(\) sends data to the US region \(api.mixpanel.com, data.mixpanel.com\); EU projects must add mixpanel.EuResidency\(\) \(no fix: another arm of the same region choice is wrong too; change them together\)`
	}
	return mixpanel.NewApiClient("token") // want `\(no fix: another arm`
}
