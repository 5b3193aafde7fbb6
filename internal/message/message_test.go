package message

import (
	"testing"

	"github.com/mpreslint/mpreslint/residency"
)

func TestStringFinding(t *testing.T) {
	tests := []struct {
		value             string
		category, message string
	}{
		{"https://api.mixpanel.com/track", Host, "host api.mixpanel.com (ingestion API) is in the US region; EU projects must use api-eu.mixpanel.com"},
		{"https://api.eu.mixpanel.com", UnknownHost, "host api.eu.mixpanel.com does not exist; the EU ingestion API is at api-eu.mixpanel.com"},
		{"https://mixpanel.com/security/login/1?x", SSO, "the SSO postback URL mixpanel.com/security/login/1 has no region prefix; EU projects log in at eu.mixpanel.com/security/login/1"},
		{`{"a": "https://api.mixpanel.com", "b": "https://data.mixpanel.com"}`, Host, "host api.mixpanel.com (ingestion API) is in the US region; EU projects must use api-eu.mixpanel.com (and 1 more in this string)"},
		// Silent: both regions in one string, the region's own host.
		{"us=https://api.mixpanel.com eu=https://api-eu.mixpanel.com", "", ""},
		{"https://api-eu.mixpanel.com/track", "", ""},
	}
	for _, tt := range tests {
		_, category, message := StringFinding(tt.value, residency.EU)
		if category != tt.category || message != tt.message {
			t.Errorf("StringFinding(%q) = %q, %q; want %q, %q", tt.value, category, message, tt.category, tt.message)
		}
	}
	if got := URL(SDK); got != ReadmeURL+"#sdk" {
		t.Errorf("URL(SDK) = %q", got)
	}
}
