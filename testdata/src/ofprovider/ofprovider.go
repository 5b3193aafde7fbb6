package ofprovider

import (
	"github.com/mixpanel/mixpanel-go/openfeature"
	of "github.com/mixpanel/mixpanel-go/openfeature"
	"github.com/mixpanel/mixpanel-go/v2"
	"github.com/mixpanel/mixpanel-go/v2/flags"
)

// Positives: the provider builds a client without EuResidency().

func local() (*openfeature.Provider, error) {
	cfg := flags.DefaultLocalFlagsConfig()
	cfg.APIHost = "api-eu.mixpanel.com"
	return openfeature.NewProviderWithLocalConfig("token", cfg) // want `call to openfeature.NewProviderWithLocalConfig builds a Mixpanel client without EuResidency\(\), so flag exposure events go to the US region \(api.mixpanel.com\); EU projects must build the client with mixpanel.NewApiClient\(token, mixpanel.EuResidency\(\), mixpanel.WithLocalFlags\(config\)\) and pass its LocalFlags to openfeature.NewProvider`
}

// The config is checked too: two findings.
func remote() (*of.Provider, error) {
	return of.NewProviderWithRemoteConfig("token", flags.DefaultRemoteFlagsConfig()) // want `call to of.NewProviderWithRemoteConfig builds a Mixpanel client without EuResidency\(\).*mixpanel.WithRemoteFlags\(config, nil\)\) and pass its RemoteFlags to of.NewProvider` `flags config from flags.DefaultRemoteFlagsConfig\(\): the feature flags of of.NewProviderWithRemoteConfig`
}

func remoteLiteral() (*of.Provider, error) {
	return of.NewProviderWithRemoteConfig("token", flags.RemoteFlagsConfig{}) // want `call to of.NewProviderWithRemoteConfig builds` `flags config without APIHost`
}

// Negatives.

func wrapped() (*openfeature.Provider, error) {
	cfg := flags.DefaultLocalFlagsConfig()
	cfg.APIHost = "api-eu.mixpanel.com"
	client := mixpanel.NewApiClient("token", mixpanel.EuResidency(), mixpanel.WithLocalFlags(cfg))
	return openfeature.NewProvider(client.LocalFlags)
}

func chosen(eu bool, cfg flags.LocalFlagsConfig) (*openfeature.Provider, error) {
	if eu {
		client := mixpanel.NewApiClient("token", mixpanel.EuResidency(), mixpanel.WithLocalFlags(cfg))
		return openfeature.NewProvider(client.LocalFlags)
	}
	return openfeature.NewProviderWithLocalConfig("token", cfg)
}
