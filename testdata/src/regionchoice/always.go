package regionchoice

import (
	"fmt"
	"log/slog"
	"testing"
)

// Positives: always-US code is no choice.

// A region map read with a constant key.
var ingestHosts = map[string]string{
	"us": "https://api.mixpanel.com", // want `host api.mixpanel.com \(ingestion API\)`
	"eu": "https://api-eu.mixpanel.com",
}

func trackUS(b []byte) error { return post(ingestHosts["us"]+"/track", b) }

// A region struct whose .US field is always the one used.
type perRegion struct{ US, EU string }

var exportHosts = perRegion{
	US: "https://data.mixpanel.com", // want `host data.mixpanel.com \(export API\)`
	EU: "https://data-eu.mixpanel.com",
}

func export(b []byte) error { return post(exportHosts.US+"/api/2.0/export", b) }

// A region map ranged over: a dual write.
var importHosts = map[string]string{
	"US": "https://api.mixpanel.com/import", // want `host api.mixpanel.com \(ingestion API\)`
	"EU": "https://api-eu.mixpanel.com/import",
}

func importAll(b []byte) {
	for _, h := range importHosts {
		post(h, b)
	}
}

// A default sent before the branch that overwrites it.
func sentFirst(eu bool, b []byte) {
	u := "https://api.mixpanel.com/engage#first" // want `host api.mixpanel.com \(ingestion API\)`
	post(u, b)
	if eu {
		u = "https://api-eu.mixpanel.com/engage#first"
	}
	post(u, b)
}

// Logged before the branch that overwrites it: not sent.
func loggedFirst(eu bool, b []byte) {
	u := "https://api.mixpanel.com/engage#logged"
	lg.Infof("default host %s", u)
	if eu {
		u = "https://api-eu.mixpanel.com/engage#logged"
	}
	post(u, b)
}

// A host in a logging call is a mention: a project logger, a testing.T.
type logger struct{}

func (logger) Infof(format string, args ...any) {}

var lg logger

func logOnly(eu bool) string {
	if eu {
		lg.Infof("the EU host would be %s", "https://api-eu.mixpanel.com/groups#log")
		return ""
	}
	return "https://api.mixpanel.com/groups#log" // want `host api.mixpanel.com \(ingestion API\)`
}

func logBySlog(eu bool) string {
	if eu {
		slog.Info("would send", "host", "https://api-eu.mixpanel.com/groups#slog")
		return ""
	}
	return "https://api.mixpanel.com/groups#slog" // want `host api.mixpanel.com \(ingestion API\)`
}

func logInTest(t *testing.T, eu bool) string {
	if eu {
		t.Logf("skipping %s", "https://api-eu.mixpanel.com/groups#t")
		return ""
	}
	return "https://api.mixpanel.com/groups#t" // want `host api.mixpanel.com \(ingestion API\)`
}

// Negatives: a map read by the region, a field picked by it.

var decideHosts = map[string]string{
	"us": "https://api.mixpanel.com/decide#map",
	"eu": "https://api-eu.mixpanel.com/decide#map",
}

func decide(region string, b []byte) error { return post(decideHosts[region], b) }

var appHosts = perRegion{US: "https://mixpanel.com/api/app#struct", EU: "https://eu.mixpanel.com/api/app#struct"}

func app(eu bool, b []byte) error {
	if eu {
		return post(appHosts.EU, b)
	}
	return post(appHosts.US, b)
}

// A constant only compared and named in an error.
const usTrackHost = "api.mixpanel.com"

func checkHost(h string) error {
	if h == usTrackHost {
		return fmt.Errorf("%s is the US host", usTrackHost)
	}
	return nil
}

// Constants in case expressions are recognition.
const (
	usEngageCase = "https://api.mixpanel.com/engage#case"
	euEngageCase = "https://api-eu.mixpanel.com/engage#case"
)

func engageRegion(u string) string {
	switch u {
	case usEngageCase + "?verbose=1":
		return "us"
	case euEngageCase + "?verbose=1":
		return "eu"
	}
	return ""
}

// Recognized and sent: the fix would repeat a case, so there is none.
const (
	usGroupsCase = "https://api.mixpanel.com/groups#case" // want `host api.mixpanel.com \(ingestion API\) is in the US region; EU projects must use api-eu.mixpanel.com \(no fix: usGroupsCase is also a switch case beside euGroupsCase \+ "\?v=2", which the fix would repeat\)`
	euGroupsCase = "https://api-eu.mixpanel.com/groups#case"
)

func groupsRegion(u string) string {
	switch u {
	case usGroupsCase + "?v=2":
		return "us"
	case euGroupsCase + "?v=2":
		return "eu"
	}
	return ""
}

func groupsNow(b []byte) error { return post(usGroupsCase, b) }
