// Package finding is what the standalone command reports and fixes: a
// diagnostic with its positions resolved, found in Go code by the
// analyzer or in a text file by the file scan, so that reporters and the
// fixer need no file set.
package finding

import "go/token"

// A Finding is one diagnostic to report. Positions and edit file names are
// absolute; columns are in bytes.
type Finding struct {
	Package  string // ID of the package it was found in, the first if several; for a text file, its directory
	Analyzer string
	Pos, End token.Position
	Category string
	URL      string // the documentation of the category
	Message  string
	Fixes    []Fix // the suggested fixes; -fix applies the first
	Related  []Related
}

// Related is a secondary position of a finding, with its message.
type Related struct {
	Pos, End token.Position
	Message  string
}

// A Fix is a suggested fix: edits to apply all together or not at all.
type Fix struct {
	Message string
	Edits   []Edit
}

// An Edit replaces the bytes [Start, End) of a file with New.
type Edit struct {
	Filename   string
	Start, End int // byte offsets
	New        string
}
