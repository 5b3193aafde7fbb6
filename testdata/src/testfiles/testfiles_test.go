package testfiles

import "testing"

// Test files are reported only with -include-tests.
const testURL = "https://data.mixpanel.com/api/2.0/export"

func TestURL(t *testing.T) { _ = testURL }

func TestEngage(t *testing.T) {
	if usEngage == "https://api-eu.mixpanel.com/engage" {
		t.Skip()
	}
}
