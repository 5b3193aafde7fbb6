package flagsv1

// The flags package of mixpanel-go v2.0.0-beta.1, before the /v2 module
// path.

import (
	"github.com/mixpanel/mixpanel-go/flags"
	. "github.com/mixpanel/mixpanel-go/flags"
)

// Positives.

func local() *flags.LocalFeatureFlagsProvider {
	return flags.NewLocalFeatureFlagsProvider("token", flags.DefaultLocalFlagsConfig(), nil) // want `flags config from flags.DefaultLocalFlagsConfig\(\): the feature flags of flags.NewLocalFeatureFlagsProvider are fetched from the US region \(api.mixpanel.com\); EU projects must set APIHost to "api-eu.mixpanel.com"`
}

func remoteVar() *flags.RemoteFeatureFlagsProvider {
	cfg := flags.RemoteFlagsConfig{}
	return flags.NewRemoteFeatureFlagsProvider("token", cfg, nil) // want `flags config cfg without APIHost: the feature flags of flags.NewRemoteFeatureFlagsProvider`
}

// A dot import: the fix spells FlagsConfig without a qualifier.
func dotImport() *LocalFeatureFlagsProvider {
	return NewLocalFeatureFlagsProvider("token", LocalFlagsConfig{EnablePolling: true}, nil) // want `flags config without APIHost: the feature flags of NewLocalFeatureFlagsProvider`
}

// An alias of the config type: reported, but the fix could not name
// FlagsConfig as the file spells it.
type config = flags.LocalFlagsConfig

func alias() *flags.LocalFeatureFlagsProvider {
	return flags.NewLocalFeatureFlagsProvider("token", config{}, nil) // want `flags config without APIHost`
}

// Negatives.

func resident() *flags.LocalFeatureFlagsProvider {
	cfg := flags.DefaultLocalFlagsConfig()
	cfg.APIHost = "api-eu.mixpanel.com"
	return flags.NewLocalFeatureFlagsProvider("token", cfg, nil)
}

func configured(host string) *flags.RemoteFeatureFlagsProvider {
	return flags.NewRemoteFeatureFlagsProvider("token", flags.RemoteFlagsConfig{FlagsConfig: flags.FlagsConfig{APIHost: host}}, nil)
}
