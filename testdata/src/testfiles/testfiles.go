package testfiles

const trackURL = "https://api.mixpanel.com/track" // want `host api.mixpanel.com`

// Uses in test files, which are not analyzed, do not make a choice.
const usEngage = "https://api.mixpanel.com/engage" // want `host api.mixpanel.com`
