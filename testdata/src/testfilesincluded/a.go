package testfilesincluded

const trackURL = "https://api-eu.mixpanel.com/track"
