// Package tracker uses github.com/dukex/mixpanel.
package tracker

import "github.com/dukex/mixpanel"

// Default sends to the US: "" means api.mixpanel.com (sdk).
func Default(token string) mixpanel.Mixpanel {
	return mixpanel.New(token, "")
}

// Explicit names the EU host: not reported under -region=eu.
func Explicit(token string) mixpanel.Mixpanel {
	return mixpanel.New(token, "https://api-eu.mixpanel.com")
}
