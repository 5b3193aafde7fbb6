package sdkv2

import (
	"github.com/mixpanel/mixpanel-go/v2"
	"github.com/mixpanel/mixpanel-go/v2/flags"
)

// Positives.

func plain() *mixpanel.ApiClient {
	return mixpanel.NewApiClient("token") // want `call to mixpanel.NewApiClient without EuResidency\(\)`
}

func withFlags() *mixpanel.ApiClient {
	cfg := flags.LocalFlagsConfig{FlagsConfig: flags.FlagsConfig{APIHost: "api.mixpanel.com"}} // want `host api.mixpanel.com \(ingestion API\)`
	return mixpanel.NewApiClient("token", mixpanel.WithLocalFlags(cfg)) // want `call to mixpanel.NewApiClient without EuResidency\(\)`
}

func india() *mixpanel.ApiClient {
	return mixpanel.NewApiClient("token", mixpanel.InResidency()) // want `call to mixpanel.NewApiClient with InResidency\(\) sends data to the India region; EU projects must use mixpanel.EuResidency\(\)`
}

// Negatives.

func resident() *mixpanel.ApiClient {
	cfg := flags.LocalFlagsConfig{FlagsConfig: flags.FlagsConfig{APIHost: "api-eu.mixpanel.com"}}
	return mixpanel.NewApiClient("token", mixpanel.EuResidency(), mixpanel.WithLocalFlags(cfg))
}

func residencyNamedOption(opts ...mixpanel.Options) *mixpanel.ApiClient {
	return mixpanel.NewApiClient("token", opts...)
}
