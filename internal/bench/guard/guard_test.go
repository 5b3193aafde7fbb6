// Package guard measures the cost of mpreslint's runtime guard per
// request, against the bare transport, side by side in one run:
//
//	go test -bench . ./internal/bench/guard
//
// Each benchmark alternates batches of requests through the bare
// transport and through the guarded one, and reports the time per request
// of each, the difference and the ratio. The "memory" benchmarks use a transport that
// answers at once, so they show the guard's own cost; the "loopback" ones
// send real requests to a local server, as a service does.
package guard

import (
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/mpreslint/mpreslint/guard"
	"github.com/mpreslint/mpreslint/residency"
)

// pair runs b.N rounds of batch requests through bare and through guarded,
// alternating which goes first, and reports the time per request of each.
func pair(b *testing.B, batch int, bare, guarded func()) {
	b.Helper()
	var tBare, tGuarded time.Duration
	run := func(f func()) time.Duration {
		start := time.Now()
		for range batch {
			f()
		}
		return time.Since(start)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if i%2 == 0 {
			tBare += run(bare)
			tGuarded += run(guarded)
		} else {
			tGuarded += run(guarded)
			tBare += run(bare)
		}
	}
	n := float64(b.N * batch)
	b.ReportMetric(0, "ns/op")
	b.ReportMetric(float64(tBare.Nanoseconds())/n, "bare-ns/req")
	b.ReportMetric(float64(tGuarded.Nanoseconds())/n, "guarded-ns/req")
	b.ReportMetric(float64((tGuarded-tBare).Nanoseconds())/n, "added-ns/req")
	b.ReportMetric(float64(tGuarded)/float64(tBare), "guarded/bare")
}

// answer is a transport that answers every request at once.
type answer struct{ resp *http.Response }

func (a answer) RoundTrip(*http.Request) (*http.Response, error) { return a.resp, nil }

func newGuard() *guard.Guard {
	return guard.New(residency.EU, guard.WithLogger(slog.New(slog.DiscardHandler)))
}

func BenchmarkMemory(b *testing.B) {
	base := answer{&http.Response{StatusCode: http.StatusOK, Body: http.NoBody}}
	guarded := newGuard().Transport(base)
	for _, c := range []struct{ name, url string }{
		{"foreign host", "https://example.com/v1/items?id=1"},
		{"allowed Mixpanel host", "https://api-eu.mixpanel.com/track?verbose=1"},
		{"refused Mixpanel host", "https://api.mixpanel.com/track?verbose=1"},
	} {
		b.Run(c.name, func(b *testing.B) {
			req, err := http.NewRequest("POST", c.url, nil)
			if err != nil {
				b.Fatal(err)
			}
			pair(b, 100,
				func() { _, _ = base.RoundTrip(req) },
				func() { _, _ = guarded.RoundTrip(req) })
		})
	}
}

func BenchmarkLoopback(b *testing.B) {
	for _, h2 := range []bool{false, true} {
		b.Run(map[bool]string{false: "HTTP/1.1", true: "HTTP/2"}[h2], func(b *testing.B) {
			srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				_, _ = io.Copy(io.Discard, r.Body)
				_, _ = io.WriteString(w, `{"status":1}`)
			}))
			srv.EnableHTTP2 = h2
			srv.StartTLS()
			defer srv.Close()
			tr := srv.Client().Transport.(*http.Transport).Clone()
			addr := srv.Listener.Addr().String()
			tr.DialContext = func(ctx context.Context, network, _ string) (net.Conn, error) {
				var d net.Dialer
				return d.DialContext(ctx, network, addr) // api-eu.mixpanel.com is the local server
			}
			tr.TLSClientConfig = tr.TLSClientConfig.Clone()
			tr.TLSClientConfig.ServerName = "example.com" // in httptest's certificate
			defer tr.CloseIdleConnections()
			bare := &http.Client{Transport: tr}
			guarded := newGuard().Client(bare)
			get := func(c *http.Client) func() {
				return func() {
					resp, err := c.Get("https://api-eu.mixpanel.com/track?verbose=1")
					if err != nil {
						b.Fatal(err)
					}
					_, _ = io.Copy(io.Discard, resp.Body)
					_ = resp.Body.Close()
				}
			}
			pair(b, 10, get(bare), get(guarded))
		})
	}
}
