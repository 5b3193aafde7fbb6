// Package mixpanel is a stub of vizzlo.com/mixpanel v1.2.0 (repository
// vizzlo/go-mixpanel, mixpanel.go and profiles.go) for mpreslint's tests:
// the exported API that matters, no behaviour.
package mixpanel

import "net/http"

const apiBaseURL = "https://api.mixpanel.com"

// Client is a client to talk to the API.
type Client struct {
	Token   string
	BaseURL string
	Client  http.Client
}

type Properties map[string]interface{}

func New(token string) *Client {
	return &Client{Token: token, BaseURL: apiBaseURL}
}

func (m *Client) Track(distinctID string, event string, props Properties) error { return nil }

// ExportClient hard-codes https://mixpanel.com/api/2.0/%s.
type ExportClient struct{ secret string }

func NewExportClient(apiSecret string) *ExportClient { return &ExportClient{secret: apiSecret} }
