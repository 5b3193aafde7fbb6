// Package files checks the text files of a repository that are not Go
// code: configuration, templates and JavaScript. It finds the Mixpanel
// hosts of their strings and values with the endpoint table of package
// residency, and the JavaScript SDK's mixpanel.init calls without
// api_host, with the analyzer's messages, categories and fixes, and the
// same suppression comments in each format's own comment syntax.
//
// The standalone command runs it over the directories its package
// patterns name; go vet, go fix, golangci-lint and gopls check Go
// packages only.
package files

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/mpreslint/mpreslint/residency"
)

// A Root is a directory whose files are checked, with the directories
// under it if Tree.
type Root struct {
	Dir  string
	Tree bool
}

// Options configure a check.
type Options struct {
	Region       residency.Region // the project's region
	IncludeTests bool             // check JavaScript test files (*.test.js, *.spec.ts) too
}

// maxSize is the size above which a file is not checked: data, not
// configuration.
const maxSize = 1 << 20

// Check returns the findings in the text files of roots, in the order of
// the files walked, and the errors met reading them. A file under several
// roots is checked once.
func Check(roots []Root, opts Options) ([]Finding, []error) {
	paths, errs := walk(roots, opts.IncludeTests)
	results := make([][]Finding, len(paths))
	fileErrs := make([]error, len(paths))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				results[i], fileErrs[i] = checkFile(paths[i], opts.Region)
			}
		})
	}
	for i := range paths {
		next <- i
	}
	close(next)
	wg.Wait()
	var findings []Finding
	for i := range paths {
		findings = append(findings, results[i]...)
		if fileErrs[i] != nil {
			errs = append(errs, fileErrs[i])
		}
	}
	return findings, errs
}

// walk returns the files of roots that have a format to check, absolute,
// each once, without those that the skip rules or git exclude, and
// without test files unless tests.
func walk(roots []Root, tests bool) ([]string, []error) {
	var (
		paths     []string
		errs      []error
		seen      = make(map[string]bool)
		checkouts = make(map[string]bool)
		ignore    = make(ignored)
	)
	for _, root := range roots {
		dir, err := filepath.Abs(root.Dir)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if _, err := os.Lstat(dir); errors.Is(err, fs.ErrNotExist) {
			continue // the go command reports the pattern
		}
		gitIgnored(dir, checkouts, ignore)
		err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			switch {
			case err != nil:
				errs = append(errs, err)
				return nil // go on with the rest
			case d.IsDir():
				if path != dir && (!root.Tree || skipDir(d.Name()) || ignore[path]) {
					return filepath.SkipDir
				}
			case d.Type().IsRegular() && !seen[path] && formatOf(path) != nil && !ignore[path] && (tests || !isTest(d.Name())):
				seen[path] = true
				paths = append(paths, path)
			}
			return nil
		})
		if err != nil {
			errs = append(errs, err)
		}
	}
	return paths, errs
}

// skipDir reports whether the directories called name are not walked:
// as the go command does, those whose name starts with "." or "_", and
// testdata; and vendor and node_modules, code of others.
func skipDir(name string) bool {
	switch name {
	case "testdata", "vendor", "node_modules":
		return true
	}
	return name[0] == '.' || name[0] == '_'
}

// isTest reports whether the file called name is a JavaScript or
// TypeScript test: app.test.js, app.spec.ts.
func isTest(name string) bool {
	f := formatOf(name)
	if f == nil || !f.syntax.js || f.syntax.values != quoted {
		return false
	}
	stem := strings.TrimSuffix(name, filepath.Ext(name))
	return strings.HasSuffix(stem, ".test") || strings.HasSuffix(stem, ".spec")
}

// checkFile returns the findings of the file path. A file that does not
// mention Mixpanel costs one read and one fast scan.
func checkFile(path string, r residency.Region) ([]Finding, error) {
	info, err := os.Stat(path)
	if err != nil || info.Size() > maxSize {
		return nil, err
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if !mentions(data) || bytes.IndexByte(data, 0) >= 0 {
		return nil, nil // no Mixpanel host, or a binary file
	}
	src := string(data)
	if generated(src) || minified(src) {
		return nil, nil
	}
	return scan(path, src, formatOf(path).syntax, r), nil
}
