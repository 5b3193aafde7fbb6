package driver

import (
	"os"
	"path/filepath"
	"strings"
)

// pathDisplay shows file names relative to the current directory when
// they are under it, and absolute otherwise.
type pathDisplay struct {
	dirs []string // the current directory, and its real path if different
}

func newPathDisplay() pathDisplay {
	dir, err := os.Getwd()
	if err != nil {
		return pathDisplay{} // show absolute paths
	}
	p := pathDisplay{dirs: []string{dir}}
	if real, err := filepath.EvalSymlinks(dir); err == nil && real != dir {
		p.dirs = append(p.dirs, real)
	}
	return p
}

// file returns filename for display.
func (p pathDisplay) file(filename string) string {
	if !filepath.IsAbs(filename) {
		return filename
	}
	for _, dir := range p.dirs {
		rel, err := filepath.Rel(dir, filename)
		if err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return rel
		}
	}
	return filename
}

// dir returns the directory dir, absolute, for display: "." for the
// current directory.
func (p pathDisplay) dir(dir string) string {
	if f := p.file(dir); f != "" {
		return f
	}
	return "."
}

// pos returns a position "file:line:col" (or "file:line", or "file")
// with its file for display.
func (p pathDisplay) pos(pos string) string {
	file, rest := splitPos(pos)
	return p.file(file) + rest
}

// splitPos splits a position "file:line:col" into the file and the rest
// (":line:col"), which may be shorter or empty.
func splitPos(pos string) (file, rest string) {
	file = pos
	// Cut off up to two trailing numeric fields; a Windows volume name
	// keeps its colon.
	for range 2 {
		i := strings.LastIndexByte(file, ':')
		if i < 0 || !isNumber(file[i+1:]) {
			break
		}
		file, rest = file[:i], file[i:]+rest
	}
	return file, rest
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
