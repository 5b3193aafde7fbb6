package eu

const trackURL = "https://api.mixpanel.com/track" // want `^host api\.mixpanel\.com \(ingestion API\) is in the US region; EU projects must use api-eu\.mixpanel\.com$`

const euURL = "https://api-eu.mixpanel.com/track"
