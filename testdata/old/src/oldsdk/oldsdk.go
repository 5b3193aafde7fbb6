package oldsdk

import "github.com/mixpanel/mixpanel-go"

func client() *mixpanel.Mixpanel {
	return mixpanel.NewClient("token", mixpanel.ProjectID(1)) // want `call to mixpanel.NewClient without EuResidency\(\)`
}

func resident() *mixpanel.Mixpanel {
	return mixpanel.NewClient("token", mixpanel.EuResidency())
}
