module example.com/demo

go 1.24

require (
	github.com/dukex/mixpanel v1.0.1
	github.com/mixpanel/mixpanel-go/v2 v2.0.0
)

// Local stubs of the SDKs, so that the demo needs no network.
replace (
	github.com/dukex/mixpanel => ../src/github.com/dukex/mixpanel
	github.com/mixpanel/mixpanel-go/v2 => ../src/github.com/mixpanel/mixpanel-go/v2
)
