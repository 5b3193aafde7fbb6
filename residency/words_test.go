package residency

import (
	"slices"
	"testing"
)

func TestWords(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"RegionIN", []string{"Region", "IN"}},
		{"USHost", []string{"US", "Host"}},
		{"eu_host", []string{"eu", "host"}},
		{"api-eu", []string{"api", "eu"}},
		{"dataResidency", []string{"data", "Residency"}},
		{"BASE_ENDPOINT_EU", []string{"BASE", "ENDPOINT", "EU"}},
		{"", nil},
		{"__", nil},
	} {
		if got := Words(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("Words(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestWordRegion(t *testing.T) {
	for word, want := range map[string]Region{"US": US, "usa": US, "Eu": EU, "europe": EU, "EEA": EU, "in": IN, "India": IN} {
		if got, ok := WordRegion(word); !ok || got != want {
			t.Errorf("WordRegion(%q) = %q, %v; want %q", word, got, ok, want)
		}
	}
	for _, word := range []string{"", "region", "default", "eur", "indian", "user"} {
		if r, ok := WordRegion(word); ok {
			t.Errorf("WordRegion(%q) = %q, want none", word, r)
		}
	}
	if !IsDefaultWord("Standard") || IsDefaultWord("us") {
		t.Error("IsDefaultWord: want standard, not us")
	}
	if !IsConceptWord("Residency") || !IsConceptWord("region") || IsConceptWord("eu") {
		t.Error("IsConceptWord: want region and residency, not eu")
	}
}

func TestNameRegion(t *testing.T) {
	for name, want := range map[string]Region{
		"eu": EU, "in": IN, "IN": IN, "US": US, "eu-central": EU, "us-east-1": US,
		"BASE_ENDPOINT_EU": EU, "BASE_ENDPOINT_IN": IN, "RegionIN": IN, "Region.EU": EU,
		"Europe": EU, "india": IN, "usHost": US,
	} {
		if got, ok := NameRegion(name); !ok || got != want {
			t.Errorf("NameRegion(%q) = %q, %v; want %q", name, got, ok, want)
		}
	}
	for _, name := range []string{"", "loggedIn", "sign_in", "logged-in", "in the EU?", "region", "user", "BASE_ENDPOINT", "Indian", "isIn"} {
		if r, ok := NameRegion(name); ok && name != "in the EU?" {
			t.Errorf("NameRegion(%q) = %q, want none", name, r)
		}
	}
	if r, _ := NameRegion("in the EU?"); r != EU {
		t.Errorf("NameRegion(%q) = %q, want the EU, not the English in", "in the EU?", r)
	}
}

func TestNamesRegion(t *testing.T) {
	for _, s := range []string{
		"eu", "EU", "isEU", "useEurope", "US", "usHost", "region", "Region", "dataResidency", "RegionIN",
		"ResidencyIn", "HostIN", "api_in", "in", "IN", "India", "MIXPANEL_REGION", "EuResidency", "inIndia",
		"cfg.Region", "conn.server_region", "BASE_ENDPOINT_IN",
	} {
		if !NamesRegion(s) {
			t.Errorf("NamesRegion(%q) = false, want true", s)
		}
	}
	for _, s := range []string{
		"", "loggedIn", "signIn", "isIn", "LOGGED_IN", "builtin", "debug", "dryRun", "attempt", "user", "status",
		"europa", "inside", "Index", "opt_in", "checkIn", "plugIn",
	} {
		if NamesRegion(s) {
			t.Errorf("NamesRegion(%q) = true, want false", s)
		}
	}
}

func TestRegionAt(t *testing.T) {
	for _, tc := range []struct {
		s    string
		i    int
		want Region
	}{
		{"RegionIN", 1, IN},
		{"HostIn", 1, IN},
		{"IN", 0, IN},
		{"loggedIn", 1, ""},
		{"isIN", 1, ""},
		{"euHost", 0, EU},
		{"USHost", 0, US},
	} {
		got, _ := RegionAt(Words(tc.s), tc.i)
		if got != tc.want {
			t.Errorf("RegionAt(%q, %d) = %q, want %q", tc.s, tc.i, got, tc.want)
		}
	}
}

func TestRegionStem(t *testing.T) {
	for _, tc := range []struct {
		name, stem string
		r          Region
		named      bool
	}{
		{"BASE_ENDPOINT_EU", "base endpoint", EU, true},
		{"BASE_ENDPOINT_IN", "base endpoint", IN, true},
		{"BASE_ENDPOINT", "base endpoint", "", false},
		{"EndpointUS", "endpoint", US, true},
		{"euEndpoint", "endpoint", EU, true},
		{"LOGGED_IN", "logged in", "", false},
		{"US_EU", "eu", US, true}, // one region word: the first
	} {
		stem, r, named := RegionStem(tc.name)
		if stem != tc.stem || r != tc.r || named != tc.named {
			t.Errorf("RegionStem(%q) = %q, %q, %v; want %q, %q, %v", tc.name, stem, r, named, tc.stem, tc.r, tc.named)
		}
	}
}
