// Package track sends analytics events to Mixpanel.
package track

import "github.com/mixpanel/mixpanel-go/v2"

// ingestURL is where events go.
const ingestURL = "https://api.mixpanel.com/track"

// exportURL is where raw events come from.
const exportURL = "https://data.mixpanel.com/api/2.0/export"

// NewClient returns a Mixpanel client.
func NewClient(token string) *mixpanel.ApiClient {
	return mixpanel.NewApiClient(token)
}
