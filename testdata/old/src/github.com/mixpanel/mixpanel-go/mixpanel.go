// Package mixpanel is a stub of github.com/mixpanel/mixpanel-go v0.1.1,
// before NewApiClient, for mpreslint's tests.
package mixpanel

type Mixpanel struct {
	apiEndpoint  string
	dataEndpoint string
}

type Options func(mixpanel *Mixpanel)

func NewClient(token string, options ...Options) *Mixpanel {
	m := &Mixpanel{apiEndpoint: "https://api.mixpanel.com", dataEndpoint: "https://data.mixpanel.com"}
	for _, o := range options {
		o(m)
	}
	return m
}

func EuResidency() Options {
	return func(m *Mixpanel) { m.apiEndpoint, m.dataEndpoint = "https://api-eu.mixpanel.com", "https://data-eu.mixpanel" }
}

func ProjectID(id int) Options { return func(*Mixpanel) {} }
