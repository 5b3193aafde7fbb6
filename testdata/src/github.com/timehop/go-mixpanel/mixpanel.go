// Package mixpanel is a stub of github.com/timehop/go-mixpanel (mixpanel.go,
// 2015-06-30) for mpreslint's tests: the exported API that matters, no
// behaviour.
package mixpanel

const apiBaseUrl = "http://api.mixpanel.com"

type Mixpanel struct {
	Token   string
	BaseUrl string
}

type Properties map[string]interface{}

func NewMixpanel(token string) *Mixpanel {
	return &Mixpanel{Token: token, BaseUrl: apiBaseUrl}
}

func (m *Mixpanel) Track(distinctId string, event string, props Properties) error { return nil }
