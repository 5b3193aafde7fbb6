package analyzer

import (
	"github.com/mpreslint/mpreslint/internal/directive"
	"github.com/mpreslint/mpreslint/internal/message"
	"github.com/mpreslint/mpreslint/residency"
)

// StringFinding returns the Mixpanel hosts of value that are wrong in a
// project of region target, and the category and message of the finding
// they make: what the analyzer reports for a Go string literal whose
// value is value, outside any region choice. wrong is empty when value
// is fine.
//
// Deprecated: the file scan uses message.StringFinding, which this calls.
func StringFinding(value string, target residency.Region) ([]residency.Match, string, string) {
	return message.StringFinding(value, target)
}

// hostsFinding returns the category and message of the finding for the
// wrong hosts of a string whose value is value.
func hostsFinding(wrong []residency.Match, value string, target residency.Region) (category, msg string) {
	return message.HostsFinding(wrong, value, target)
}

// MeantAsIgnore reports whether word, written after "mpreslint:" in a
// comment, is meant as "ignore": it is, or it is a misspelling close to
// it ("ingore", "ignroe").
//
// Deprecated: use directive.MeantAsIgnore, which this calls.
func MeantAsIgnore(word string) bool {
	return directive.MeantAsIgnore(word)
}
