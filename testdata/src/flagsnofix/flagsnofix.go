package flagsnofix

// Configs reported without a fix: an assignment on the next line would
// not run right after the definition. This file is not gofmt-ed, which
// would split the first case's line.

import (
	"github.com/mixpanel/mixpanel-go/v2"
	"github.com/mixpanel/mixpanel-go/v2/flags"
)

func sameLine() *mixpanel.ApiClient {
	cfg := flags.DefaultLocalFlagsConfig(); _ = cfg.EnablePolling
	return mixpanel.NewApiClient("token", mixpanel.EuResidency(), mixpanel.WithLocalFlags(cfg)) // want `flags config cfg from flags.DefaultLocalFlagsConfig\(\)`
}

func blockComment() *mixpanel.ApiClient {
	cfg := flags.DefaultLocalFlagsConfig() /* a comment
	over two lines */
	return mixpanel.NewApiClient("token", mixpanel.EuResidency(), mixpanel.WithLocalFlags(cfg)) // want `flags config cfg from flags.DefaultLocalFlagsConfig\(\)`
}

func inIfInit() *mixpanel.ApiClient {
	if cfg := flags.DefaultLocalFlagsConfig(); true {
		return mixpanel.NewApiClient("token", mixpanel.EuResidency(), mixpanel.WithLocalFlags(cfg)) // want `flags config cfg from flags.DefaultLocalFlagsConfig\(\)`
	}
	return nil
}
