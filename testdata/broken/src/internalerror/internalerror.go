package internalerror // want `internal error in mpreslint, please report it: boom \(at recover_internal_test.go:18\)`

const trackURL = "https://api.mixpanel.com/track"
