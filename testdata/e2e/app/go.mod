module example.com/app

go 1.24

require (
	github.com/dukex/mixpanel v1.0.1
	github.com/mixpanel/mixpanel-go v1.2.1
	github.com/mixpanel/mixpanel-go/v2 v2.0.0
)

replace (
	github.com/dukex/mixpanel => ../../src/github.com/dukex/mixpanel
	github.com/mixpanel/mixpanel-go => ../../src/github.com/mixpanel/mixpanel-go
	github.com/mixpanel/mixpanel-go/v2 => ../../src/github.com/mixpanel/mixpanel-go/v2
)
