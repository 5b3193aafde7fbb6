// Package mixpanel is a stub of github.com/freshpaint-io/mixpanel at ef2be7d
// (repository Perfalytics/mixpanel, a fork of github.com/dukex/mixpanel) for
// mpreslint's tests: the exported API that matters, no behaviour.
package mixpanel

import "net/http"

type Event struct {
	IP         string
	Timestamp  *int64
	Properties map[string]interface{}
}

type Mixpanel interface {
	Track(distinctId, eventName string, e *Event) error
	Alias(distinctId, newId string) error
}

type mixpanel struct {
	Client *http.Client
	Token  string
	Secret string
	ApiURL string
}

func (m *mixpanel) Track(distinctId, eventName string, e *Event) error { return nil }
func (m *mixpanel) Alias(distinctId, newId string) error               { return nil }

func New(token, apiURL string) Mixpanel {
	return NewFromClient(http.DefaultClient, token, apiURL)
}

func NewWithSecret(token, secret, apiURL string) Mixpanel {
	return NewFromClientWithSecret(http.DefaultClient, token, secret, apiURL)
}

func NewFromClient(c *http.Client, token, apiURL string) Mixpanel {
	return NewFromClientWithSecret(c, token, "", apiURL)
}

func NewFromClientWithSecret(c *http.Client, token, secret, apiURL string) Mixpanel {
	if apiURL == "" {
		apiURL = "https://api.mixpanel.com"
	}
	return &mixpanel{Client: c, Token: token, Secret: secret, ApiURL: apiURL}
}
