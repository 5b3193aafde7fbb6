package deliberate

import (
	"bytes"
	"fmt"
	"log"
	"net/http"
	"slices"
	"strings"
)

// Negatives: code that picks the region on purpose.

// A region map.
var ingestion = map[string]string{
	"us": "https://api.mixpanel.com",
	"eu": "https://api-eu.mixpanel.com",
	"in": "https://api-in.mixpanel.com",
}

// A switch on residency.
func exportHost(region string) string {
	switch region {
	case "eu":
		return "data-eu.mixpanel.com"
	default:
		return "data.mixpanel.com"
	}
}

// An early return is the else.
func queryBase(eu bool) string {
	if eu {
		return "https://eu.mixpanel.com/api/query"
	}
	return "https://mixpanel.com/api/query"
}

// Constants declared apart, used only where the region is chosen.
const usEngage = "https://api.mixpanel.com/engage"

const euEngage = "https://api-eu.mixpanel.com/engage"

func engageURL(eu bool) string {
	if eu {
		return euEngage
	}
	return usEngage
}

// Both forms in one string, for the same path (a JSON region map).
const regions = `{"us": "https://api.mixpanel.com", "eu": "https://api-eu.mixpanel.com"}`

// A default that a later switch overwrites.
func defaultOverwritten(residency string) string {
	u := "https://api.mixpanel.com/"
	switch residency {
	case "EU":
		u = "https://api-eu.mixpanel.com/"
	}
	return u
}

// The same with a field of a local variable.
func defaultField(eu bool) http.Request {
	var req http.Request
	req.Host = "data.mixpanel.com"
	if eu {
		req.Host = "data-eu.mixpanel.com"
	}
	return req
}

// Per-region structs, picked by a function: field by field.
type endpoints struct {
	Track, Export string
}

var us = endpoints{Track: "https://api.mixpanel.com/track", Export: "https://data.mixpanel.com/api/2.0/export"}

var eu = endpoints{Track: "https://api-eu.mixpanel.com/track", Export: "https://data-eu.mixpanel.com/api/2.0/export"}

func pick(r string) endpoints {
	if r == "eu" {
		return eu
	}
	return us
}

// A ternary helper.
func ternary(cond bool, a, b string) string {
	if cond {
		return a
	}
	return b
}

const (
	usMCP = "https://mcp.mixpanel.com/mcp"
	euMCP = "https://mcp-eu.mixpanel.com/mcp"
)

func mcpServer(eu bool) string { return ternary(eu, euMCP, usMCP) }

// A struct whose fields name regions.
type regional struct {
	US, Europe, India string
}

var platform = regional{
	US:     "https://platform-us.mixpanel.com",
	Europe: "https://platform-eu.mixpanel.com",
	India:  "https://platform-in.mixpanel.com",
}

// A map keyed by region constants.
type Region int

const (
	RegionUS Region = iota
	RegionEU
)

var appBase = map[Region]string{
	RegionUS: "https://mixpanel.com/api/app",
	RegionEU: "https://eu.mixpanel.com/api/app",
}

// Local constants, picked by a switch.
func localConsts(r string) string {
	const (
		usQuery = "https://mixpanel.com/api/query"
		euQuery = "https://eu.mixpanel.com/api/query"
	)
	switch r {
	case "eu":
		return euQuery
	}
	return usQuery
}

// A constant declared in another file of the package, picked here.
func crossFile(eu bool) string {
	if eu {
		return euGroups
	}
	return usGroups
}

// Recognition: lists that are only searched, a constant only compared,
// the pattern of a replacement.
var knownHosts = []string{"api.mixpanel.com", "api-eu.mixpanel.com"}

func isMixpanel(h string) bool { return slices.Contains(knownHosts, h) }

var legacyHosts = []string{"data.mixpanel.com", "decide.mixpanel.com"}

func isLegacy(h string) bool {
	for _, l := range legacyHosts {
		if strings.EqualFold(h, l) {
			return true
		}
	}
	return false
}

const usIngestion = "api.mixpanel.com"

func isUS(h string) bool { return h == usIngestion }

func migrate(u string) string {
	r := strings.NewReplacer("https://api.mixpanel.com", "https://api-eu.mixpanel.com")
	return r.Replace(strings.ReplaceAll(u, "api.mixpanel.com", "api-eu.mixpanel.com"))
}

// Fields whose names hold a region word, and a map of per-region structs.
type hostPair struct {
	USHost, EUHost string
}

var export = hostPair{USHost: "data.mixpanel.com", EUHost: "data-eu.mixpanel.com"}

var byRegion = map[string]endpoints{
	"US": {Track: "https://api.mixpanel.com/track"},
	"EU": {Track: "https://api-eu.mixpanel.com/track"},
}

// Results at one position of the returns of a function.
func withError(eu bool) (string, error) {
	if !eu {
		return "https://mixpanel.com/api/app", nil
	}
	return "https://eu.mixpanel.com/api/app", nil
}

// A default that a later if overwrites, with a local constant.
func localDefault(eu bool) string {
	const euData = "https://data-eu.mixpanel.com/api/2.0/export"
	u := "https://data.mixpanel.com/api/2.0/export"
	if eu {
		u = euData
	}
	return u
}

// A value looked for in a list.
func known(h string) int { return slices.Index(knownHosts, "https://api.mixpanel.com") }

// Positives: nothing but a choice excuses a US host.

// The most common layout: the EU constant beside it is not a choice.
const (
	trackURL   = "https://api.mixpanel.com/track" // want `host api.mixpanel.com \(ingestion API\) is in the US region`
	euTrackURL = "https://api-eu.mixpanel.com/track"
)

func Send(b []byte) error {
	_, err := http.Post(trackURL, "application/json", bytes.NewReader(b))
	return err
}

// A half-done migration in one function.
func halfDone(b []byte) {
	http.Post("https://api-eu.mixpanel.com/track", "application/json", bytes.NewReader(b))
	http.Post("https://api.mixpanel.com/engage", "application/json", bytes.NewReader(b)) // want `host api.mixpanel.com \(ingestion API\)`
}

type config struct {
	TrackURL, EngageURL string
}

var half = config{
	TrackURL:  "https://api-eu.mixpanel.com/track",
	EngageURL: "https://api.mixpanel.com/engage", // want `host api.mixpanel.com \(ingestion API\)`
}

// A log line or a test naming the EU host beside a US send.
func logged(b []byte) {
	log.Printf("sending to %s", "https://api-eu.mixpanel.com/track")
	http.Post("https://api.mixpanel.com/track", "application/json", bytes.NewReader(b)) // want `host api.mixpanel.com \(ingestion API\)`
}

func tested(u string, b []byte) {
	if strings.HasPrefix(u, "https://api-eu.mixpanel.com") {
		return
	}
	http.Post("https://api.mixpanel.com/track", "application/json", bytes.NewReader(b)) // want `host api.mixpanel.com \(ingestion API\)`
}

// The replacement of strings.Replace is a use.
func render(tmpl string) string {
	return strings.ReplaceAll(tmpl, "{{host}}", "api.mixpanel.com") // want `host api.mixpanel.com \(ingestion API\)`
}

// Two US constants in one function: each is reported, and fixing one
// does not excuse the other.
const (
	usTrack2  = "https://api.mixpanel.com/track"  // want `host api.mixpanel.com \(ingestion API\)`
	usEngage2 = "https://api.mixpanel.com/engage" // want `host api.mixpanel.com \(ingestion API\)`
)

func both(batch bool) string {
	if batch {
		return usTrack2
	}
	return usEngage2
}

// A list that is sent to is not a choice.
var sinks = []string{"https://api.mixpanel.com/import", "https://api-eu.mixpanel.com/import"} // want `host api.mixpanel.com \(ingestion API\)`

func fanOut(b []byte) {
	for _, s := range sinks {
		http.Post(s, "application/json", bytes.NewReader(b))
	}
}

// A region choice for one service does not cover another.
func mixed(eu bool) string {
	if eu {
		return "https://api-eu.mixpanel.com/track"
	}
	return fmt.Sprint("https://data.mixpanel.com/api/2.0/export") // want `host data.mixpanel.com \(export API\)`
}

// A constant used both where the region is chosen and where it is not.
const usImport = "https://api.mixpanel.com/import" // want `host api.mixpanel.com \(ingestion API\)`

const euImport = "https://api-eu.mixpanel.com/import"

func importURL(eu bool) string {
	if eu {
		return euImport
	}
	return usImport
}

func alwaysUS() string { return usImport }

// An unused US constant has no choice to point to.
const usLookup = "https://api.mixpanel.com/lookup-tables" // want `host api.mixpanel.com \(ingestion API\)`

// Both arms wrong for the same URL: fixing one alone would make the other
// look deliberate, so neither gets a fix.
func bothWrong(region string) string {
	if region == "eu" {
		return "https://api.mixpanel.com/track" // want `host api.mixpanel.com \(ingestion API\) is in the US region; EU projects must use api-eu.mixpanel.com \(no fix: another arm of the same region choice is wrong too; change them together\)`
	}
	return "https://api.mixpanel.com/track" // want `\(no fix: another arm of the same region choice is wrong too; change them together\)`
}

// Both arms wrong for different paths: each has its fix.
func batchOrNot(batch bool) string {
	if batch {
		return "https://api.mixpanel.com/import" // want `host api.mixpanel.com \(ingestion API\) is in the US region; EU projects must use api-eu.mixpanel.com$`
	}
	return "https://api.mixpanel.com/track" // want `host api.mixpanel.com \(ingestion API\) is in the US region; EU projects must use api-eu.mixpanel.com$`
}

// A constant that is a switch case beside the EU constant and is sent
// too: rewriting it would repeat the case.
const (
	usHost = "api.mixpanel.com" // want `host api.mixpanel.com \(ingestion API\) is in the US region; EU projects must use api-eu.mixpanel.com \(no fix: usHost is also a switch case beside euHost, which the fix would repeat\)`
	euHost = "api-eu.mixpanel.com"
)

func classify(h string) string {
	switch h {
	case usHost:
		return "us"
	case euHost:
		return "eu"
	}
	return ""
}

func hostOf() string { return usHost }

// A comparison with the empty string is not recognition.
const usDecide = "https://api.mixpanel.com/decide" // want `host api.mixpanel.com \(ingestion API\)`

func decideSet() bool { return usDecide != "" }

// A choice of the US host for the wrong service: export is not ingestion.
func wrongFamily(eu bool) string {
	if eu {
		return "https://data-eu.mixpanel.com/api/2.0/export"
	}
	return "https://api.mixpanel.com/track" // want `host api.mixpanel.com \(ingestion API\)`
}

// Local constants sent side by side.
func localSends(b []byte) {
	const (
		usT = "https://api.mixpanel.com/track" // want `host api.mixpanel.com \(ingestion API\)`
		euT = "https://api-eu.mixpanel.com/track"
	)
	http.Post(usT, "application/json", bytes.NewReader(b))
	http.Post(euT, "application/json", bytes.NewReader(b))
}

// The same with a map key.
const (
	usData = "data.mixpanel.com" // want `host data.mixpanel.com \(export API\) is in the US region; EU projects must use data-eu.mixpanel.com \(no fix: usData is also a map key beside euData, which the fix would repeat\)`
	euData = "data-eu.mixpanel.com"
)

var dataRegion = map[string]string{usData: "US", euData: "EU"}

func dataHost() string { return usData }

// A log line in the early return of an error check is no region choice.
func loggedBranch(b []byte) error {
	if _, err := http.Post("https://api-eu.mixpanel.com/track", "application/json", bytes.NewReader(b)); err != nil {
		log.Printf("sending to %s failed", "https://api-eu.mixpanel.com/engage")
		return err
	}
	_, err := http.Post("https://api.mixpanel.com/engage", "application/json", bytes.NewReader(b)) // want `host api.mixpanel.com \(ingestion API\)`
	return err
}

// Per-region structs picked field by field; another field's use does not
// count against the choice.
type pair struct{ Track, Engage string }

var usPair = pair{Track: "https://api.mixpanel.com/track", Engage: "https://api.mixpanel.com/engage"} // want `host api.mixpanel.com \(ingestion API\) is in the US region; EU projects must use api-eu.mixpanel.com$`

var euPair = pair{Track: "https://api-eu.mixpanel.com/track", Engage: "https://api-eu.mixpanel.com/engage"}

func trackOf(eu bool) string {
	if eu {
		return euPair.Track
	}
	return usPair.Track
}

func engageAlways() string { return usPair.Engage }
