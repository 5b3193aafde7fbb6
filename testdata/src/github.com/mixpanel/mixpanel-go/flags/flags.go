// Package flags is a stub of github.com/mixpanel/mixpanel-go/flags as of
// v2.0.0-beta.1, the last tag without the /v2 module path.
package flags

import (
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

type LocalFeatureFlagsProvider struct{ config LocalFlagsConfig }

func NewLocalFeatureFlagsProvider(token string, config LocalFlagsConfig, tracker Tracker) *LocalFeatureFlagsProvider {
	return &LocalFeatureFlagsProvider{config: config}
}

type RemoteFeatureFlagsProvider struct{ config RemoteFlagsConfig }

func NewRemoteFeatureFlagsProvider(token string, config RemoteFlagsConfig, tracker Tracker) *RemoteFeatureFlagsProvider {
	return &RemoteFeatureFlagsProvider{config: config}
}
