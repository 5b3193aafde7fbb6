package flagsv2

// Parts of this file are deliberately not gofmt-ed: gofmt would fold the
// empty multi-line literal and realign a comment that the fix must keep.

import (
	"encoding/json"
	"time"

	"github.com/mixpanel/mixpanel-go/v2"
	"github.com/mixpanel/mixpanel-go/v2/flags"
	ff "github.com/mixpanel/mixpanel-go/v2/flags"
)

// Positives: the config provably polls api.mixpanel.com.

func defaultInline() *mixpanel.ApiClient {
	return mixpanel.NewApiClient("token", mixpanel.EuResidency(),
		mixpanel.WithLocalFlags(flags.DefaultLocalFlagsConfig())) // want `flags config from flags.DefaultLocalFlagsConfig\(\): the feature flags of mixpanel.WithLocalFlags are fetched from the US region \(api.mixpanel.com\); EU projects must set APIHost to "api-eu.mixpanel.com"`
}

func defaultVar() *mixpanel.ApiClient {
	cfg := flags.DefaultLocalFlagsConfig()
	cfg.PollingInterval = time.Minute
	return mixpanel.NewApiClient("token", mixpanel.EuResidency(), mixpanel.WithLocalFlags(cfg)) // want `flags config cfg from flags.DefaultLocalFlagsConfig\(\): the feature flags of mixpanel.WithLocalFlags`
}

func defaultVarRemote() *mixpanel.ApiClient {
	var cfg = flags.DefaultRemoteFlagsConfig() // a comment that stays here
	return mixpanel.NewApiClient("token", mixpanel.EuResidency(), mixpanel.WithRemoteFlags(cfg, nil)) // want `flags config cfg from flags.DefaultRemoteFlagsConfig\(\): the feature flags of mixpanel.WithRemoteFlags`
}

func zeroVar() *mixpanel.ApiClient {
	var cfg flags.LocalFlagsConfig
	cfg.EnablePolling = true
	return mixpanel.NewApiClient("token", mixpanel.EuResidency(), mixpanel.WithLocalFlagsAndTracker(cfg, mixpanel.DefaultFlagsExposureTracker)) // want `flags config cfg without APIHost: the feature flags of mixpanel.WithLocalFlagsAndTracker`
}

func literalWithoutFlagsConfig() *mixpanel.ApiClient {
	return mixpanel.NewApiClient("token", mixpanel.EuResidency(),
		mixpanel.WithLocalFlags(flags.LocalFlagsConfig{EnablePolling: true})) // want `flags config without APIHost: the feature flags of mixpanel.WithLocalFlags`
}

func literalWithoutAPIHost() *mixpanel.ApiClient {
	return mixpanel.NewApiClient("token", mixpanel.EuResidency(),
		mixpanel.WithRemoteFlags(flags.RemoteFlagsConfig{FlagsConfig: flags.FlagsConfig{RequestTimeout: time.Second}}, nil)) // want `flags config without APIHost`
}

func literalEmpty() *mixpanel.ApiClient {
	return mixpanel.NewApiClient("token", mixpanel.EuResidency(),
		mixpanel.WithRemoteFlags(flags.RemoteFlagsConfig{}, nil)) // want `flags config without APIHost`
}

func literalEmptyHost() *mixpanel.ApiClient {
	return mixpanel.NewApiClient("token", mixpanel.EuResidency(),
		mixpanel.WithRemoteFlags(flags.RemoteFlagsConfig{FlagsConfig: flags.FlagsConfig{APIHost: ""}}, nil)) // want `flags config with an empty APIHost`
}

func literalVarMultiline() *mixpanel.ApiClient {
	cfg := flags.LocalFlagsConfig{
		FlagsConfig: flags.FlagsConfig{
			RequestTimeout: time.Second,
		},
		EnablePolling: true,
	}
	return mixpanel.NewApiClient("token", mixpanel.EuResidency(), mixpanel.WithLocalFlags(cfg)) // want `flags config cfg without APIHost`
}

func literalVarMultilineNoFlagsConfig() *mixpanel.ApiClient {
	cfg := flags.LocalFlagsConfig{
		EnablePolling: true,
	}
	return mixpanel.NewApiClient("token", mixpanel.EuResidency(), mixpanel.WithLocalFlags(cfg)) // want `flags config cfg without APIHost`
}

func literalEmptyMultiline() *mixpanel.ApiClient {
	cfg := flags.RemoteFlagsConfig{FlagsConfig: flags.FlagsConfig{
	}}
	return mixpanel.NewApiClient("token", mixpanel.EuResidency(), mixpanel.WithRemoteFlags(cfg, nil)) // want `flags config cfg without APIHost`
}

// A renamed import; the fix spells the package as the file does.
func renamed() *ff.LocalFeatureFlagsProvider {
	return ff.NewLocalFeatureFlagsProvider("token", "1.0", ff.LocalFlagsConfig{}, nil) // want `flags config without APIHost: the feature flags of ff.NewLocalFeatureFlagsProvider`
}

func remoteProvider() *flags.RemoteFeatureFlagsProvider {
	cfg := flags.DefaultRemoteFlagsConfig()
	return flags.NewRemoteFeatureFlagsProvider("token", "1.0", cfg, nil) // want `flags config cfg from flags.DefaultRemoteFlagsConfig\(\): the feature flags of flags.NewRemoteFeatureFlagsProvider`
}

// One config used twice is reported at its first use, with one fix.
func twice() (*mixpanel.ApiClient, *flags.LocalFeatureFlagsProvider) {
	cfg := flags.DefaultLocalFlagsConfig()
	return mixpanel.NewApiClient("token", mixpanel.EuResidency(), mixpanel.WithLocalFlags(cfg)), // want `flags config cfg from flags.DefaultLocalFlagsConfig\(\)`
		flags.NewLocalFeatureFlagsProvider("token", "1.0", cfg, nil)
}

// Set in a branch of its own: a case statement.
func inCase(kind int) *mixpanel.ApiClient {
	switch kind {
	case 1:
		cfg := flags.DefaultLocalFlagsConfig()
		return mixpanel.NewApiClient("token", mixpanel.EuResidency(), mixpanel.WithLocalFlags(cfg)) // want `flags config cfg from flags.DefaultLocalFlagsConfig\(\)`
	}
	return nil
}

// In an if statement's init, the variable cannot get an assignment after
// it: reported without a fix.
func inIfInit() *mixpanel.ApiClient {
	if cfg := flags.DefaultLocalFlagsConfig(); true {
		return mixpanel.NewApiClient("token", mixpanel.EuResidency(), mixpanel.WithLocalFlags(cfg)) // want `flags config cfg from flags.DefaultLocalFlagsConfig\(\)`
	}
	return nil
}

// Negatives.

func residentLiteral() *mixpanel.ApiClient {
	return mixpanel.NewApiClient("token", mixpanel.EuResidency(),
		mixpanel.WithLocalFlags(flags.LocalFlagsConfig{FlagsConfig: flags.FlagsConfig{APIHost: "api-eu.mixpanel.com"}}))
}

func residentVar() *mixpanel.ApiClient {
	cfg := flags.DefaultLocalFlagsConfig()
	cfg.APIHost = "api-eu.mixpanel.com"
	return mixpanel.NewApiClient("token", mixpanel.EuResidency(), mixpanel.WithLocalFlags(cfg))
}

func residentEmbedded() *mixpanel.ApiClient {
	cfg := flags.DefaultRemoteFlagsConfig()
	cfg.FlagsConfig = flags.FlagsConfig{APIHost: "api-eu.mixpanel.com"}
	return mixpanel.NewApiClient("token", mixpanel.EuResidency(), mixpanel.WithRemoteFlags(cfg, nil))
}

func fromParameter(cfg flags.LocalFlagsConfig) *mixpanel.ApiClient {
	return mixpanel.NewApiClient("token", mixpanel.EuResidency(), mixpanel.WithLocalFlags(cfg))
}

type service struct{ flags flags.RemoteFlagsConfig }

func (s *service) fromField() *mixpanel.ApiClient {
	return mixpanel.NewApiClient("token", mixpanel.EuResidency(), mixpanel.WithRemoteFlags(s.flags, nil))
}

func byPointer(data []byte) *mixpanel.ApiClient {
	cfg := flags.DefaultLocalFlagsConfig()
	_ = json.Unmarshal(data, &cfg)
	return mixpanel.NewApiClient("token", mixpanel.EuResidency(), mixpanel.WithLocalFlags(cfg))
}

func setHost(h *string) { *h = "api-eu.mixpanel.com" }

func fieldByPointer() *mixpanel.ApiClient {
	var cfg flags.LocalFlagsConfig
	setHost(&cfg.APIHost)
	return mixpanel.NewApiClient("token", mixpanel.EuResidency(), mixpanel.WithLocalFlags(cfg))
}

func chosen(eu bool) *mixpanel.ApiClient {
	cfg := flags.DefaultLocalFlagsConfig()
	if eu {
		cfg.APIHost = "api-eu.mixpanel.com"
	}
	return mixpanel.NewApiClient("token", mixpanel.EuResidency(), mixpanel.WithLocalFlags(cfg))
}

func setInClosure() *mixpanel.ApiClient {
	cfg := flags.DefaultLocalFlagsConfig()
	func() { cfg.APIHost = "api-eu.mixpanel.com" }()
	return mixpanel.NewApiClient("token", mixpanel.EuResidency(), mixpanel.WithLocalFlags(cfg))
}

func reassigned(load func() flags.LocalFlagsConfig) *mixpanel.ApiClient {
	cfg := flags.DefaultLocalFlagsConfig()
	cfg = load()
	return mixpanel.NewApiClient("token", mixpanel.EuResidency(), mixpanel.WithLocalFlags(cfg))
}

func fromCall(load func() flags.LocalFlagsConfig) *mixpanel.ApiClient {
	return mixpanel.NewApiClient("token", mixpanel.EuResidency(), mixpanel.WithLocalFlags(load()))
}

func fromOtherConfig(base flags.FlagsConfig) *mixpanel.ApiClient {
	return mixpanel.NewApiClient("token", mixpanel.EuResidency(), mixpanel.WithLocalFlags(flags.LocalFlagsConfig{FlagsConfig: base}))
}

var packageConfig = flags.DefaultLocalFlagsConfig()

func fromPackageVar() *mixpanel.ApiClient {
	return mixpanel.NewApiClient("token", mixpanel.EuResidency(), mixpanel.WithLocalFlags(packageConfig))
}

func hostFromConfig(host string) *mixpanel.ApiClient {
	return mixpanel.NewApiClient("token", mixpanel.EuResidency(),
		mixpanel.WithLocalFlags(flags.LocalFlagsConfig{FlagsConfig: flags.FlagsConfig{APIHost: host}}))
}

// A US host written out is the host rule's, reported once.
func usHostLiteral() *mixpanel.ApiClient {
	return mixpanel.NewApiClient("token", mixpanel.EuResidency(),
		mixpanel.WithLocalFlags(flags.LocalFlagsConfig{FlagsConfig: flags.FlagsConfig{APIHost: "api.mixpanel.com"}})) // want `host api.mixpanel.com \(ingestion API\) is in the US region; EU projects must use api-eu.mixpanel.com`
}

// Not a flags function: a config built and kept.
func kept() flags.LocalFlagsConfig {
	return flags.DefaultLocalFlagsConfig()
}
