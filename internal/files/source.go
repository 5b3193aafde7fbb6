package files

import (
	"path/filepath"
)

// Checks reports whether the file called name has a format that the file
// scan checks, and is not a JavaScript test file left out by opts.
func Checks(name string, opts Options) bool {
	return formatOf(name) != nil && (opts.IncludeTests || !isTest(filepath.Base(name)))
}

// CheckSource returns the findings in src, the text of the file name (an
// absolute path), as Check would find them if the file held src: none
// for a file of no checked format, a test file without
// opts.IncludeTests, a file over the size limit, a binary, generated or
// minified file. It is for text that is not (yet) on disk, such as an
// editor's unsaved buffer; the directory rules of Check (vendor,
// node_modules, testdata, git's ignored files) are the caller's.
func CheckSource(name, src string, opts Options) []Finding {
	if !Checks(name, opts) || !mentions([]byte(src)) || skipReason(name, src) != "" {
		return nil
	}
	return scan(name, src, formatOf(name).syntax, opts.Region)
}
