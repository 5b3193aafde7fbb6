package guard_test

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/mpreslint/mpreslint/guard"
	"github.com/mpreslint/mpreslint/residency"
)

// fakeBase is a transport that answers every request itself.
type fakeBase struct {
	calls atomic.Int64
	idle  atomic.Int64
	resp  *http.Response
}

func newFakeBase() *fakeBase {
	return &fakeBase{resp: &http.Response{StatusCode: 200, Body: http.NoBody}}
}

func (f *fakeBase) RoundTrip(*http.Request) (*http.Response, error) {
	f.calls.Add(1)
	return f.resp, nil
}

func (f *fakeBase) CloseIdleConnections() { f.idle.Add(1) }

// body is a request body that records its closing.
type body struct {
	io.Reader
	closed atomic.Bool
}

func (b *body) Close() error { b.closed.Store(true); return nil }

func newRequest(t testing.TB, ctx context.Context, method, rawURL string, b io.Reader) *http.Request {
	t.Helper()
	req, err := http.NewRequestWithContext(ctx, method, rawURL, b)
	if err != nil {
		t.Fatal(err)
	}
	return req
}

func TestTransportEnforce(t *testing.T) {
	base := newFakeBase()
	rt := guard.New(residency.EU).Transport(base)
	b := &body{Reader: strings.NewReader(`data=[{"event":"signup"}]`)}
	req := newRequest(t, context.Background(), "POST", "https://api.mixpanel.com/track?ip=1&token=SECRET", b)
	req.Header.Set("Authorization", "Basic c2VjcmV0")
	before := req.Clone(req.Context())

	resp, err := rt.RoundTrip(req)
	var e *guard.Error
	if resp != nil || !errors.As(err, &e) || !errors.Is(err, guard.ErrWrongRegion) {
		t.Fatalf("RoundTrip = %v, %v; want a *guard.Error", resp, err)
	}
	if base.calls.Load() != 0 {
		t.Error("the refused request reached the base transport")
	}
	if !b.closed.Load() {
		t.Error("the refused request's body is not closed")
	}
	if req.URL.String() != before.URL.String() || req.Host != before.Host || req.Header.Get("Authorization") != before.Header.Get("Authorization") || len(req.Header) != len(before.Header) {
		t.Errorf("the request was changed: %v %v", req.URL, req.Header)
	}
	want := guard.Violation{
		URL:     "https://api.mixpanel.com/track",
		Host:    "api.mixpanel.com",
		Got:     residency.Endpoint{Family: residency.Ingestion, Region: residency.US, Exists: true, API: "ingestion API"},
		Want:    residency.EU,
		Suggest: "api-eu.mixpanel.com",
	}
	if e.Violation != want {
		t.Errorf("violation %+v, want %+v", e.Violation, want)
	}

	// The region's own hosts, neutral and foreign hosts pass, unchanged.
	for _, u := range []string{"https://api-eu.mixpanel.com/track", "https://EU.Mixpanel.com./api/app", "https://cdn.mxpnl.com/x.js",
		"https://mixpanel.com/pricing", "https://example.com/track", "http://127.0.0.1:8080/"} {
		before := base.calls.Load()
		if _, err := rt.RoundTrip(newRequest(t, context.Background(), "GET", u, nil)); err != nil || base.calls.Load() != before+1 {
			t.Errorf("RoundTrip(%s) = %v, not passed on", u, err)
		}
	}
}

// TestTransportHostHeader: a Host header naming a wrong host is refused,
// as the request is addressed to it.
func TestTransportHostHeader(t *testing.T) {
	base := newFakeBase()
	rt := guard.New(residency.EU).Transport(base)
	req := newRequest(t, context.Background(), "GET", "https://10.0.0.1/track", nil)
	req.Host = "api.mixpanel.com"
	if _, err := rt.RoundTrip(req); !errors.Is(err, guard.ErrWrongRegion) || base.calls.Load() != 0 {
		t.Errorf("RoundTrip with Host api.mixpanel.com = %v, %d calls", err, base.calls.Load())
	}
	req.Host = "api-eu.mixpanel.com"
	if _, err := rt.RoundTrip(req); err != nil || base.calls.Load() != 1 {
		t.Errorf("RoundTrip with Host api-eu.mixpanel.com = %v", err)
	}
}

func TestTransportReport(t *testing.T) {
	base := newFakeBase()
	var reports []guard.Violation
	var logs bytes.Buffer
	g := guard.New(residency.IN, guard.WithMode(guard.Report),
		guard.WithReport(func(_ context.Context, v guard.Violation) { reports = append(reports, v) }),
		guard.WithLogger(slog.New(slog.NewTextHandler(&logs, nil))))
	rt := g.Transport(base)
	resp, err := rt.RoundTrip(newRequest(t, context.Background(), "GET", "https://data-eu.mixpanel.com/api/2.0/export?from_date=1", nil))
	if err != nil || resp != base.resp || base.calls.Load() != 1 {
		t.Fatalf("Report mode: RoundTrip = %v, %v, %d calls; want it sent", resp, err, base.calls.Load())
	}
	if len(reports) != 1 || reports[0].Suggest != "data-in.mixpanel.com" || reports[0].URL != "https://data-eu.mixpanel.com/api/2.0/export" {
		t.Errorf("reports = %+v", reports)
	}
	if !strings.Contains(logs.String(), "level=WARN") || strings.Contains(logs.String(), "from_date") {
		t.Errorf("log: %s", logs.String())
	}
}

// TestReportEnforceCallsReport: WithReport sees violations in Enforce mode too.
func TestReportEnforceCallsReport(t *testing.T) {
	var n atomic.Int64
	g := guard.New(residency.EU, guard.WithReport(func(context.Context, guard.Violation) { n.Add(1) }), guard.WithLogger(discard()))
	rt := g.Transport(newFakeBase())
	for range 3 {
		_, _ = rt.RoundTrip(newRequest(t, context.Background(), "GET", "https://mcp.mixpanel.com/mcp", nil))
	}
	if n.Load() != 3 {
		t.Errorf("%d reports, want 3", n.Load())
	}
}

func discard() *slog.Logger { return slog.New(slog.DiscardHandler) }

// TestReportLogsOncePerHost: 1,000 violations of each of two hosts make
// one log line per host, are all counted, and show no query, user info or
// token.
func TestReportLogsOncePerHost(t *testing.T) {
	var logs bytes.Buffer
	var reports atomic.Int64
	g := guard.New(residency.EU, guard.WithMode(guard.Report),
		guard.WithLogger(slog.New(slog.NewJSONHandler(&logs, nil))),
		guard.WithReport(func(context.Context, guard.Violation) { reports.Add(1) }))
	base := newFakeBase()
	rt := g.Transport(base)
	for i := range 1000 {
		for _, u := range []string{
			"https://api.mixpanel.com/engage?verbose=1&token=SECRET" + string(rune('a'+i%26)),
			"https://svc:PASSWORD@data.mixpanel.com/api/2.0/export?project_id=1#FRAGMENT",
		} {
			if _, err := rt.RoundTrip(newRequest(t, context.Background(), "GET", u, nil)); err != nil {
				t.Fatal(err)
			}
		}
	}
	if base.calls.Load() != 2000 || reports.Load() != 2000 {
		t.Errorf("%d sent, %d reported; want 2000 each", base.calls.Load(), reports.Load())
	}
	lines := strings.Split(strings.TrimSpace(logs.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d log lines, want 2:\n%s", len(lines), logs.String())
	}
	for _, secret := range []string{"SECRET", "token", "verbose", "PASSWORD", "svc", "FRAGMENT", "project_id"} {
		if strings.Contains(logs.String(), secret) {
			t.Errorf("the log shows %q:\n%s", secret, logs.String())
		}
	}
	var first map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil || first["url"] != "https://api.mixpanel.com/engage" || first["level"] != "WARN" {
		t.Errorf("first line %s (%v)", lines[0], err)
	}

	// The counts, through slog.LogValuer.
	logs.Reset()
	slog.New(slog.NewJSONHandler(&logs, nil)).Info("done", "violations", g)
	if !strings.Contains(logs.String(), `"violations":{"api.mixpanel.com":1000,"data.mixpanel.com":1000}`) {
		t.Errorf("counts: %s", logs.String())
	}
}

// TestRefusedErrorsShowNoSecret: the *Error of a refused request holds
// no query, user info or fragment.
func TestRefusedErrorsShowNoSecret(t *testing.T) {
	rt := guard.New(residency.EU, guard.WithLogger(discard())).Transport(newFakeBase())
	_, err := rt.RoundTrip(newRequest(t, context.Background(), "GET", "https://user:PASSWORD@api.mixpanel.com:443/track/?token=SECRET#FRAG", nil))
	var e *guard.Error
	if !errors.As(err, &e) {
		t.Fatal(err)
	}
	for _, s := range []string{e.Error(), e.Violation.URL} {
		if strings.ContainsAny(s, "?#@") || strings.Contains(s, "SECRET") || strings.Contains(s, "PASSWORD") || strings.Contains(s, "user") {
			t.Errorf("shows a secret: %s", s)
		}
	}
	if e.Violation.URL != "https://api.mixpanel.com:443/track/" || e.Violation.Host != "api.mixpanel.com:443" {
		t.Errorf("violation %+v", e.Violation)
	}
}

func TestWithRegion(t *testing.T) {
	base := newFakeBase()
	client := guard.New(residency.EU, guard.WithLogger(discard())).Client(&http.Client{Transport: base})
	us := guard.WithRegion(context.Background(), residency.US)
	tests := []struct {
		ctx  context.Context
		url  string
		pass bool
	}{
		// The region of each context: US, none (EU), US, US, India, none.
		{us, "https://api.mixpanel.com/track", true},                    // the US tenant's request
		{context.Background(), "https://api.mixpanel.com/track", false}, // any other
		{us, "https://api-eu.mixpanel.com/track", false},                // the US tenant leaves the US
		{us, "https://api.eu.mixpanel.com/track", false},                // never exists
		{guard.WithRegion(context.Background(), residency.IN), "https://in.mixpanel.com/api/app", true},
		{context.Background(), "https://api-eu.mixpanel.com/track", true},
	}
	for i, tt := range tests {
		before := base.calls.Load()
		resp, err := client.Do(newRequest(t, tt.ctx, "GET", tt.url, nil))
		if err == nil {
			_ = resp.Body.Close()
		}
		passed := base.calls.Load() == before+1
		if passed != tt.pass || (err == nil) != tt.pass {
			t.Errorf("case %d, %s: passed %v (%v), want %v", i, tt.url, passed, err, tt.pass)
		}
	}
}

func TestClient(t *testing.T) {
	base := newFakeBase()
	redirect := func(*http.Request, []*http.Request) error { return nil }
	c := &http.Client{Transport: base, CheckRedirect: redirect, Timeout: 7}
	g := guard.New(residency.EU, guard.WithLogger(discard()))
	gc := g.Client(c)
	if c.Transport != base || c.Timeout != 7 || c.CheckRedirect == nil {
		t.Errorf("Client changed its argument: %+v", c)
	}
	if gc == c || gc.Timeout != 7 || gc.CheckRedirect == nil || gc.Transport == base {
		t.Errorf("Client(c) = %+v, want a guarded copy", gc)
	}
	if _, err := gc.Get("https://api.mixpanel.com/track"); !errors.Is(err, guard.ErrWrongRegion) || base.calls.Load() != 0 {
		t.Errorf("guarded client: %v, %d calls", err, base.calls.Load())
	}
	if _, err := c.Get("https://api.mixpanel.com/track"); err != nil || base.calls.Load() != 1 {
		t.Errorf("the argument is guarded too: %v", err)
	}

	// A nil client: a new one on the default transport, guarded.
	nc := g.Client(nil)
	if nc == nil || nc == http.DefaultClient || nc.Transport == nil || nc.Transport == http.DefaultTransport {
		t.Fatalf("Client(nil) = %+v", nc)
	}
	if _, err := nc.Get("https://api.mixpanel.com/track"); !errors.Is(err, guard.ErrWrongRegion) {
		t.Errorf("Client(nil): %v", err)
	}

	// Idle connections are closed through the guard.
	gc.CloseIdleConnections()
	if base.idle.Load() != 1 {
		t.Error("CloseIdleConnections is not forwarded")
	}
}

// TestNeverWrapsTwice: guarding a guarded transport adds no layer.
func TestNeverWrapsTwice(t *testing.T) {
	base := newFakeBase()
	eu := guard.New(residency.EU, guard.WithLogger(discard()))
	once := eu.Transport(base)
	if twice := eu.Transport(once); twice != once {
		t.Error("a guard wrapped its own transport again")
	}
	if c := eu.Client(&http.Client{Transport: once}); c.Transport != once {
		t.Error("Client of a guarded client wraps again")
	}
	// Another guard replaces the first: its region alone counts.
	us := guard.New(residency.US, guard.WithLogger(discard())).Transport(once)
	if _, err := us.RoundTrip(newRequest(t, context.Background(), "GET", "https://api.mixpanel.com/track", nil)); err != nil {
		t.Errorf("a US guard over an EU guard: %v", err)
	}
	if _, err := us.RoundTrip(newRequest(t, context.Background(), "GET", "https://api-eu.mixpanel.com/track", nil)); !errors.Is(err, guard.ErrWrongRegion) {
		t.Errorf("a US guard over an EU guard lets EU through: %v", err)
	}
}

// dialer counts the connections it opens, all to addr, whatever the host.
type dialer struct {
	addr  string
	dials atomic.Int64
}

func (d *dialer) DialContext(ctx context.Context, network, _ string) (net.Conn, error) {
	d.dials.Add(1)
	var nd net.Dialer
	return nd.DialContext(ctx, network, d.addr)
}

// loopback returns a transport that sends every request, whatever its
// host, to srv, and counts its connections.
func loopback(t *testing.T, srv *httptest.Server) (*http.Transport, *dialer) {
	t.Helper()
	d := &dialer{addr: srv.Listener.Addr().String()}
	tr := srv.Client().Transport.(*http.Transport).Clone()
	tr.DialContext = d.DialContext
	if tr.TLSClientConfig == nil {
		tr.TLSClientConfig = &tls.Config{}
	}
	tr.TLSClientConfig.ServerName = "example.com" // in httptest's certificate
	t.Cleanup(tr.CloseIdleConnections)
	return tr, d
}

// TestEveryRequestSeen: under HTTP/1.1 and HTTP/2, with connections kept
// alive, the guard sees each request: 5 of 5 on one connection.
func TestEveryRequestSeen(t *testing.T) {
	for _, h2 := range []bool{false, true} {
		t.Run(map[bool]string{false: "HTTP/1.1", true: "HTTP/2"}[h2], func(t *testing.T) {
			var served atomic.Int64
			var protos sync.Map
			srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				served.Add(1)
				protos.Store(r.Proto, true)
				_, _ = io.WriteString(w, "ok")
			}))
			srv.EnableHTTP2 = h2
			srv.StartTLS()
			defer srv.Close()
			tr, d := loopback(t, srv)

			var seen atomic.Int64
			g := guard.New(residency.US, guard.WithMode(guard.Report), guard.WithLogger(discard()),
				guard.WithReport(func(context.Context, guard.Violation) { seen.Add(1) }))
			client := g.Client(&http.Client{Transport: tr})
			for range 5 {
				resp, err := client.Get("https://api-eu.mixpanel.com/track")
				if err != nil {
					t.Fatal(err)
				}
				_, _ = io.Copy(io.Discard, resp.Body)
				_ = resp.Body.Close()
			}
			want := map[bool]string{false: "HTTP/1.1", true: "HTTP/2.0"}[h2]
			if _, ok := protos.Load(want); !ok {
				t.Errorf("the server saw no %s request", want)
			}
			if seen.Load() != 5 || served.Load() != 5 || d.dials.Load() != 1 {
				t.Errorf("%d seen, %d served, %d connections; want 5, 5, 1", seen.Load(), served.Load(), d.dials.Load())
			}

			// And in Enforce mode, on the same connection, none is sent.
			enforce := guard.New(residency.US, guard.WithLogger(discard())).Client(&http.Client{Transport: tr})
			for range 5 {
				if _, err := enforce.Get("https://api-eu.mixpanel.com/track"); !errors.Is(err, guard.ErrWrongRegion) {
					t.Fatalf("Enforce: %v", err)
				}
			}
			if served.Load() != 5 || d.dials.Load() != 1 {
				t.Errorf("Enforce: %d served, %d connections; want 5, 1", served.Load(), d.dials.Load())
			}
		})
	}
}

// TestRefusedReachesNoDialerNorProxy: a refused request opens no
// connection and asks the configured proxy for nothing (no CONNECT); an
// allowed one, through the same transport, does both.
func TestRefusedReachesNoDialerNorProxy(t *testing.T) {
	var connects atomic.Int64
	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodConnect {
			connects.Add(1)
		}
		http.Error(w, "no", http.StatusForbidden)
	}))
	defer proxy.Close()
	d := &dialer{addr: proxy.Listener.Addr().String()}
	proxyURL, _ := url.Parse(proxy.URL)
	tr := &http.Transport{Proxy: http.ProxyURL(proxyURL), DialContext: d.DialContext}
	defer tr.CloseIdleConnections()
	client := guard.New(residency.EU, guard.WithLogger(discard())).Client(&http.Client{Transport: tr})

	b := &body{Reader: strings.NewReader("data=1")}
	req := newRequest(t, context.Background(), "POST", "https://api.mixpanel.com/track", b)
	if _, err := client.Do(req); !errors.Is(err, guard.ErrWrongRegion) {
		t.Fatalf("refused request: %v", err)
	}
	if d.dials.Load() != 0 || connects.Load() != 0 || !b.closed.Load() {
		t.Errorf("refused request: %d dials, %d proxy requests, body closed %v; want 0, 0, true", d.dials.Load(), connects.Load(), b.closed.Load())
	}

	if _, err := client.Get("https://api-eu.mixpanel.com/track"); err == nil || errors.Is(err, guard.ErrWrongRegion) {
		t.Fatalf("allowed request through a refusing proxy: %v", err)
	}
	if d.dials.Load() != 1 || connects.Load() != 1 {
		t.Errorf("allowed request: %d dials, %d proxy requests; want 1, 1", d.dials.Load(), connects.Load())
	}
}

// TestRedirectRefused: an EU host that redirects to the US is followed to
// the hop, where the guard refuses it; the error is ErrWrongRegion through
// *url.Error.
func TestRedirectRefused(t *testing.T) {
	var paths []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		paths = append(paths, r.Host+r.URL.Path)
		http.Redirect(w, r, "http://api.mixpanel.com/track?token=SECRET", http.StatusTemporaryRedirect)
	}))
	defer srv.Close()
	tr, _ := loopback(t, srv)
	client := guard.New(residency.EU, guard.WithLogger(discard())).Client(&http.Client{Transport: tr})

	_, err := client.Post("http://api-eu.mixpanel.com/track", "text/plain", strings.NewReader("data=1"))
	var ue *url.Error
	var e *guard.Error
	if !errors.As(err, &ue) || !errors.Is(err, guard.ErrWrongRegion) || !errors.As(err, &e) {
		t.Fatalf("redirect to the US: %T %v", err, err)
	}
	if len(paths) != 1 || paths[0] != "api-eu.mixpanel.com/track" {
		t.Errorf("the server saw %v, want the first request only", paths)
	}
	if e.Violation.URL != "http://api.mixpanel.com/track" || strings.Contains(e.Error(), "SECRET") {
		t.Errorf("violation %+v: %v", e.Violation, e)
	}
}

// TestInstallDefault: the default transport is guarded until restore; a
// second install changes nothing; a transport cloned before the install is
// not guarded (the documented limit).
func TestInstallDefault(t *testing.T) {
	orig := http.DefaultTransport
	clone := http.DefaultTransport.(*http.Transport).Clone()
	d := &dialer{addr: "127.0.0.1:1"} // nothing listens there
	clone.DialContext = d.DialContext

	g := guard.New(residency.EU, guard.WithLogger(discard()))
	restore := g.InstallDefault()
	installed := http.DefaultTransport
	if installed == orig {
		t.Fatal("InstallDefault left http.DefaultTransport alone")
	}
	restore2 := g.InstallDefault()
	if http.DefaultTransport != installed {
		t.Error("a second InstallDefault wrapped the transport again")
	}
	if _, err := http.Get("https://api.mixpanel.com/track"); !errors.Is(err, guard.ErrWrongRegion) {
		t.Errorf("http.Get after InstallDefault: %v", err)
	}
	if _, err := (&http.Client{}).Get("https://data.mixpanel.com/api/2.0/export"); !errors.Is(err, guard.ErrWrongRegion) {
		t.Errorf("a client without a transport after InstallDefault: %v", err)
	}
	// The limit: the clone goes to its dialer.
	if _, err := (&http.Client{Transport: clone}).Get("https://api.mixpanel.com/track"); errors.Is(err, guard.ErrWrongRegion) || d.dials.Load() != 1 {
		t.Errorf("a transport cloned before the install: %v, %d dials; want it unguarded", err, d.dials.Load())
	}
	restore2()
	if http.DefaultTransport != installed {
		t.Error("the second restore did not put back the first install")
	}
	restore()
	restore()
	if http.DefaultTransport != orig {
		t.Error("restore did not put back the original transport")
	}
}

// TestTransportTable: through the transport, every family in every region
// under a guard of every region, hosts that do not exist, neutral and
// foreign hosts, in any case, with a trailing dot or a port.
func TestTransportTable(t *testing.T) {
	type tc struct {
		url   string
		wrong bool
	}
	for _, want := range residency.Regions {
		var cases []tc
		for _, f := range residency.Families {
			for _, r := range residency.Regions {
				h := residency.Host(f, r)
				for _, u := range []string{"https://" + h + "/api/2.0/x", "https://" + strings.ToUpper(h) + "./api/app", "http://" + h + ":8080/security/login/1"} {
					cases = append(cases, tc{u, r != want})
				}
			}
		}
		for _, h := range []string{"api.eu.mixpanel.com", "data-eu.mixpanel", "api-js-eu.mixpanel.com", "decide-in.mixpanel.com", "in.data.mixpanel.com", "mcp.eu.mixpanel.com"} {
			cases = append(cases, tc{"https://" + h + "/track", true}) // do not exist
		}
		for _, h := range []string{"cdn.mxpnl.com", "api-backup.mixpanel.com", "sso.mixpanel.com", "docs.mixpanel.com", "www.mixpanel.com", "status.mixpanel.com",
			"example.com", "api.mixpanel.com.example.org", "notmixpanel.com", "127.0.0.1:9", "[::1]:443"} {
			cases = append(cases, tc{"https://" + h + "/track", false})
		}
		cases = append(cases, tc{"https://mixpanel.com/pricing", false}, tc{"https://MIXPANEL.COM.", want != residency.US})

		base := newFakeBase()
		rt := guard.New(want, guard.WithLogger(discard())).Transport(base)
		for _, c := range cases {
			before := base.calls.Load()
			_, err := rt.RoundTrip(newRequest(t, context.Background(), "GET", c.url, nil))
			sent := base.calls.Load() == before+1
			if errors.Is(err, guard.ErrWrongRegion) != c.wrong || sent == c.wrong {
				t.Errorf("%s guard, %s: %v, sent %v; want refused: %v", want, c.url, err, sent, c.wrong)
			}
		}
	}
}
