package residency

import (
	"strings"
	"unicode"
)

// Sources: the region names Mixpanel's docs and SDKs use (EuResidency,
// InResidency, "data residency"), and those seen in region choices of
// public code (RudderStack's dataResidency "eu"/"in", Segment's apiRegion
// "US"/"EU", mParticle's "Standard Server"): ../shared/MIXPANEL.md §2, §4.

// regionWords are the words that name one region.
var regionWords = map[string]Region{
	"us": US, "usa": US,
	"eu": EU, "europe": EU, "eea": EU,
	"in": IN, "india": IN,
}

// defaultWords name the region a choice falls back to: US, Mixpanel's
// default, in a region-keyed map or struct ({"default": …, "eu": …}).
var defaultWords = map[string]bool{"default": true, "standard": true}

// conceptWords name the region as a setting, not one region:
// cfg.Region, dataResidency, isRegional.
var conceptWords = map[string]bool{"region": true, "regional": true, "residency": true}

// WordRegion returns the region a word names ("EU", "europe", "IN"),
// in any case.
func WordRegion(word string) (Region, bool) {
	r, ok := regionWords[strings.ToLower(word)]
	return r, ok
}

// IsDefaultWord reports whether word names the default (US) region in a
// region-keyed map or struct: "default", "standard".
func IsDefaultWord(word string) bool {
	return defaultWords[strings.ToLower(word)]
}

// IsConceptWord reports whether word names the region as a setting:
// "region", "residency".
func IsConceptWord(word string) bool {
	return conceptWords[strings.ToLower(word)]
}

// Words splits an identifier or key into words: "RegionIN" → Region, IN;
// "USHost" → US, Host; "eu_host" → eu, host; "api-eu" → api, eu.
func Words(s string) []string {
	var out []string
	rs := []rune(s)
	start := -1
	for i, r := range rs {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if start >= 0 {
				out = append(out, string(rs[start:i]))
			}
			start = -1
			continue
		}
		if start < 0 {
			start = i
			continue
		}
		prev := rs[i-1]
		nextLower := i+1 < len(rs) && unicode.IsLower(rs[i+1])
		if unicode.IsUpper(r) && (unicode.IsLower(prev) || unicode.IsUpper(prev) && nextLower) {
			out = append(out, string(rs[start:i]))
			start = i
		}
	}
	if start >= 0 {
		out = append(out, string(rs[start:]))
	}
	return out
}

// NameRegion returns the region that a name (a key, an identifier, a
// string) names by one of its words: "eu-central", "BASE_ENDPOINT_EU",
// "RegionIN", "Europe". As "in" is an English word, it names India only
// as the whole name ("in", "IN") or as an upper-case word of a longer one
// ("BASE_ENDPOINT_IN", "RegionIN"): not in "loggedIn", "sign_in" or "in
// the EU".
func NameRegion(name string) (Region, bool) {
	words := Words(name)
	for _, w := range words {
		r, ok := WordRegion(w)
		if !ok {
			continue
		}
		if r == IN && strings.EqualFold(w, "in") && len(words) > 1 && w != "IN" {
			continue
		}
		return r, true
	}
	return "", false
}

// NamesRegionChoice reports whether a name says that it picks by region:
// it names a region (NameRegion), or has a word that names the region as
// a setting ("dataResidency", "cfg.Region").
func NamesRegionChoice(name string) bool {
	if _, ok := NameRegion(name); ok {
		return true
	}
	for _, w := range Words(name) {
		if IsConceptWord(w) {
			return true
		}
	}
	return false
}
