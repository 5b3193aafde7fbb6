package config

import "testing"

// Reported only with -include-tests.
const testTrackURL = "https://api.mixpanel.com/track"

func TestTrackURL(t *testing.T) {
	if TrackURL == "" || testTrackURL == "" {
		t.Fatal("empty")
	}
}
