package analytics

// IngestionHost returns the ingestion host of a project in region, as set
// in the deployment's configuration. Choosing the region at run time is
// deliberate, so mpreslint leaves the US host here alone.
func IngestionHost(region string) string {
	switch region {
	case "eu":
		return "api-eu.mixpanel.com"
	case "in":
		return "api-in.mixpanel.com"
	default:
		return "api.mixpanel.com"
	}
}
