// Package mixpanel is a stub of github.com/stryd/mixpanel-go v0.1.2
// (mixpanel.go, options.go) for mpreslint's tests: the exported API that
// matters, no behaviour.
package mixpanel

import "net/http"

type (
	API interface {
		Track(events ...Event) error
	}
	Config struct {
		ApiUrl         string
		Token          string
		ServiceAccount *ServiceAccount
		ProjectID      string
	}
	ServiceAccount struct {
		Username string
		Secret   string
	}
)

type Event struct {
	Name       string
	Properties map[string]any
}

type client struct {
	config     Config
	httpClient *http.Client
}

func (c *client) Track(events ...Event) error { return nil }

// New creates a new Mixpanel Client with the given options.
func New(options ...Option) API {
	return NewWithClient(http.DefaultClient, options...)
}

func NewWithClient(httpClient *http.Client, options ...Option) API {
	config := Config{ApiUrl: "https://api.mixpanel.com"}
	for i := range options {
		options[i].Apply(&config)
	}
	return &client{config: config, httpClient: httpClient}
}

type Option interface {
	Apply(*Config)
}

type optionFunc func(*Config)

func (f optionFunc) Apply(c *Config) { f(c) }

func WithApiUrl(value string) Option    { return optionFunc(func(c *Config) { c.ApiUrl = value }) }
func WithToken(value string) Option     { return optionFunc(func(c *Config) { c.Token = value }) }
func WithProjectID(value string) Option { return optionFunc(func(c *Config) { c.ProjectID = value }) }
func WithServiceAccount(username, secret string) Option {
	return optionFunc(func(c *Config) { c.ServiceAccount = &ServiceAccount{username, secret} })
}
