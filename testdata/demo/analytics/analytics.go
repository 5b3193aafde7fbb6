// Package analytics sends the demo service's events to Mixpanel. Its
// project has EU data residency, but the code was written for the US.
package analytics

import (
	"fmt"
	"net/http"
	"time"

	dukex "github.com/dukex/mixpanel"
	"github.com/mixpanel/mixpanel-go/v2"
)

// ingestURL receives server-side events.
const ingestURL = "https://api.mixpanel.com/track"

// exportURL returns the raw export of one day.
func exportURL(day time.Time) string {
	d := day.Format(time.DateOnly)
	return fmt.Sprintf("https://data.mixpanel.com/api/2.0/export?from_date=%s&to_date=%s", d, d)
}

// engageURL has a typo: this host does not exist.
const engageURL = "https://api.eu.mixpanel.com/engage"

// SSOConfig is what the identity provider is told.
type SSOConfig struct {
	PostbackURL string
	Docs        string
}

// DefaultSSO is the IdP-initiated login of the organization.
var DefaultSSO = SSOConfig{
	PostbackURL: "https://mixpanel.com/security/login/1",
	Docs:        "https://docs.mixpanel.com/docs/access-security/single-sign-on",
}

// Client tracks events with the official SDK.
func Client(token string) *mixpanel.ApiClient {
	return mixpanel.NewApiClient(token, mixpanel.HttpClient(&http.Client{Timeout: 5 * time.Second}))
}

// Legacy tracks events with the community SDK; "" means its default host.
func Legacy(token string) dukex.Mixpanel {
	return dukex.New(token, "")
}

// Endpoints lists what the service talks to, for its status page.
func Endpoints(day time.Time) []string {
	return []string{ingestURL, exportURL(day), engageURL}
}
