package csp

import (
	"net/http"
	"strings"
)

// A Content Security Policy that allows the US hosts alone blocks the EU
// endpoint once the SDK is sent there.
const policy = "default-src 'self'; connect-src 'self' https://api-js.mixpanel.com" // want `Content-Security-Policy connect-src allows api-js.mixpanel.com \(US region\) but not api-eu.mixpanel.com`

func setHeaders(w http.ResponseWriter) {
	w.Header().Set("Content-Security-Policy", "connect-src https://api.mixpanel.com https://data.mixpanel.com; img-src *") // want `connect-src allows api.mixpanel.com` `connect-src allows data.mixpanel.com`
	w.Header().Set("Content-Security-Policy", `default-src 'self' api.mixpanel.com`)                                       // want `default-src allows api.mixpanel.com`
}

// Silent: both regions, a wildcard, other directives, the region's host
// alone, a connect-src that governs instead of default-src.
var silent = []string{
	"connect-src 'self' https://api.mixpanel.com https://api-eu.mixpanel.com",
	"connect-src https://*.mixpanel.com",
	"script-src https://cdn.mxpnl.com https://api.mixpanel.com; connect-src 'self' https://api-eu.mixpanel.com",
	"default-src https://api.mixpanel.com; connect-src 'self' https://api-eu.mixpanel.com",
	"connect-src 'self' https://api-eu.mixpanel.com",
}

// An interpreted string with escapes: the fix goes after the source as written.
const escaped = "connect-src\t'self' https://api.mixpanel.com\u003b img-src *" // want `connect-src allows api.mixpanel.com`

// A policy looked for, not sent.
func isUSPolicy(h string) bool {
	return strings.Contains(h, "connect-src https://api.mixpanel.com")
}

//mpreslint:ignore the US marketing site's policy
const usSite = "connect-src https://api-js.mixpanel.com"
