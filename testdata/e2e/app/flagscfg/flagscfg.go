package flagscfg

import (
	"github.com/mixpanel/mixpanel-go/v2"
	"github.com/mixpanel/mixpanel-go/v2/flags"
)

// Client evaluates feature flags locally. EuResidency() does not reach
// the flags config, whose APIHost stays api.mixpanel.com.
func Client(token string) *mixpanel.ApiClient {
	cfg := flags.DefaultLocalFlagsConfig()
	cfg.EnablePolling = true
	return mixpanel.NewApiClient(token, mixpanel.EuResidency(), mixpanel.WithLocalFlags(cfg))
}
