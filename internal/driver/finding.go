package driver

import "github.com/mpreslint/mpreslint/internal/finding"

// The findings of the driver, of Go code and of text files alike.
type (
	Finding = finding.Finding
	Related = finding.Related
	Fix     = finding.Fix
	Edit    = finding.Edit
)
