package optionwrapper

// Elsewhere does not import the SDK: it is reported without a fix.
func Elsewhere() any {
	return fromEnv() // want `call to fromEnv without EuResidency\(\) builds a client with mixpanel.NewApiClient`
}
