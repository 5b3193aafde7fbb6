package testfiles

const trackURL = "https://api.mixpanel.com/track" // want `host api.mixpanel.com`
