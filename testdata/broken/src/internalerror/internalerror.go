package internalerror // want `internal error in mpreslint, please report it: assignment to entry in nil map \(at recover_internal_test.go:19\)`

const trackURL = "https://api.mixpanel.com/track"
