// Package directiveblock: a directive covers the lines of its comment and
// the line after its last, in Go as in every file syntax, so a block
// comment over two lines covers the line after it.
package directiveblock

// want +1 `misspelled mpreslint:ignore directive \(block comment\): write //mpreslint:ignore <reason>`
/* mpreslint:ignore the US project shares
   this binary; see ADR-12 */
const twoLines = "https://api.mixpanel.com/track"

// want +1 `misspelled mpreslint:ignore directive \(block comment\): write`
/* mpreslint:ignore
   the reason on the next line */
const reasonBelow = "https://api.mixpanel.com/engage"

// Two lines below its last line is too far.

// want +1 `misspelled mpreslint:ignore directive \(block comment\) suppresses nothing on this line or the next; remove it`
/* mpreslint:ignore the US project
   shares this binary */

const tooFar = "https://api.mixpanel.com/groups" // want `host api.mixpanel.com`
