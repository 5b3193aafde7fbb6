module example.com/demo

go 1.25.0

require (
	github.com/dukex/mixpanel v1.0.1
	github.com/mixpanel/mixpanel-go/v2 v2.0.0
	github.com/mpreslint/mpreslint v0.0.0-00010101000000-000000000000
)

// Local stubs of the SDKs, so that the demo needs no network, and this
// checkout of mpreslint for its runtime guard.
replace (
	github.com/dukex/mixpanel => ../src/github.com/dukex/mixpanel
	github.com/mixpanel/mixpanel-go/v2 => ../src/github.com/mixpanel/mixpanel-go/v2
	github.com/mpreslint/mpreslint => ../..
)
