package guard_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"

	"github.com/mpreslint/mpreslint/guard"
	"github.com/mpreslint/mpreslint/residency"
)

// Check a host from the environment or a configuration file at startup.
func ExampleGuard_Check() {
	g := guard.New(residency.EU)
	for _, host := range []string{"", "api-eu.mixpanel.com", "https://api.mixpanel.com/track", "api.eu.mixpanel.com"} {
		// In a service: if err := g.Check(os.Getenv("MIXPANEL_API_HOST")); err != nil { log.Fatal(err) }
		fmt.Printf("%q: %v\n", host, g.Check(host))
	}
	// Output:
	// "": <nil>
	// "api-eu.mixpanel.com": <nil>
	// "https://api.mixpanel.com/track": mixpanel guard: https://api.mixpanel.com/track: host api.mixpanel.com (ingestion API) is in the US region; EU projects must use api-eu.mixpanel.com
	// "api.eu.mixpanel.com": mixpanel guard: api.eu.mixpanel.com: host api.eu.mixpanel.com does not exist (meant for the EU ingestion API); EU projects must use api-eu.mixpanel.com
}

// Guard an HTTP client: a request that leaves the region is refused before
// it reaches the network, redirects included. Hand the client to the SDK,
// as in mixpanel.NewApiClient(token, mixpanel.EuResidency(), mixpanel.HttpClient(client)).
func ExampleGuard_Client() {
	g := guard.New(residency.EU, guard.WithLogger(slog.New(slog.DiscardHandler)))
	client := g.Client(&http.Client{})

	_, err := client.Get("https://api.mixpanel.com/track?verbose=1")
	var e *guard.Error
	if errors.As(err, &e) {
		fmt.Println("refused:", e.Violation.Host, "use", e.Violation.Suggest)
	}
	fmt.Println(errors.Is(err, guard.ErrWrongRegion))
	// Output:
	// refused: api.mixpanel.com use api-eu.mixpanel.com
	// true
}

// Report mode, for a rollout: violations are logged (the first of each
// host) and reported, and the requests are sent.
func ExampleWithMode() {
	g := guard.New(residency.IN,
		guard.WithMode(guard.Report),
		guard.WithReport(func(_ context.Context, v guard.Violation) {
			fmt.Println("would refuse", v.URL, "for", v.Want.Label())
		}),
		guard.WithLogger(slog.New(slog.DiscardHandler)))
	rt := g.Transport(roundTripFunc(func(r *http.Request) (*http.Response, error) {
		fmt.Println("sent", r.URL.Host)
		return &http.Response{StatusCode: http.StatusOK, Body: http.NoBody}, nil
	}))
	req, _ := http.NewRequest("POST", "https://api-eu.mixpanel.com/import?strict=1", nil)
	_, _ = rt.RoundTrip(req)
	// Output:
	// would refuse https://api-eu.mixpanel.com/import for India
	// sent api-eu.mixpanel.com
}

// A multi-tenant service: each request may go to its tenant's region.
func ExampleWithRegion() {
	g := guard.New(residency.EU, guard.WithLogger(slog.New(slog.DiscardHandler)))
	client := g.Client(&http.Client{Transport: roundTripFunc(func(*http.Request) (*http.Response, error) {
		return &http.Response{StatusCode: http.StatusOK, Body: http.NoBody}, nil
	})})
	tenantUS := guard.WithRegion(context.Background(), residency.US)
	for _, ctx := range []context.Context{tenantUS, context.Background()} {
		req, _ := http.NewRequestWithContext(ctx, "POST", "https://api.mixpanel.com/track", nil)
		_, err := client.Do(req)
		fmt.Println(err == nil)
	}
	// Output:
	// true
	// false
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }
