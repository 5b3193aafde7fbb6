// Package flags is a stub of github.com/mixpanel/mixpanel-go/v2/flags
// (v2.0.0, flags/types.go, localFlags.go, remoteFlags.go).
package flags

import (
	"context"
	"net/http"
	"time"
)

type FlagsConfig struct {
	APIHost        string
	RequestTimeout time.Duration
	HTTPClient     *http.Client
}

type LocalFlagsConfig struct {
	FlagsConfig
	EnablePolling   bool
	PollingInterval time.Duration
}

type RemoteFlagsConfig struct{ FlagsConfig }

func DefaultLocalFlagsConfig() LocalFlagsConfig {
	return LocalFlagsConfig{FlagsConfig: FlagsConfig{APIHost: "api.mixpanel.com"}}
}

func DefaultRemoteFlagsConfig() RemoteFlagsConfig {
	return RemoteFlagsConfig{FlagsConfig: FlagsConfig{APIHost: "api.mixpanel.com"}}
}

// Tracker records flag exposures.
type Tracker interface{}

type FlagContext map[string]any

type SelectedVariant struct {
	VariantKey   *string
	VariantValue any
}

type LocalFeatureFlagsProvider struct{ config LocalFlagsConfig }

func NewLocalFeatureFlagsProvider(token string, version string, config LocalFlagsConfig, tracker Tracker) *LocalFeatureFlagsProvider {
	return &LocalFeatureFlagsProvider{config: config}
}

func (p *LocalFeatureFlagsProvider) GetVariant(ctx context.Context, flagKey string, fallbackVariant SelectedVariant, flagContext FlagContext, reportExposure bool) (SelectedVariant, error) {
	return fallbackVariant, nil
}

type RemoteFeatureFlagsProvider struct{ config RemoteFlagsConfig }

func NewRemoteFeatureFlagsProvider(token string, version string, config RemoteFlagsConfig, tracker Tracker) *RemoteFeatureFlagsProvider {
	return &RemoteFeatureFlagsProvider{config: config}
}

func (p *RemoteFeatureFlagsProvider) GetVariant(ctx context.Context, flagKey string, fallbackVariant SelectedVariant, flagContext FlagContext, reportExposure bool) (SelectedVariant, error) {
	return fallbackVariant, nil
}
