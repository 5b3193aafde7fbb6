// Package ingest sends events with the official SDK, v2.
package ingest

import (
	"net/http"

	"github.com/mixpanel/mixpanel-go/v2"
)

// Client has no region option (sdk).
func Client(token string) *mixpanel.ApiClient {
	return mixpanel.NewApiClient(token, mixpanel.HttpClient(http.DefaultClient))
}

// EUClient sets the region: not reported under -region=eu.
func EUClient(token string) *mixpanel.ApiClient {
	return mixpanel.NewApiClient(token, mixpanel.EuResidency())
}

// ProxyClient sends data to the user's proxy: not reported.
func ProxyClient(token, proxy string) *mixpanel.ApiClient {
	return mixpanel.NewApiClient(token, mixpanel.ProxyApiLocation(proxy), mixpanel.ProxyDataLocation(proxy))
}
