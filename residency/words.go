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

// hostWords name where data is sent: an "in" after one (HostIN,
// EndpointIn) names India.
var hostWords = map[string]bool{
	"host": true, "hosts": true, "api": true, "url": true, "endpoint": true,
	"server": true, "base": true, "domain": true,
}

// RegionAt returns the region that words[i], a word of an identifier, key
// or string split by Words, names. "in" is an English word and a common
// part of identifiers (loggedIn, signIn, isIn, LOGGED_IN): it names India
// only as the whole name, or after a concept or host word (RegionIN,
// ResidencyIn, HostIN).
func RegionAt(words []string, i int) (Region, bool) {
	r, ok := WordRegion(words[i])
	if !ok || !strings.EqualFold(words[i], "in") || len(words) == 1 {
		return r, ok
	}
	if i > 0 {
		prev := strings.ToLower(words[i-1])
		if conceptWords[prev] || hostWords[prev] {
			return IN, true
		}
	}
	return "", false
}

// NamesRegion reports whether the identifier, field name or string s
// names a region (eu, US, RegionIN, isEurope) or the region as a setting
// (region, dataResidency).
func NamesRegion(s string) bool {
	words := Words(s)
	for i, w := range words {
		if _, ok := RegionAt(words, i); ok || IsConceptWord(w) {
			return true
		}
	}
	return false
}

// NameRegion returns the region that a name (a key, an identifier, a
// string) names by one of its words, as RegionAt reads them:
// "eu-central", "BASE_ENDPOINT_EU", "RegionIN", "Europe"; not "loggedIn"
// or "sign_in".
func NameRegion(name string) (Region, bool) {
	words := Words(name)
	for i := range words {
		if r, ok := RegionAt(words, i); ok {
			return r, true
		}
	}
	return "", false
}

// RegionStem returns name without the word that names a region (as
// RegionAt reads it), its other words in lower case joined by spaces, and
// the region that word names, if any: "BASE_ENDPOINT_EU" → "base
// endpoint", EU; "EndpointUS" → "endpoint", US; "BASE_ENDPOINT" → "base
// endpoint", none. The members of a per-region set of constants (X, X_EU,
// X_IN) have one stem.
func RegionStem(name string) (stem string, r Region, named bool) {
	words := Words(name)
	kept := make([]string, 0, len(words))
	for i, w := range words {
		if wr, ok := RegionAt(words, i); ok && !named {
			r, named = wr, true
			continue
		}
		kept = append(kept, strings.ToLower(w))
	}
	return strings.Join(kept, " "), r, named
}
