package notsdk

import "notsdk/mixpanel"

// Negatives: a local package named mixpanel is not the SDK.

func client() *mixpanel.Client {
	return mixpanel.NewApiClient("token")
}

func legacy() *mixpanel.Client {
	return mixpanel.New("token", "")
}

type sdk struct{}

func (sdk) NewApiClient(token string) int { return 0 }

func method() int {
	var mixpanel sdk
	return mixpanel.NewApiClient("token")
}
