// Package optionwrapper: a function that passes its variadic options,
// unchanged, to the official client is checked at each of its calls.
package optionwrapper

import (
	"os"

	"github.com/mixpanel/mixpanel-go"
)

func newClient(token string, opts ...mixpanel.Options) *mixpanel.ApiClient {
	return mixpanel.NewApiClient(token, opts...)
}

// fromEnv has no parameter but its options.
func fromEnv(opts ...mixpanel.Options) *mixpanel.ApiClient {
	c := mixpanel.NewApiClient(os.Getenv("MIXPANEL_TOKEN"), opts...)
	return c
}

// alwaysEU adds the region itself: its callers need not.
func alwaysEU(token string, opts ...mixpanel.Options) *mixpanel.ApiClient {
	opts = append(opts, mixpanel.EuResidency())
	return mixpanel.NewApiClient(token, opts...)
}

type ownOption = mixpanel.Options

func Calls(token string, own ownOption, more []mixpanel.Options) []*mixpanel.ApiClient {
	return []*mixpanel.ApiClient{
		newClient(token), // want `call to newClient without EuResidency\(\) builds a client with mixpanel.NewApiClient, which sends data to the US region`
		newClient(token, mixpanel.HttpClient(nil)), // want `call to newClient without EuResidency\(\)`
		fromEnv(),                                // want `call to fromEnv without EuResidency\(\)`
		newClient(token, mixpanel.EuResidency()), // the region
		newClient(token, mixpanel.ProxyApiLocation("/p")), // a proxy
		newClient(token, own),                             // an option of the user's own may set the region
		newClient(token, more...),                         // so may a slice
		alwaysEU(token),                                   // the wrapper adds the region
	}
}

// Chosen picks the region at run time: no finding.
func Chosen(token string) *mixpanel.ApiClient {
	if os.Getenv("MIXPANEL_REGION") == "eu" {
		return newClient(token, mixpanel.EuResidency())
	}
	return newClient(token)
}
