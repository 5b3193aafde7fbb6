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

// Look-alikes are not directives.

// mpreslint:ignore with a space is prose
//mpreslint:ignored is another word
const notSuppressed = "https://api.mixpanel.com/groups" // want `host api.mixpanel.com`
