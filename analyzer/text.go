package analyzer

import (
	"fmt"
	"strings"

	"github.com/mpreslint/mpreslint/residency"
)

// StringFinding returns the Mixpanel hosts of value that are wrong in a
// project of region target, and the category and message of the finding
// they make: what the analyzer reports for a Go string literal whose
// value is value, outside any region choice. The standalone command uses
// it for the strings and values of other files. wrong is empty when value
// is fine.
func StringFinding(value string, target residency.Region) (wrong []residency.Match, category, message string) {
	matches := residency.Find(value)
	for _, m := range matches {
		if !m.Wrong(target) {
			continue
		}
		if m.Exists && namesTarget(matches, want{host: true, family: m.Family, rest: normalPath(m.Rest)}, target) {
			continue // both regions in one string: a region map
		}
		wrong = append(wrong, m)
	}
	if len(wrong) == 0 {
		return nil, "", ""
	}
	category, message = hostsFinding(wrong, value, target)
	return wrong, category, message
}

// hostsFinding returns the category and message of the finding for the
// wrong hosts of a string whose value is value.
func hostsFinding(wrong []residency.Match, value string, target residency.Region) (category, message string) {
	message = hostMessage(wrong[0], value, target)
	if len(wrong) > 1 {
		message += fmt.Sprintf(" (and %d more in this string)", len(wrong)-1)
	}
	return hostCategory(wrong[0]), message
}

// MeantAsIgnore reports whether word, written after "mpreslint:" in a
// comment, is meant as "ignore": it is, or it is a misspelling close to
// it ("ingore", "ignroe"), as the analyzer decides for Go comments.
func MeantAsIgnore(word string) bool {
	return word == "ignore" || editDistance(strings.ToLower(word), "ignore") <= 2
}
