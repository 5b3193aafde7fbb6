package flagsv2

import (
	"github.com/mixpanel/mixpanel-go/v2"
	"github.com/mixpanel/mixpanel-go/v2/flags"
)

// A fix that inserts a host: setting APIHost in one arm would make the US
// host of the other arm look deliberate, so neither gets a fix.
func flagsPerRegion(region string) *mixpanel.ApiClient {
	if region == "eu" {
		cfg := flags.DefaultLocalFlagsConfig()
		return mixpanel.NewApiClient("token", mixpanel.EuResidency(), mixpanel.WithLocalFlags(cfg)) // want `flags config cfg from flags.DefaultLocalFlagsConfig\(\).*\(no fix: another arm of the same region choice is wrong too; change them together\)`
	}
	return mixpanel.NewApiClient("token", mixpanel.EuResidency(),
		mixpanel.WithLocalFlags(flags.LocalFlagsConfig{FlagsConfig: flags.FlagsConfig{APIHost: "api.mixpanel.com"}})) // want `host api.mixpanel.com \(ingestion API\).*\(no fix: another arm of the same region choice is wrong too; change them together\)`
}
