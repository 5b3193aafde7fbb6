package in

const trackURL = "https://api.mixpanel.com/track" // want `^host api\.mixpanel\.com \(ingestion API\) is in the US region; India projects must use api-in\.mixpanel\.com$`

const inURL = "https://api-in.mixpanel.com/track"
