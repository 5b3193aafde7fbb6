// Package openfeature is a stub of github.com/mixpanel/mixpanel-go/openfeature
// (openfeature/provider.go at 08a2cdd4) for mpreslint's tests: the exported
// API that matters, no behaviour, no OpenFeature SDK.
package openfeature

import (
	"context"

	mixpanel "github.com/mixpanel/mixpanel-go/v2"
	"github.com/mixpanel/mixpanel-go/v2/flags"
)

// FlagsProvider is the interface satisfied by both LocalFeatureFlagsProvider and RemoteFeatureFlagsProvider.
type FlagsProvider interface {
	GetVariant(ctx context.Context, flagKey string, fallbackVariant flags.SelectedVariant, flagContext flags.FlagContext, reportExposure bool) (flags.SelectedVariant, error)
}

type Provider struct {
	flagsProvider FlagsProvider
	Mixpanel      *mixpanel.ApiClient
}

func NewProvider(flagsProvider FlagsProvider) (*Provider, error) {
	return &Provider{flagsProvider: flagsProvider}, nil
}

// NewProviderWithLocalConfig calls
// mixpanel.NewApiClient(token, mixpanel.WithLocalFlags(config)).
func NewProviderWithLocalConfig(token string, config flags.LocalFlagsConfig) (*Provider, error) {
	return &Provider{Mixpanel: mixpanel.NewApiClient(token, mixpanel.WithLocalFlags(config))}, nil
}

// NewProviderWithRemoteConfig calls
// mixpanel.NewApiClient(token, mixpanel.WithRemoteFlags(config, nil)).
func NewProviderWithRemoteConfig(token string, config flags.RemoteFlagsConfig) (*Provider, error) {
	return &Provider{Mixpanel: mixpanel.NewApiClient(token, mixpanel.WithRemoteFlags(config, nil))}, nil
}
