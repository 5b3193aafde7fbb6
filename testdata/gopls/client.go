package main

import "github.com/mixpanel/mixpanel-go"

func newClient(token string) *mixpanel.ApiClient {
	return mixpanel.NewApiClient(token)
}
