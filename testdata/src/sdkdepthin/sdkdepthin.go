package sdkdepthin

// mpreslint-fixture: -region=in

// The SDK checks under -region=in.

import (
	"context"
	"time"

	mp1 "github.com/mixpanel/mixpanel-go"
	"github.com/mixpanel/mixpanel-go/openfeature"
	"github.com/mixpanel/mixpanel-go/v2"
	"github.com/mixpanel/mixpanel-go/v2/flags"
	stryd "github.com/stryd/mixpanel-go"
	vizzlo "vizzlo.com/mixpanel"
)

// Positives.

func flagsDefault() *mixpanel.ApiClient {
	cfg := flags.DefaultLocalFlagsConfig()
	return mixpanel.NewApiClient("token", mixpanel.InResidency(), mixpanel.WithLocalFlags(cfg)) // want `flags config cfg from flags.DefaultLocalFlagsConfig\(\): the feature flags of mixpanel.WithLocalFlags are fetched from the US region \(api.mixpanel.com\); India projects must set APIHost to "api-in.mixpanel.com"`
}

func flagsLiteral() *flags.RemoteFeatureFlagsProvider {
	return flags.NewRemoteFeatureFlagsProvider("token", "1.0", flags.RemoteFlagsConfig{}, nil) // want `flags config without APIHost: .*India projects must set APIHost to "api-in.mixpanel.com"`
}

// An EU host with a scheme: one finding, the bare India host.
var euScheme = flags.FlagsConfig{APIHost: "https://api-eu.mixpanel.com"} // want `APIHost "https://api-eu.mixpanel.com" is not a bare host name, so every flags request fails, and host api-eu.mixpanel.com is in the EU region; India projects must use "api-in.mixpanel.com"`

var inScheme = flags.FlagsConfig{APIHost: "https://api-in.mixpanel.com"} // want `APIHost "https://api-in.mixpanel.com" is not a bare host name: .*; use "api-in.mixpanel.com"`

func provider(cfg flags.LocalFlagsConfig) (*openfeature.Provider, error) {
	return openfeature.NewProviderWithLocalConfig("token", cfg) // want `call to openfeature.NewProviderWithLocalConfig builds a Mixpanel client without InResidency\(\).*India projects must build the client with mixpanel.NewApiClient\(token, mixpanel.InResidency\(\), mixpanel.WithLocalFlags\(config\)\)`
}

func proxied(ctx context.Context) {
	c := mixpanel.NewApiClient("token", mixpanel.ProxyApiLocation("https://proxy.example.com")) // want `call to mixpanel.NewApiClient with ProxyApiLocation but without ProxyDataLocation or a region option: the client's Export reads the US region \(data.mixpanel.com\); India projects must add mixpanel.ProxyDataLocation\(…\) or put mixpanel.InResidency\(\) before mixpanel.ProxyApiLocation\(…\)`
	_, _ = c.Export(ctx, time.Now(), time.Now(), 0, "", "")
}

func options() stryd.API {
	return stryd.New(stryd.WithToken("token")) // want `call to stryd.New without WithApiUrl sends events to the US region \(api.mixpanel.com\); India projects must add stryd.WithApiUrl\("https://api-in.mixpanel.com"\)`
}

func field() *vizzlo.Client {
	return vizzlo.New("token") // want `client from vizzlo.New keeps its BaseURL on the US region \(api.mixpanel.com\); India projects must set BaseURL to "https://api-in.mixpanel.com"`
}

// mixpanel-go v1 has no InResidency(): the message names only the proxy.
func proxiedV1(ctx context.Context) {
	c := mp1.NewApiClient("token", mp1.ProxyApiLocation("https://proxy.example.com")) // want `call to mp1.NewApiClient with ProxyApiLocation but without ProxyDataLocation or a region option: the client's Export reads the US region \(data.mixpanel.com\); India projects must add mp1.ProxyDataLocation\(…\)$`
	_, _ = c.Export(ctx, time.Now(), time.Now(), 0, "", "")
}

// Negatives.

func flagsResident() *mixpanel.ApiClient {
	cfg := flags.DefaultLocalFlagsConfig()
	cfg.APIHost = "api-in.mixpanel.com"
	return mixpanel.NewApiClient("token", mixpanel.InResidency(), mixpanel.WithLocalFlags(cfg))
}

func proxiedResident(ctx context.Context) {
	c := mixpanel.NewApiClient("token", mixpanel.InResidency(), mixpanel.ProxyApiLocation("https://proxy.example.com"))
	_, _ = c.Export(ctx, time.Now(), time.Now(), 0, "", "")
}

func optionsResident() stryd.API {
	return stryd.New(stryd.WithApiUrl("https://api-in.mixpanel.com"))
}
