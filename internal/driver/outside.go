package driver

import (
	"path/filepath"
	"strings"

	"github.com/mpreslint/mpreslint/internal/files"
)

// outsideModules returns a note for each root of goRoots (the patterns'
// directories in which the walk saw Go files) that neither is in a Go
// module nor has one below it: the go command cannot load its packages,
// so without the note a code base from before modules (no go.mod) would
// pass unchecked, in silence.
func outsideModules(goRoots, modules []string) []files.Note {
	var notes []files.Note
	for _, dir := range goRoots {
		if moduleOf(dir) != "" || hasModuleBelow(dir, modules) {
			continue
		}
		notes = append(notes, files.Note{Path: dir, Message: "Go files outside a Go module (no go.mod) are not checked: run go mod init, or name the files (mpreslint *.go)"})
	}
	return notes
}

// hasModuleBelow reports whether one of modules is under dir.
func hasModuleBelow(dir string, modules []string) bool {
	for _, m := range modules {
		if m == dir || strings.HasPrefix(m, dir+string(filepath.Separator)) {
			return true
		}
	}
	return false
}
