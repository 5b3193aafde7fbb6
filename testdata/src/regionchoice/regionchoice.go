// Package regionchoice holds region choices as service code writes them:
// a branch excuses a US host only when what takes it names the region.
package regionchoice

import (
	"bytes"
	"errors"
	"log"
	"net/http"
	"os"
)

func post(u string, b []byte) error {
	_, err := http.Post(u, "application/json", bytes.NewReader(b))
	return err
}

// Positives: branches that are no region choice.

// A retry that fails over to the US host after three attempts.
func sendWithRetry(b []byte) error {
	host := "https://api-eu.mixpanel.com/track"
	for attempt := 0; attempt < 5; attempt++ {
		if attempt >= 3 {
			host = "https://api.mixpanel.com/track" // want `host api.mixpanel.com \(ingestion API\) is in the US region; EU projects must use api-eu.mixpanel.com$`
		}
		if post(host, b) == nil {
			return nil
		}
	}
	return errors.New("failed")
}

// A dry run that returns early.
func target(dryRun bool) string {
	if dryRun {
		return "https://api-eu.mixpanel.com/engage"
	}
	return "https://api.mixpanel.com/engage" // want `host api.mixpanel.com \(ingestion API\)`
}

// if false, and an if on a constant flag.
func never() string {
	if false {
		return "https://api-eu.mixpanel.com/import"
	}
	return "https://api.mixpanel.com/import" // want `host api.mixpanel.com \(ingestion API\)`
}

const useEU = false

func constantFlag() string {
	if useEU {
		return "https://data-eu.mixpanel.com/api/2.0/export"
	}
	return "https://data.mixpanel.com/api/2.0/export" // want `host data.mixpanel.com \(export API\)`
}

// A switch on something else than the region.
func byKind(kind string) string {
	switch kind {
	case "batch":
		return "https://api-eu.mixpanel.com/groups"
	default:
		return "https://api.mixpanel.com/groups" // want `host api.mixpanel.com \(ingestion API\)`
	}
}

// "in" in loggedIn is no India, nor a region.
func signedIn(loggedIn bool) string {
	if loggedIn {
		return "https://eu.mixpanel.com/api/app/me"
	}
	return "https://mixpanel.com/api/app/me" // want `host mixpanel.com \(app API\)`
}

// A helper that sends to both is no choice.
func mirror(primary, secondary string, b []byte) {
	post(primary, b)
	post(secondary, b)
}

func dualWrite(b []byte) {
	mirror("https://api.mixpanel.com/decide", "https://api-eu.mixpanel.com/decide", b) // want `host api.mixpanel.com \(ingestion API\)`
}

// Negatives: the condition names the region.

func pick(eu bool, euValue, usValue string) string {
	if eu {
		return euValue
	}
	return usValue
}

func pickByFlag(isEU bool) string {
	return pick(isEU, "https://api-eu.mixpanel.com/decide", "https://api.mixpanel.com/decide")
}

func fromEnv() string {
	switch os.Getenv("MIXPANEL_REGION") {
	case "eu":
		return "https://api-eu.mixpanel.com/import"
	}
	return "https://api.mixpanel.com/import"
}

type settings struct {
	DataResidency string
}

func fromSettings(s settings) string {
	if s.DataResidency == "EU" {
		return "https://data-eu.mixpanel.com/api/2.0/engage"
	}
	return "https://data.mixpanel.com/api/2.0/engage"
}

// A value of a region-named type.
type DataRegion int

const (
	Standard DataRegion = iota
	Frankfurt
)

func byDataRegion(dr DataRegion) string {
	if dr == Frankfurt {
		return "https://eu.mixpanel.com/api/app/projects"
	}
	return "https://mixpanel.com/api/app/projects"
}

// India named by a whole string "in".
func india(region string) string {
	if region != "in" {
		return "https://eu.mixpanel.com/api/query"
	}
	return "https://in.mixpanel.com/api/query"
}

// An early exit by os.Exit or log.Fatal ends the flow.
func exitAfterEU(region string, b []byte) {
	if region == "eu" {
		post("https://api-eu.mixpanel.com/track#exit", b)
		os.Exit(0)
	}
	post("https://api.mixpanel.com/track#exit", b)
}

func fatalAfterEU(region string, b []byte) {
	if region == "eu" {
		post("https://api-eu.mixpanel.com/engage#fatal", b)
		log.Fatal("sent")
	}
	post("https://api.mixpanel.com/engage#fatal", b)
}

// A local panic ends nothing.
func localPanic(region string, b []byte) {
	panic := func(string) {}
	if region == "eu" {
		post("https://api-eu.mixpanel.com/groups#panic", b)
		panic("sent")
	}
	post("https://api.mixpanel.com/groups#panic", b) // want `host api.mixpanel.com \(ingestion API\)`
}
