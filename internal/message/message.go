// Package message holds what mpreslint's findings say, for the analyzer
// of Go code and the scan of other files alike: the categories, the README
// section of each, and the category and message of a string's wrong hosts.
// It knows nothing of Go syntax or of file formats.
package message

import (
	"fmt"
	"slices"
	"strings"

	"github.com/mpreslint/mpreslint/residency"
)

// ReadmeURL is the documentation of every category: each has a section
// whose anchor is the category name.
const ReadmeURL = "https://github.com/mpreslint/mpreslint/blob/main/README.md"

// The categories of findings; each names a section of the README.
const (
	Host        = "host"
	UnknownHost = "unknown-host"
	SSO         = "sso"
	SDK         = "sdk"
	CSP         = "csp"
	Directive   = "directive"
	Internal    = "internal-error"
)

// Categories lists every category, in the order of the README's sections.
var Categories = []string{Host, UnknownHost, SSO, SDK, CSP, Directive, Internal}

// URL is the README section of a category.
func URL(category string) string {
	return ReadmeURL + "#" + category
}

// RegionLabel names the projects of region r in messages: "EU projects".
func RegionLabel(r residency.Region) string {
	return r.Label() + " projects"
}

// StringFinding returns the Mixpanel hosts of value that are wrong in a
// project of region target, and the category and message of the finding
// they make: what mpreslint reports for a string whose value is value,
// outside any region choice. wrong is empty when value is fine.
func StringFinding(value string, target residency.Region) (wrong []residency.Match, category, message string) {
	matches := residency.Find(value)
	for _, m := range matches {
		if !m.Wrong(target) {
			continue
		}
		if m.Exists && NamesTarget(matches, m.Family, NormalPath(m.Rest), target) {
			continue // both regions in one string: a region map
		}
		wrong = append(wrong, m)
	}
	if len(wrong) == 0 {
		return nil, "", ""
	}
	category, message = HostsFinding(wrong, value, target)
	return wrong, category, message
}

// NamesTarget reports whether matches, the hosts of one string, name the
// target region's host of family f for the path path: a region map in
// JSON or YAML.
func NamesTarget(matches []residency.Match, f residency.Family, path string, target residency.Region) bool {
	return slices.ContainsFunc(matches, func(m residency.Match) bool {
		return m.Exists && m.Region == target && m.Family == f && NormalPath(m.Rest) == path
	})
}

// NormalPath returns the rest of a URL after its host (Match.Rest) in the
// form compared between regions: without a trailing dot before it or a
// trailing slash.
func NormalPath(rest string) string {
	return strings.TrimSuffix(strings.TrimPrefix(rest, "."), "/")
}

// HostsFinding returns the category and message of the finding for the
// wrong hosts of a string whose value is value.
func HostsFinding(wrong []residency.Match, value string, target residency.Region) (category, message string) {
	message = HostMessage(wrong[0], value, target)
	if len(wrong) > 1 {
		message += fmt.Sprintf(" (and %d more in this string)", len(wrong)-1)
	}
	return HostCategory(wrong[0]), message
}

// HostCategory is the category of a wrong host.
func HostCategory(m residency.Match) string {
	switch {
	case !m.Exists:
		return UnknownHost
	case m.API == residency.SSO:
		return SSO
	}
	return Host
}

// HostMessage says what is wrong with the host m of the string value, in a
// project of region target.
func HostMessage(m residency.Match, value string, target residency.Region) string {
	want := residency.Host(m.Family, target)
	switch {
	case !m.Exists && m.Region != target:
		return fmt.Sprintf("host %s does not exist (the %s %s is at %s); %s must use %s",
			m.Host, m.Region.Label(), m.API, residency.Host(m.Family, m.Region), RegionLabel(target), want)
	case !m.Exists:
		return fmt.Sprintf("host %s does not exist; the %s %s is at %s", m.Host, target.Label(), m.API, want)
	case m.API == residency.SSO:
		path := ssoPath(value[m.End:])
		url, fixed := m.Host+path, want+path
		if m.Region == residency.US {
			return fmt.Sprintf("the SSO postback URL %s has no region prefix; %s log in at %s", url, RegionLabel(target), fixed)
		}
		return fmt.Sprintf("the SSO postback URL %s is for %s; %s log in at %s", url, RegionLabel(m.Region), RegionLabel(target), fixed)
	}
	return fmt.Sprintf("host %s (%s) is in the %s region; %s must use %s", m.Host, m.API, m.Region.Label(), RegionLabel(target), want)
}

// ssoPath returns the /security/login/N path at the start of rest.
func ssoPath(rest string) string {
	end := strings.IndexAny(rest, "?#\"' \t\n")
	if end < 0 {
		end = len(rest)
	}
	return rest[:end]
}
