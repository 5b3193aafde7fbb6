// Package mixpanel is a local package that happens to share the SDK's name.
package mixpanel

type Client struct{}

func NewApiClient(token string, opts ...func(*Client)) *Client { return &Client{} }

func New(token, apiURL string) *Client { return &Client{} }
