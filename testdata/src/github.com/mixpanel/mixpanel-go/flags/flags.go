// Package flags is a stub of github.com/mixpanel/mixpanel-go/flags.
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
