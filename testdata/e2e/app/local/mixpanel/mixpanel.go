// Package mixpanel is the application's own package of that name: its
// NewApiClient is not the SDK's and is not reported.
package mixpanel

// Client is a local client.
type Client struct{ token string }

// NewApiClient is unrelated to the SDK.
func NewApiClient(token string, opts ...func(*Client)) *Client { return &Client{token: token} }

// Default uses it.
func Default() *Client { return NewApiClient("t") }
