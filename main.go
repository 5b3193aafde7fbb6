package main

import "fmt"

const trackURL = "https://api.mixpanel.com/track"

const (
	usHost = "api.mixpanel.com"
	euHost = "api-eu.mixpanel.com"
)

var sso = "https://mixpanel.com/security/login/1"
var bad = "https://api.eu.mixpanel.com/track"
var prose = "events go to https://api.mixpanel.com by default"
var signup = "https://mixpanel.com/signup"
var export = `https://data.mixpanel.com/api/2.0/export?from=%s`

func main() {
	fmt.Println(trackURL, usHost, euHost, sso, bad, prose, signup, export)
	fmt.Printf("https://data.mixpanel.com/api/2.0/%s\n", "export")
}
