// Package hostuser sends to hosts of sharedhosts.
package hostuser

import (
	"bytes"
	"net/http"

	"sharedhosts"
)

func post(u string, b []byte) {
	http.Post(u, "application/json", bytes.NewReader(b))
}

// Positives: sent to, here, without a region choice.

func send(b []byte) {
	post(sharedhosts.USTrack, b) // want `host api.mixpanel.com \(ingestion API\) is in the US region; EU projects must use api-eu.mixpanel.com \(sent through sharedhosts.USTrack, a member of a per-region set beside sharedhosts.EUTrack\)`
}

func export(b []byte) {
	post("https://"+sharedhosts.USExportHost+"/api/2.0/export", b) // want `host data.mixpanel.com \(export API\)`
}

// A member of a per-region set: the fix names its sibling.
const DefaultEndpoint = sharedhosts.EndpointUS // want `host api.mixpanel.com \(ingestion API\) .*\(sent through sharedhosts.EndpointUS`

func engage(b []byte) {
	post(DefaultEndpoint, b)
}

// Negatives: a region choice here, recognition, a message.

func track(region string, b []byte) {
	u := sharedhosts.USTrack
	if region == "eu" {
		u = sharedhosts.EUTrack
	}
	post(u, b)
}

func isUS(h string) bool { return h == sharedhosts.USExportHost }

func describe() string { return "US export: " + sharedhosts.Track("us") }
