package main

// trackURL is where events are sent.
const trackURL = "https://api.mixpanel.com/track"

// exportURL is already in the EU.
const exportURL = "https://data-eu.mixpanel.com/api/2.0/export"
