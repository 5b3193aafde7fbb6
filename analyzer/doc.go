// Package analyzer defines mpreslint, an analyzer that keeps Mixpanel data in
// its data-residency region.
//
// # Analyzer mpreslint
//
// mpreslint: report Mixpanel hosts and SDK clients outside the project's region
//
// A Mixpanel project created with EU (or India) data residency accepts data
// only at its region's hosts: ingestion at api-eu.mixpanel.com, export at
// data-eu.mixpanel.com, query and app APIs, the web app and SSO at
// eu.mixpanel.com. Since 2026 Mixpanel refuses events sent to US hosts for
// EU projects, so one hard-coded api.mixpanel.com silently loses data.
//
// The analyzer reports, each with one suggested fix where an exact one
// exists:
//
//   - host: a string literal naming a Mixpanel host of another region;
//   - unknown-host: a Mixpanel host name that does not exist, such as
//     api.eu.mixpanel.com;
//   - sso: an SSO postback URL without its region prefix;
//   - sdk: a github.com/mixpanel/mixpanel-go client built without
//     EuResidency() (or InResidency()); a feature-flags config whose
//     APIHost is left on api.mixpanel.com, or is a URL instead of a bare
//     host; an OpenFeature provider that builds its own client; a client
//     proxied with ProxyApiLocation alone whose Export is called; a
//     client of another Go SDK (github.com/dukex/mixpanel and others) left
//     on its US default;
//   - csp: a Content Security Policy whose connect-src allows a US
//     Mixpanel host but not the region's (browsers would block it);
//   - directive: an //mpreslint:ignore comment without a reason, one
//     that suppresses nothing, or a misspelled one (// mpreslint:ignore,
//     /* mpreslint:ignore */, //mpreslint:ingore).
//
// For example, with -region=eu:
//
//	WRONG: const trackURL = "https://api.mixpanel.com/track"
//	RIGHT: const trackURL = "https://api-eu.mixpanel.com/track"
//
//	WRONG: client := mixpanel.NewApiClient(token)
//	RIGHT: client := mixpanel.NewApiClient(token, mixpanel.EuResidency())
//
// Code that picks the region on purpose is left alone: a US host that is
// one arm of a region choice (if/else or switch clauses whose condition,
// tag or case names the region, the returns of a function, a default
// overwritten in a region branch, a region-keyed map or struct, the
// arguments of a helper picked by a region argument) whose other arm
// yields the target region's host for the same path; a client whose
// options may hold the region, or a proxy set with ProxyApiLocation or
// ProxyDataLocation. Code that only recognizes hosts (==, case, map keys,
// search patterns) is not reported. An exported constant its package only
// picks or recognizes is reported where another package sends to it.
// Test files are skipped unless -include-tests is set; findings in
// generated files come without fixes.
//
// A finding is suppressed by a comment on its line or the line above:
//
//	//mpreslint:ignore <reason>
//
// Flags: -region (eu or in; default eu) and -include-tests.
package analyzer
