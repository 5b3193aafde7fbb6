package directives

// A directive with a reason suppresses a finding on its line or the next.

//mpreslint:ignore the US project shares this binary; see ADR-12
const legacyUS = "https://api.mixpanel.com/track"

const sameLine = "https://data.mixpanel.com" //mpreslint:ignore exported by the US job only

// A directive without a reason suppresses nothing.

// want +1 `mpreslint:ignore directive needs a reason`
//mpreslint:ignore
const noReason = "https://api.mixpanel.com/engage" // want `host api.mixpanel.com`

// A directive that suppresses nothing is reported.

// want +1 `mpreslint:ignore directive suppresses nothing on this line or the next; remove it`
//mpreslint:ignore left over from the migration
const migrated = "https://api-eu.mixpanel.com/track"

// Misspelled directives still suppress what they were meant to, and are
// reported with a fix to the right form: fixing the spelling changes no
// other finding.

// want +1 `misspelled mpreslint:ignore directive \(space after //\): write //mpreslint:ignore <reason>`
// mpreslint:ignore the US project shares this binary
const spaced = "https://api.mixpanel.com/groups"

// want +1 `misspelled mpreslint:ignore directive \(block comment\): write`
/* mpreslint:ignore the US project shares this binary */
const block = "https://api.mixpanel.com/decide"

// want +1 `misspelled mpreslint:ignore directive \(mpreslint:ingore\): write`
//mpreslint:ingore the US project shares this binary
const typo = "https://api.mixpanel.com/import"

// As the right form would, a misspelled directive that suppresses
// nothing is to be removed, and one without a reason needs one.

// want +1 `misspelled mpreslint:ignore directive \(mpreslint:Ignored\) suppresses nothing on this line or the next; remove it`
//mpreslint:Ignored	a tab before the reason
const ignored = "https://api-eu.mixpanel.com/engage"

// want +1 `misspelled mpreslint:ignore directive \(space after mpreslint:\) needs a reason`
//mpreslint: ignore
const bare = "https://api.mixpanel.com/engage" // want `host api.mixpanel.com`

const trailing = "https://api.mixpanel.com" /* mpreslint:ignore on purpose */ // want `misspelled mpreslint:ignore directive \(block comment\): write`

// A block comment with code after it on its line is not rewritten: as a
// line comment it would comment the code out. Unused, it is removed alone.

// want +1 `misspelled mpreslint:ignore directive \(block comment\)`
/* mpreslint:ignore on purpose */ const leading = "https://api-eu.mixpanel.com"

// Look-alikes are not directives.

// mpreslint: reports Mixpanel hosts (another word after mpreslint:)
// see mpreslint:ignore in the README
//mpreslint:ignoreall is no word of ours
//nolint:mpreslint // golangci-lint's directive
const notSuppressed = "https://api.mixpanel.com/groups" // want `host api.mixpanel.com`
