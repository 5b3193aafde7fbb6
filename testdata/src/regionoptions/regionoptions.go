// Package regionoptions: a client whose region is set by per-region
// options, as the official SDK's EuResidency and InResidency do. Each
// option is an arm of a choice its callers make; the caller that passes
// the wrong one is the sdk rule's (or the host rule's, for a client of
// one's own).
package regionoptions

const (
	usEndpoint = "https://api.mixpanel.com"
	euEndpoint = "https://api-eu.mixpanel.com"
	inEndpoint = "https://api-in.mixpanel.com"
	debugHost  = "https://api.mixpanel.com/debug" // want `host api.mixpanel.com \(ingestion API\) is in the US region`
)

type Client struct{ endpoint string }

type Option func(*Client)

func New(opts ...Option) *Client {
	c := &Client{endpoint: usEndpoint}
	for _, o := range opts {
		o(c)
	}
	return c
}

func EuResidency() Option { return func(c *Client) { c.endpoint = euEndpoint } }

func InResidency() Option { return func(c *Client) { c.endpoint = inEndpoint } }

// A debug option is no region choice: its host is sent whenever it is on.
func WithDebug() Option { return func(c *Client) { c.endpoint = debugHost } }

// Options that set one field each, named for their region, with the
// hosts written in place.
type Export struct{ base string }

func (e *Export) UseEurope() { e.base = "https://data-eu.mixpanel.com/api/2.0" }

func (e *Export) UseIndia() { e.base = "https://data-in.mixpanel.com/api/2.0" }
