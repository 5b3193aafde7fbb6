// Package legacy uses the official SDK v1, which has no InResidency.
package legacy

import mp "github.com/mixpanel/mixpanel-go"

// Client has no region option (sdk; no fix under -region=in).
func Client(token string) *mp.ApiClient {
	return mp.NewApiClient(token)
}
