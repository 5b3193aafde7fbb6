package driver

import (
	"regexp"
	"strings"

	"github.com/mpreslint/mpreslint/internal/message"
)

// A rule describes a category of findings for SARIF consumers.
type rule struct {
	id    string // the category
	level string // SARIF's: "error" or "warning"
	short string // a title
	doc   string // the first paragraph of the README section, in Markdown
}

// rules are the categories the analyzer reports. Each doc is the first
// paragraph of the README section named after the category
// (TestRulesMatchReadme keeps them equal); the section itself is the
// rule's help URI.
var rules = []rule{
	{"host", "error", "Mixpanel host of another region", "" +
		"A string literal names a Mixpanel host of another region: in a constant, a\n" +
		"variable, a struct field, a map, a call argument, a `fmt` format string, a\n" +
		"concatenation, a `url.URL{Host: …}`, or a JSON or JavaScript snippet held in a\n" +
		"string. The fix rewrites the host and keeps everything else: scheme, user info,\n" +
		"port, path, query, fragment, printf verbs and the literal's quote style."},
	{"unknown-host", "error", "Mixpanel host that does not exist", "" +
		"A Mixpanel host name that does not exist, such as `api.eu.mixpanel.com` (it does not\n" +
		"resolve), `https://data-eu.mixpanel` (no `.com`, shipped by mixpanel-go up to\n" + //mpreslint:ignore the rule's documentation names the wrong hosts it reports
		"v0.1.1), `api-js-eu.mixpanel.com`, `decide-eu.mixpanel.com` or\n" + //mpreslint:ignore the rule's documentation names the wrong hosts it reports
		"`in.data.mixpanel.com`. The fix uses the real host of the project's region. A host\n" +
		"that does not exist is reported even where the code picks regions on purpose."},
	{"sso", "error", "SSO postback URL without its region prefix", "" +
		"An SSO (IdP-initiated) postback URL without its region prefix: EU projects log in\n" +
		"at `eu.mixpanel.com/security/login/N`."},
	{"sdk", "error", "Mixpanel SDK client that sends data outside the region", "" +
		"A client of the official SDK, `github.com/mixpanel/mixpanel-go` (v1 and `/v2`), built\n" +
		"with `NewApiClient` (or the older `NewClient`) without `EuResidency()` sends\n" +
		"ingestion to `api.mixpanel.com` and export to `data.mixpanel.com`. The fix adds the\n" +
		"option, spelled with the file's own import name; a client built with the other\n" +
		"region's option gets it swapped."},
	{"csp", "error", "Content Security Policy that blocks the region's Mixpanel host", "" +
		"A Content Security Policy whose `connect-src` (or `default-src`, when it has no\n" +
		"`connect-src`) allows a Mixpanel host of another region but not the region's host of\n" +
		"the same API: once the SDK or the backend sends to the region's host, browsers block\n" +
		"every request. The fix adds the region's source after the other one\n" +
		"(`https://api-eu.mixpanel.com` for `api-js` or `api`), once per API, so that the\n" +
		"policy allows both while the code changes over."},
	{"directive", "warning", "Malformed or unused mpreslint:ignore directive", "" +
		"An `//mpreslint:ignore` comment without a reason, or one that suppresses nothing\n" +
		"(its fix removes it), or a misspelled one: a space after `//`\n" +
		"(`// mpreslint:ignore reason`), a block comment (`/* mpreslint:ignore reason */`) or\n" +
		"a word close to `ignore` (`//mpreslint:ingore reason`). A misspelled directive still\n" +
		"suppresses what it was meant to, so that fixing its spelling changes no other\n" +
		"finding; its fix rewrites it as `//mpreslint:ignore reason` (a block comment followed\n" +
		"by code on its line gets no fix). See [Suppressing a finding](#suppressing-a-finding)."},
	{"internal-error", "error", "mpreslint failed on this package", "" +
		"mpreslint hit a bug of its own on this package. It reports it as one finding at the\n" +
		"package clause, with the panic and where it happened, instead of crashing the whole\n" +
		"run. Please open an issue with it."},
}

// ruleFor returns the rule of a category, or a plain one for a category
// not in rules.
func ruleFor(category string) rule {
	for _, r := range rules {
		if r.id == category {
			return r
		}
	}
	return rule{id: category, level: "warning", short: "mpreslint finding of category " + category, doc: "See the README section."}
}

// helpURI is the README section of a rule.
func (r rule) helpURI() string { return message.ReadmeURL + "#" + r.id }

var mdLink = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)

// markdown returns the rule's doc as one paragraph, with links to README
// sections made absolute.
func (r rule) markdown() string {
	s := strings.ReplaceAll(r.doc, "](#", "]("+message.ReadmeURL+"#")
	return strings.ReplaceAll(s, "\n", " ")
}

// text returns the rule's doc as one paragraph of plain text: no
// backquotes, links as their text.
func (r rule) text() string {
	s := mdLink.ReplaceAllString(r.doc, "$1")
	return strings.NewReplacer("`", "", "\n", " ").Replace(s)
}
