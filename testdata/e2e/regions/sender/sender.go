// Package sender sends to the hosts of package hosts.
package sender

import (
	"bytes"
	"net/http"

	"example.com/regions/hosts"
)

func post(u string, b []byte) error {
	_, err := http.Post(u, "application/json", bytes.NewReader(b))
	return err
}

// Sent to without a region choice: reported here, fixed to EUTrack.
func Send(b []byte) error { return post(hosts.USTrack, b) }

// A member of the per-region table: fixed to EndpointEU.
func Import(b []byte) error { return post(hosts.EndpointUS+"/import", b) }

// A region choice of its own: silent.
func Pick(region string) string {
	if region == "eu" {
		return hosts.EUTrack
	}
	return hosts.USTrack
}

// Recognized: silent.
func IsUS(u string) bool { return u == hosts.EndpointUS }

// A literal of its own.
func Decide(b []byte) error { return post("https://api.mixpanel.com/decide", b) }

// A map keyed by the table's members: rewriting a member would repeat a key.
var regionOf = map[string]string{
	hosts.EndpointUS: "us",
	hosts.EndpointEU: "eu",
	hosts.EndpointIN: "in",
}

func RegionOf(u string) string { return regionOf[u] }
