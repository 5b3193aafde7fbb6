package testfilesincluded

// mpreslint-fixture: -include-tests

const trackURL = "https://api-eu.mixpanel.com/track"
