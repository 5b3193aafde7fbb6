package driver

import (
	"io/fs"
	"path/filepath"
	"strings"

	"github.com/mpreslint/mpreslint/internal/files"
)

// outsideModules returns a note for each directory pattern that holds Go
// files but neither is in a Go module nor has one below it: the go command
// cannot load its packages, so without the note a code base from before
// modules (no go.mod) would pass unchecked, in silence.
func outsideModules(roots []files.Root, modules []string) []files.Note {
	var notes []files.Note
	for _, root := range roots {
		dir, err := filepath.Abs(root.Dir)
		if err != nil || moduleOf(dir) != "" || hasModuleBelow(dir, modules) {
			continue
		}
		if hasGoFile(dir, root.Tree) {
			notes = append(notes, files.Note{Path: dir, Message: "Go files outside a Go module (no go.mod) are not checked: run go mod init, or name the files (mpreslint *.go)"})
		}
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

// hasGoFile reports whether dir, or with tree a directory below it that
// the go command would read, holds a .go file.
func hasGoFile(dir string, tree bool) bool {
	found := false
	_ = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // unreadable: the walk of the text files reports it
		}
		if d.IsDir() {
			name := d.Name()
			if path != dir && (!tree || name == "vendor" || name == "testdata" || name == "node_modules" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(d.Name(), ".go") {
			found = true
			return filepath.SkipAll
		}
		return nil
	})
	return found
}
