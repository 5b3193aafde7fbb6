// Package mixpanel is a stub of github.com/mixpanel/mixpanel-go/v2 v2.0.0
// for mpreslint's tests: the exported API that matters, no behaviour.
package mixpanel

import (
	"context"
	"io"
	"net/http"
	"time"

	"github.com/mixpanel/mixpanel-go/v2/flags"
)

const (
	usEndpoint     = "https://api.mixpanel.com"
	usDataEndpoint = "https://data.mixpanel.com"
	euEndpoint     = "https://api-eu.mixpanel.com"
	euDataEndpoint = "https://data-eu.mixpanel.com"
	inEndpoint     = "https://api-in.mixpanel.com"
	inDataEndpoint = "https://data-in.mixpanel.com"
)

type ApiClient struct {
	apiEndpoint  string
	dataEndpoint string
	client       *http.Client

	LocalFlags  *flags.LocalFeatureFlagsProvider
	RemoteFlags *flags.RemoteFeatureFlagsProvider
}

type Options func(mixpanel *ApiClient)

type TrackerBuilder func(client *ApiClient) flags.Tracker

func NewApiClient(token string, options ...Options) *ApiClient {
	c := &ApiClient{apiEndpoint: usEndpoint, dataEndpoint: usDataEndpoint, client: http.DefaultClient}
	for _, o := range options {
		o(c)
	}
	return c
}

func EuResidency() Options {
	return func(m *ApiClient) { m.apiEndpoint, m.dataEndpoint = euEndpoint, euDataEndpoint }
}

func InResidency() Options {
	return func(m *ApiClient) { m.apiEndpoint, m.dataEndpoint = inEndpoint, inDataEndpoint }
}

func ProxyApiLocation(proxy string) Options  { return func(m *ApiClient) { m.apiEndpoint = proxy } }
func ProxyDataLocation(proxy string) Options { return func(m *ApiClient) { m.dataEndpoint = proxy } }
func HttpClient(client *http.Client) Options { return func(m *ApiClient) { m.client = client } }
func ServiceAccount(projectID int, username, secret string) Options {
	return func(*ApiClient) {}
}
func DebugHttpCalls(writer io.Writer) Options { return func(*ApiClient) {} }

func DefaultFlagsExposureTracker(client *ApiClient) flags.Tracker { return nil }

func WithLocalFlags(config flags.LocalFlagsConfig) Options { return func(*ApiClient) {} }
func WithLocalFlagsAndTracker(config flags.LocalFlagsConfig, builder TrackerBuilder) Options {
	return func(*ApiClient) {}
}
func WithRemoteFlags(config flags.RemoteFlagsConfig, builder TrackerBuilder) Options {
	return func(*ApiClient) {}
}

func (a *ApiClient) Track(events []*Event) error { return nil }

type Event struct {
	Name       string
	Properties map[string]any
}

func (a *ApiClient) NewEvent(name, distinctID string, properties map[string]any) *Event {
	return &Event{Name: name, Properties: properties}
}

// Export reads dataEndpoint + "/api/2.0/export". The SDK's dates are
// civil.Date (cloud.google.com/go/civil); the stub takes time.Time to stay
// free of dependencies.
func (a *ApiClient) Export(ctx context.Context, fromDate, toDate time.Time, limit int, event, where string) ([]*Event, error) {
	return nil, nil
}
