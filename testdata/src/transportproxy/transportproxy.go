// Package transportproxy: a client built with the SDK's HttpClient option
// sends where its Transport sends. A Transport of the package's own that
// sends each request to another host is a proxy; one that passes the
// request on still sends to the SDK's US host.
package transportproxy

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/mixpanel/mixpanel-go"
)

// toRelay posts the request's path, header and body to its own base URL.
type toRelay struct{ base string }

func (t toRelay) RoundTrip(r *http.Request) (*http.Response, error) {
	target := strings.TrimSuffix(t.base, "/") + r.URL.EscapedPath()
	if r.URL.RawQuery != "" {
		target += "?" + r.URL.RawQuery
	}
	return http.Post(target, r.Header.Get("Content-Type"), r.Body)
}

// hostSwap writes the request's host, then passes it on.
type hostSwap struct {
	next http.RoundTripper
	host string
}

func (h *hostSwap) RoundTrip(r *http.Request) (*http.Response, error) {
	r.URL.Host = h.host
	return h.next.RoundTrip(r)
}

// urlSwap writes the request's whole URL.
type urlSwap struct{ to *url.URL }

func (s urlSwap) RoundTrip(r *http.Request) (*http.Response, error) {
	r.URL = s.to
	return http.DefaultTransport.RoundTrip(r)
}

// counting passes every request on unchanged: the SDK's host is sent to.
type counting struct {
	next http.RoundTripper
	n    int
}

func (c *counting) RoundTrip(r *http.Request) (*http.Response, error) {
	c.n++
	return c.next.RoundTrip(r)
}

// withTimeout passes a copy of the request on.
type withTimeout struct{}

func (withTimeout) RoundTrip(r *http.Request) (*http.Response, error) {
	return http.DefaultTransport.RoundTrip(r.WithContext(r.Context()))
}

// resend builds a new request to the same URL.
type resend struct{}

func (resend) RoundTrip(r *http.Request) (*http.Response, error) {
	return http.Post(r.URL.String(), "application/json", r.Body)
}

// Relayed clients send to the user's relay: no finding.
func Relayed(token, relay string) []*mixpanel.ApiClient {
	hc := &http.Client{Transport: toRelay{base: relay}}
	return []*mixpanel.ApiClient{
		mixpanel.NewApiClient(token, mixpanel.HttpClient(hc)),
		mixpanel.NewApiClient(token, mixpanel.HttpClient(&http.Client{Transport: &hostSwap{next: http.DefaultTransport, host: relay}})),
		mixpanel.NewApiClient(token, mixpanel.HttpClient(&http.Client{Transport: urlSwap{}})),
	}
}

// Injected picks between an injected transport and a proxy, on a
// condition that is no region choice: both arms reach the relay.
func Injected(token, relay string, inject bool) *mixpanel.ApiClient {
	if inject {
		hc := &http.Client{Transport: &toRelay{base: relay}}
		return mixpanel.NewApiClient(token, mixpanel.HttpClient(hc))
	}
	return mixpanel.NewApiClient(token, mixpanel.ProxyApiLocation(relay))
}

// PassedOn clients still send to the SDK's US host.
func PassedOn(token string) []*mixpanel.ApiClient {
	hc := &http.Client{Transport: &counting{next: http.DefaultTransport}}
	reassigned := &http.Client{Transport: toRelay{}}
	reassigned = http.DefaultClient
	return []*mixpanel.ApiClient{
		mixpanel.NewApiClient(token, mixpanel.HttpClient(hc)),                                     // want `call to mixpanel.NewApiClient without EuResidency\(\)`
		mixpanel.NewApiClient(token, mixpanel.HttpClient(&http.Client{Transport: withTimeout{}})), // want `call to mixpanel.NewApiClient without EuResidency\(\)`
		mixpanel.NewApiClient(token, mixpanel.HttpClient(&http.Client{Transport: resend{}})),      // want `call to mixpanel.NewApiClient without EuResidency\(\)`
		mixpanel.NewApiClient(token, mixpanel.HttpClient(http.DefaultClient)),                     // want `call to mixpanel.NewApiClient without EuResidency\(\)`
		mixpanel.NewApiClient(token, mixpanel.HttpClient(reassigned)),                             // want `call to mixpanel.NewApiClient without EuResidency\(\)`
		mixpanel.NewApiClient(token, mixpanel.HttpClient(&http.Client{nil, nil, nil, 0})),         // want `call to mixpanel.NewApiClient without EuResidency\(\)`
	}
}
