package sdkv1

import (
	"net/http"
	"os"

	"github.com/mixpanel/mixpanel-go"
	mp "github.com/mixpanel/mixpanel-go"
)

// Positives.

func plain() *mixpanel.ApiClient {
	return mixpanel.NewApiClient(os.Getenv("TOKEN")) // want `call to mixpanel.NewApiClient without EuResidency\(\) sends data to the US region \(api.mixpanel.com, data.mixpanel.com\); EU projects must add mixpanel.EuResidency\(\)`
}

func withOptions(c *http.Client) *mixpanel.ApiClient {
	return mixpanel.NewApiClient("token", mixpanel.HttpClient(c), mixpanel.ServiceAccount(1, "u", "s")) // want `call to mixpanel.NewApiClient without EuResidency\(\)`
}

func aliased() *mp.ApiClient {
	return mp.NewApiClient("token") // want `call to mp.NewApiClient without EuResidency\(\) sends data to the US region \(api.mixpanel.com, data.mixpanel.com\); EU projects must add mp.EuResidency\(\)`
}

func multiline() *mixpanel.ApiClient {
	return mixpanel.NewApiClient( // want `call to mixpanel.NewApiClient without EuResidency\(\)`
		"token",
		mixpanel.HttpClient(http.DefaultClient),
	)
}

// Two clients side by side: one regional client does not excuse the other.
func two(token, legacyToken string) (*mixpanel.ApiClient, *mixpanel.ApiClient) {
	eu := mixpanel.NewApiClient(token, mixpanel.EuResidency())
	legacy := mixpanel.NewApiClient(legacyToken) // want `call to mixpanel.NewApiClient without EuResidency\(\)`
	return eu, legacy
}

// Negatives.

func resident() *mixpanel.ApiClient {
	return mixpanel.NewApiClient("token", mixpanel.EuResidency())
}

func residentLast(c *http.Client) *mixpanel.ApiClient {
	return mixpanel.NewApiClient("token", mixpanel.HttpClient(c), mixpanel.EuResidency())
}

func optionsSlice(eu bool) *mixpanel.ApiClient {
	opts := []mixpanel.Options{mixpanel.HttpClient(http.DefaultClient)}
	if eu {
		opts = append(opts, mixpanel.EuResidency())
	}
	return mixpanel.NewApiClient("token", opts...)
}

func chosenAtRunTime(eu bool) *mixpanel.ApiClient {
	if eu {
		return mixpanel.NewApiClient("token", mixpanel.EuResidency())
	}
	return mixpanel.NewApiClient("token")
}

func earlyReturn(eu bool) *mixpanel.ApiClient {
	client := mixpanel.NewApiClient("token")
	if eu {
		client = mixpanel.NewApiClient("token", mixpanel.EuResidency())
	}
	return client
}

func bySwitch(region string) *mixpanel.ApiClient {
	switch region {
	case "eu":
		return mixpanel.NewApiClient("token", mixpanel.EuResidency())
	default:
		return mixpanel.NewApiClient("token")
	}
}

func ownOption(opt mixpanel.Options) *mixpanel.ApiClient {
	return mixpanel.NewApiClient("token", opt)
}

func proxy() *mixpanel.ApiClient {
	return mixpanel.NewApiClient("token", mixpanel.ProxyApiLocation("https://telemetry.example.com"))
}

func dataProxy() *mixpanel.ApiClient {
	return mixpanel.NewApiClient("token", mixpanel.ProxyDataLocation("https://export-proxy.example.com"))
}
