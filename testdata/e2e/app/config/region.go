package config

// IngestionHost picks the host by the project's region at run time: a
// deliberate choice, not reported in any region.
func IngestionHost(region string) string {
	switch region {
	case "eu":
		return "api-eu.mixpanel.com"
	case "in":
		return "api-in.mixpanel.com"
	}
	return "api.mixpanel.com"
}
