package guard_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/mpreslint/mpreslint/guard"
	"github.com/mpreslint/mpreslint/residency"
)

// TestNoAllocation: a request to a host that cannot be Mixpanel's, or to
// an allowed Mixpanel host, costs the guard no allocation.
func TestNoAllocation(t *testing.T) {
	rt := guard.New(residency.EU).Transport(newFakeBase())
	for _, c := range []struct {
		ctx context.Context
		url string
	}{
		{context.Background(), "https://example.com/v1/items?id=1"},
		{context.Background(), "https://www.googleapis.com/upload"},
		{context.Background(), "https://api-eu.mixpanel.com/track"},
		{context.Background(), "https://EU.MIXPANEL.COM/api/app/projects/1/schemas"},
		{context.Background(), "https://cdn.mxpnl.com/libs/mixpanel.js"},
		{guard.WithRegion(context.Background(), residency.US), "https://api.mixpanel.com/track"},
	} {
		req := newRequest(t, c.ctx, "GET", c.url, nil)
		if n := testing.AllocsPerRun(1000, func() { _, _ = rt.RoundTrip(req) }); n != 0 {
			t.Errorf("RoundTrip(%s): %v allocations, want 0", c.url, n)
		}
	}
}

// TestConcurrentUse: one Guard of each mode used by many goroutines at
// once counts and reports every violation (run with -race).
func TestConcurrentUse(t *testing.T) {
	const goroutines, perGoroutine = 8, 250
	urls := []string{"https://api.mixpanel.com/track", "https://api-eu.mixpanel.com/track", "https://data.mixpanel.com/api/2.0/export", "https://example.com/"}
	for _, mode := range []guard.Mode{guard.Enforce, guard.Report} {
		t.Run(mode.String(), func(t *testing.T) {
			var reports atomic.Int64
			var logs syncBuffer
			g := guard.New(residency.EU, guard.WithMode(mode),
				guard.WithLogger(slog.New(slog.NewTextHandler(&logs, nil))),
				guard.WithReport(func(context.Context, guard.Violation) { reports.Add(1) }))
			base := newFakeBase()
			client := g.Client(&http.Client{Transport: base})
			var refused atomic.Int64
			var wg sync.WaitGroup
			for i := range goroutines {
				wg.Go(func() {
					for j := range perGoroutine {
						resp, err := client.Get(urls[(i+j)%len(urls)])
						switch {
						case errors.Is(err, guard.ErrWrongRegion):
							refused.Add(1)
						case err != nil:
							t.Error(err)
						default:
							_ = resp.Body.Close()
						}
					}
				})
			}
			wg.Wait()
			total := int64(goroutines * perGoroutine)
			wrong := total / 2 // two of the four URLs
			if reports.Load() != wrong {
				t.Errorf("%d reports, want %d", reports.Load(), wrong)
			}
			wantRefused, wantSent := wrong, total-wrong
			if mode == guard.Report {
				wantRefused, wantSent = 0, total
			}
			if refused.Load() != wantRefused || base.calls.Load() != wantSent {
				t.Errorf("%d refused, %d sent; want %d, %d", refused.Load(), base.calls.Load(), wantRefused, wantSent)
			}
			if n := strings.Count(logs.String(), "\n"); n != 2 {
				t.Errorf("%d log lines, want 2 (one per host):\n%s", n, logs.String())
			}
			want := fmt.Sprintf(`"api.mixpanel.com":%d,"data.mixpanel.com":%d`, wrong/2, wrong/2)
			var counts bytes.Buffer
			slog.New(slog.NewJSONHandler(&counts, nil)).Info("", "v", g)
			if !strings.Contains(counts.String(), want) {
				t.Errorf("counts %s, want %s", counts.String(), want)
			}
		})
	}
}

// syncBuffer is a bytes.Buffer safe for concurrent writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestModeString(t *testing.T) {
	if guard.Enforce.String() != "enforce" || guard.Report.String() != "report" || guard.Mode(7).String() != "Mode(7)" {
		t.Error("Mode.String")
	}
}

// TestDefaultLogger: without WithLogger, violations go to slog.Default()
// as it is when they happen.
func TestDefaultLogger(t *testing.T) {
	old := slog.Default()
	defer slog.SetDefault(old)
	g := guard.New(residency.EU)
	var logs bytes.Buffer
	slog.SetDefault(slog.New(slog.NewTextHandler(&logs, nil)))
	_ = g.Check("https://api.mixpanel.com") // Check does not log
	_, _ = g.Transport(newFakeBase()).RoundTrip(newRequest(t, context.Background(), "GET", "https://api.mixpanel.com/track", nil))
	if n := strings.Count(logs.String(), "\n"); n != 1 || !strings.Contains(logs.String(), "level=ERROR") {
		t.Errorf("default logger got:\n%s", logs.String())
	}
}
