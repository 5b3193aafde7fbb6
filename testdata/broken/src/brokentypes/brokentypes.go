package brokentypes

// Code that does not type-check still gets host findings.

const trackURL = "https://api.mixpanel.com/track" // want `host api.mixpanel.com \(ingestion API\)`

func send() error {
	return post(undefinedClient, trackURL)
}

var sso = notDeclared{URL: "https://mixpanel.com/security/login/1"} // want `the SSO postback URL mixpanel.com/security/login/1 has no region prefix`
