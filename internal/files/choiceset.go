package files

import (
	"github.com/mpreslint/mpreslint/residency"
)

// This file reads per-region sets of constants (X, X_EU, X_IN).

// onlyExported reports whether every use in uses exports the name: a
// shorthand property of an object literal (module.exports = {X, X_EU}),
// or a name of export {…}.
func (x *choices) onlyExported(uses []span) bool {
	for _, u := range uses {
		i := x.ts.at(u.start)
		if i < 0 {
			return false
		}
		opens := x.ts.is(i-1, "{") || x.ts.is(i-1, ",")
		closes := x.ts.is(i+1, ",") || x.ts.is(i+1, "}")
		if !opens || !closes {
			return false
		}
	}
	return true
}

// setMemberYields reports whether another name of name's per-region set
// (the same words but for a region word: BASE_ENDPOINT, BASE_ENDPOINT_EU)
// names the target region and was declared with the target's host of m's
// API.
func (x *choices) setMemberYields(name string, m residency.Match) bool {
	if x.byStem == nil {
		x.byStem = make(map[string][]string)
		for other := range x.decls {
			if stem, r, ok := residency.RegionStem(other); ok && r == x.target {
				x.byStem[stem] = append(x.byStem[stem], other)
			}
		}
	}
	stem, _, _ := residency.RegionStem(name)
	for _, other := range x.byStem[stem] {
		if other == name {
			continue
		}
		for _, d := range x.decls[other] {
			if x.valueYields(value{start: d.start, end: d.end}, m) {
				return true
			}
		}
	}
	return false
}
