package guard

import (
	"net/http"
	"sync"

	"github.com/mpreslint/mpreslint/residency"
)

// transport is a guarded http.RoundTripper.
type transport struct {
	g    *Guard
	base http.RoundTripper
}

// Transport returns base guarded by g: each request, redirect hops
// included, is checked before base sees it. A nil base is
// http.DefaultTransport as it is at the call. A base that g already
// guards is returned as it is; one that another Guard guards is guarded by
// g instead, not twice.
func (g *Guard) Transport(base http.RoundTripper) http.RoundTripper {
	if base == nil {
		base = http.DefaultTransport
	}
	if t, ok := base.(*transport); ok {
		if t.g == g {
			return t
		}
		base = t.base
	}
	return &transport{g: g, base: base}
}

// RoundTrip checks the request's host and, under Enforce, refuses a
// request that leaves the region: it closes the request's body, sends
// nothing and returns an *Error. Under Report, it reports the request and
// sends it. It never changes the request.
func (t *transport) RoundTrip(req *http.Request) (*http.Response, error) {
	if v, bad := t.g.judge(req); bad {
		t.g.violate(req.Context(), v)
		if t.g.mode != Report {
			if req.Body != nil {
				_ = req.Body.Close()
			}
			return nil, &Error{Violation: v}
		}
	}
	return t.base.RoundTrip(req)
}

// CloseIdleConnections closes the idle connections of the base transport,
// if it keeps any.
func (t *transport) CloseIdleConnections() {
	if c, ok := t.base.(interface{ CloseIdleConnections() }); ok {
		c.CloseIdleConnections()
	}
}

// judge returns the violation of a request, if it has one. The host of
// the URL, where the request is sent, is checked, and so is the Host
// header when it is set to another host. A host that cannot be
// Mixpanel's costs a scan of its name and no allocation.
func (g *Guard) judge(req *http.Request) (Violation, bool) {
	if req.URL == nil {
		return Violation{}, false // the base reports the malformed request
	}
	for i, host := range [2]string{req.URL.Host, req.Host} {
		if i == 1 && host == req.URL.Host || !residency.Mentions(host) {
			continue
		}
		path := req.URL.Path
		if path == "" {
			path = "/"
		}
		ep, ok := residency.Lookup(host, path)
		if !ok {
			continue
		}
		want := g.region
		if r, ok := req.Context().Value(regionKey{}).(residency.Region); ok {
			want = r
		}
		if wrong(ep, want) {
			return newViolation(req.URL.Scheme, host, req.URL.EscapedPath(), ep, want), true
		}
	}
	return Violation{}, false
}

// Client returns a shallow copy of c (nil: a new http.Client) whose
// transport is guarded by g. c itself is not changed.
func (g *Guard) Client(c *http.Client) *http.Client {
	var guarded http.Client
	if c != nil {
		guarded = *c
	}
	guarded.Transport = g.Transport(guarded.Transport)
	return &guarded
}

// installMu orders InstallDefault and its restores.
var installMu sync.Mutex

// InstallDefault guards http.DefaultTransport, and with it http.Get,
// http.DefaultClient and every client without a Transport of its own.
// Installing again changes nothing. restore puts back the transport that
// was there before the call; calling it more than once has no more effect.
//
// Call it at the start of main, before requests are made: net/http reads
// http.DefaultTransport without locking. A transport cloned from
// http.DefaultTransport before the call is not guarded, and code that
// asserts http.DefaultTransport.(*http.Transport) after it fails.
func (g *Guard) InstallDefault() (restore func()) {
	installMu.Lock()
	defer installMu.Unlock()
	prev := http.DefaultTransport
	http.DefaultTransport = g.Transport(prev)
	var once sync.Once
	return func() {
		once.Do(func() {
			installMu.Lock()
			defer installMu.Unlock()
			http.DefaultTransport = prev
		})
	}
}
