package guard

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"

	"github.com/mpreslint/mpreslint/residency"
)

// Mode says what a Guard does with a request that leaves its region.
type Mode int

const (
	// Enforce refuses the request: nothing is sent. The default.
	Enforce Mode = iota
	// Report reports the request and sends it all the same, for a rollout.
	Report
)

func (m Mode) String() string {
	switch m {
	case Enforce:
		return "enforce"
	case Report:
		return "report"
	}
	return fmt.Sprintf("Mode(%d)", int(m))
}

// An Option configures a Guard.
type Option func(*Guard)

// WithMode sets what the Guard does with a violation: Enforce (the
// default) or Report.
func WithMode(m Mode) Option {
	return func(g *Guard) { g.mode = m }
}

// WithReport has fn called for every violation, in both modes, before the
// request is refused or sent. fn may be called from many goroutines at once.
func WithReport(fn func(ctx context.Context, v Violation)) Option {
	return func(g *Guard) { g.report = fn }
}

// WithLogger sets the logger of violations (default: slog.Default() at the
// time of the violation). The first violation of each host is logged; the
// later ones are counted, not logged.
func WithLogger(l *slog.Logger) Option {
	return func(g *Guard) { g.logger = l }
}

// regionKey is the context key of WithRegion.
type regionKey struct{}

// WithRegion returns a context whose requests may go to region r instead
// of the Guard's own: for a multi-tenant service, the region of the tenant
// a request is for. Requests made with other contexts are not affected.
func WithRegion(ctx context.Context, r residency.Region) context.Context {
	return context.WithValue(ctx, regionKey{}, r)
}

// A Guard refuses, or reports, Mixpanel requests that leave its region.
// It is safe for use by many goroutines at once.
type Guard struct {
	region residency.Region
	mode   Mode
	report func(context.Context, Violation)
	logger *slog.Logger // nil: slog.Default()

	mu     sync.Mutex
	counts map[string]int // violations per host, as in Violation.Host
}

// New returns a Guard for a project of region r. An unknown region lets
// no regional Mixpanel host through.
func New(region residency.Region, opts ...Option) *Guard {
	g := &Guard{region: region}
	for _, opt := range opts {
		if opt != nil {
			opt(g)
		}
	}
	return g
}

// Violation describes a request, or a configured host, that leaves the
// region.
type Violation struct {
	URL     string             // scheme://host/path only: never user info, query or fragment (tokens travel in queries)
	Host    string             // as requested, lower case
	Got     residency.Endpoint // what the host serves
	Want    residency.Region
	Suggest string // the host of the same family in Want, e.g. api-eu.mixpanel.com
}

// ErrWrongRegion is the error every *Error wraps.
var ErrWrongRegion = errors.New("mixpanel host outside the project's region")

// Error is the error of a refused request, and of Check.
type Error struct{ Violation Violation }

func (e *Error) Error() string {
	v := e.Violation
	return "mixpanel guard: " + v.URL + ": " + v.message()
}

// Unwrap returns ErrWrongRegion.
func (e *Error) Unwrap() error { return ErrWrongRegion }

// message says what is wrong, as mpreslint's findings do.
func (v Violation) message() string {
	want := v.Want.Label() + " projects"
	if v.Suggest == "" {
		return fmt.Sprintf("host %s (%s, %s region) cannot serve unknown region %q", v.Host, v.Got.API, v.Got.Region.Label(), string(v.Want))
	}
	if !v.Got.Exists {
		return fmt.Sprintf("host %s does not exist (meant for the %s %s); %s must use %s", v.Host, v.Got.Region.Label(), v.Got.API, want, v.Suggest)
	}
	return fmt.Sprintf("host %s (%s) is in the %s region; %s must use %s", v.Host, v.Got.API, v.Got.Region.Label(), want, v.Suggest)
}

// wrong reports whether ep may not serve a project of region r.
func wrong(ep residency.Endpoint, r residency.Region) bool {
	return !ep.Exists || ep.Region != r
}

// newViolation describes a request to host (with its port, if any) under
// path, made with scheme ("" for none; "//" alone for a scheme-relative URL).
func newViolation(scheme, host, path string, ep residency.Endpoint, want residency.Region) Violation {
	host = strings.ToLower(host)
	url := host + path
	switch scheme {
	case "":
	case "//":
		url = "//" + url
	default:
		url = scheme + "://" + url
	}
	return Violation{URL: url, Host: host, Got: ep, Want: want, Suggest: residency.Host(ep.Family, want)}
}

// Check returns an *Error if urlOrHost, a URL or a host name as found in
// an environment variable or a configuration file, names a Mixpanel host
// that is wrong for the Guard's region: a host of another region, or one
// that does not exist. It returns nil for "" and for every other host. It
// reads urlOrHost as mpreslint reads a string in code (see residency.Find)
// and neither logs nor reports: the caller decides, in both modes.
func (g *Guard) Check(urlOrHost string) error {
	s := strings.TrimSpace(urlOrHost)
	if !residency.Mentions(s) {
		return nil
	}
	scheme, host, path := split(s)
	ep, ok := residency.Lookup(host, path)
	if !ok || !wrong(ep, g.region) {
		return nil
	}
	return &Error{Violation: newViolation(scheme, host, path, ep, g.region)}
}

// split reads a URL or a host name: its scheme ("" for none, "//" for a
// scheme-relative URL), host (with port) and the path Lookup wants.
func split(s string) (scheme, host, path string) {
	rest := s
	if i := strings.Index(s, "//"); i >= 0 && isScheme(s[:i]) {
		scheme, rest = strings.TrimSuffix(s[:i], ":"), s[i+2:]
		if scheme == "" {
			scheme = "//"
		}
	}
	authority := rest
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		authority, rest = rest[:i], rest[i:]
	} else {
		rest = ""
	}
	if i := strings.IndexAny(rest, "?#"); i >= 0 {
		rest = rest[:i]
	}
	host, path = authority, rest
	if scheme == "" {
		if path == "/" {
			path = "" // a host alone: "mixpanel.com/" is the marketing site
		}
		return scheme, host, path
	}
	if i := strings.LastIndexByte(host, '@'); i >= 0 {
		// User info: as residency.Find, read the root of such a URL as
		// the host alone.
		host = host[i+1:]
		if path == "/" {
			path = ""
		}
		return scheme, host, path
	}
	if path == "" {
		path = "/"
	}
	return scheme, host, path
}

// isScheme reports whether before, the text before "//", is empty or a
// scheme and ":". As residency.Find, it takes any scheme name.
func isScheme(before string) bool {
	if before == "" {
		return true
	}
	name, ok := strings.CutSuffix(before, ":")
	if !ok || name == "" {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		alnum := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
		if !alnum && strings.IndexByte("+-._%", c) < 0 {
			return false
		}
	}
	return true
}

// violate records a violation: it calls the report function, logs the
// first violation of the host and counts the others.
func (g *Guard) violate(ctx context.Context, v Violation) {
	if g.report != nil {
		g.report(ctx, v)
	}
	g.mu.Lock()
	if g.counts == nil {
		g.counts = make(map[string]int)
	}
	g.counts[v.Host]++
	first := g.counts[v.Host] == 1
	g.mu.Unlock()
	if !first {
		return
	}
	logger := g.logger
	if logger == nil {
		logger = slog.Default()
	}
	level, msg := slog.LevelError, "mixpanel guard: refused a request outside the project's region"
	if g.mode == Report {
		level, msg = slog.LevelWarn, "mixpanel guard: request outside the project's region"
	}
	logger.LogAttrs(ctx, level, msg,
		slog.String("url", v.URL),
		slog.String("problem", v.message()),
		slog.String("mode", g.mode.String()),
		slog.String("note", "later violations of this host are counted, not logged"))
}

// LogValue lists the violations counted so far, per host, so that
// slog.Info("mixpanel guard", "violations", g) logs them.
func (g *Guard) LogValue() slog.Value {
	g.mu.Lock()
	defer g.mu.Unlock()
	attrs := make([]slog.Attr, 0, len(g.counts))
	for host, n := range g.counts {
		attrs = append(attrs, slog.Int(host, n))
	}
	slices.SortFunc(attrs, func(a, b slog.Attr) int { return strings.Compare(a.Key, b.Key) })
	return slog.GroupValue(attrs...)
}
