package track

import "testing"

const engageURL = "https://api.mixpanel.com/engage"

func TestURLs(t *testing.T) {
	for _, u := range []string{ingestURL, exportURL, engageURL} {
		if u == "" {
			t.Fatal("empty URL")
		}
	}
}
