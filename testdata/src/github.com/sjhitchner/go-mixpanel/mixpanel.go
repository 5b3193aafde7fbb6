// Package mixpanel is a stub of github.com/sjhitchner/go-mixpanel
// (mixpanel.go, 2014) for mpreslint's tests: the exported API that
// matters, no behaviour.
package mixpanel

const MIXPANEL_BASE_URL = "http://api.mixpanel.com"

type Event struct {
	Name       string
	Properties map[string]interface{}
}

// Create mixpanel client
func NewMixpanel(token string) *MixpanelClient {
	return NewMixpanelWithUrl(token, MIXPANEL_BASE_URL)
}

// Create mixpanel client
func NewMixpanelWithUrl(token string, url string) *MixpanelClient {
	return &MixpanelClient{token, url}
}

// Client struct
type MixpanelClient struct {
	token   string
	baseUrl string
}

func (m *MixpanelClient) Track(event *Event) error { return nil }
