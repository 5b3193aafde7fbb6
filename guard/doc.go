// Package guard keeps a Go service's Mixpanel requests in its project's
// data-residency region at run time, with the endpoint table that
// mpreslint's analyzer checks code with (package residency).
//
// The analyzer sees the hosts written in code and configuration. A host
// that arrives at run time (from an environment variable, a mounted
// configuration file, a per-tenant setting, a redirect) is the guard's:
//
//	g := guard.New(residency.EU)
//	if err := g.Check(os.Getenv("MIXPANEL_API_HOST")); err != nil {
//		log.Fatal(err) // at startup
//	}
//	client := mixpanel.NewApiClient(token, mixpanel.EuResidency(), mixpanel.HttpClient(g.Client(nil)))
//
// A guarded transport (Transport, Client, InstallDefault) checks every
// request, redirect hops included. A request to a Mixpanel host of
// another region, or to a Mixpanel host name that does not exist, is a
// violation: under Enforce (the default) it is refused before it reaches
// the network, with an *Error that wraps ErrWrongRegion; under Report it
// is reported and sent. The region's own hosts, Mixpanel's neutral hosts
// (CDN, documentation, marketing pages) and every other host pass, and a
// host that cannot be Mixpanel's costs no allocation.
//
// The package imports only the standard library and residency.
package guard
