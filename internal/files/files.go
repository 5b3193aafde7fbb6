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
	IncludeTests bool             // check test files and test directories too
}

// maxSize is the size above which a file is not checked: data, not
// configuration.
const maxSize = 1 << 20

// maxRead is the size above which a skipped file is not even read to
// learn whether it names Mixpanel.
const maxRead = 64 << 20

// Why a file that may name a Mixpanel host was not checked.
const (
	ReasonLarge     = "over 1 MiB"
	ReasonMinified  = "minified"
	ReasonGenerated = "generated"
	ReasonBinary    = "binary"
	ReasonFormat    = "not a format mpreslint reads"
)

// A Skip is a file that was not checked although it may name a Mixpanel
// host or call the SDK (it holds "mixpanel." in any case, or is too large
// to tell), and why.
type Skip struct {
	Path   string // absolute
	Reason string // one of the Reason constants
}

// A Note is something the user should know about a path.
type Note struct {
	Path    string // absolute
	Message string
}

// A Tree is what a walk of roots found.
type Tree struct {
	Files   []string // the files to check, absolute, each once, in walk order
	Modules []string // the directories that hold a go.mod, under the roots walked whole
	GoRoots []string // the roots (absolute) with a .go file in the directories walked
	Notes   []Note   // what the user should know about the walk: git failed
	Errs    []error  // directories that could not be read
}

// A Result is the outcome of checking files.
type Result struct {
	Findings []Finding
	Skipped  []Skip
	Errs     []error // files that could not be read, as *fs.PathError
}

// Check returns the findings in the text files of roots, in the order of
// the files walked, and the errors met reading them. A file under several
// roots is checked once.
func Check(roots []Root, opts Options) ([]Finding, []error) {
	t := Walk(roots, opts.IncludeTests)
	res := CheckFiles(t.Files, opts)
	return res.Findings, append(t.Errs, res.Errs...)
}

// CheckFiles checks the files paths, absolute, several at once. A file
// of no format that mpreslint reads is skipped.
func CheckFiles(paths []string, opts Options) Result {
	type outcome struct {
		findings []Finding
		skip     string
		err      error
	}
	outcomes := make([]outcome, len(paths))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				o := &outcomes[i]
				o.findings, o.skip, o.err = checkFile(paths[i], opts.Region)
			}
		})
	}
	for i := range paths {
		next <- i
	}
	close(next)
	wg.Wait()
	var res Result
	for i, o := range outcomes {
		res.Findings = append(res.Findings, o.findings...)
		if o.skip != "" {
			res.Skipped = append(res.Skipped, Skip{paths[i], o.skip})
		}
		if o.err != nil {
			res.Errs = append(res.Errs, o.err)
		}
	}
	return res
}

// Walk returns the files of roots that have a format to check, absolute,
// each once, without those that the skip rules or git exclude, and
// without tests unless tests; and the directories of the go.mod files of
// the roots walked whole, outside the directories skipped.
func Walk(roots []Root, tests bool) Tree {
	var (
		t         Tree
		seen      = make(map[string]bool)
		modules   = make(map[string]bool)
		checkouts = make(map[string]*ignorer)
	)
	for _, root := range roots {
		dir, err := filepath.Abs(root.Dir)
		if err != nil {
			t.Errs = append(t.Errs, err)
			continue
		}
		if _, err := os.Lstat(dir); errors.Is(err, fs.ErrNotExist) {
			continue // the go command reports the pattern
		}
		ign := ignorerFor(dir, checkouts, &t.Notes)
		err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			switch {
			case err != nil:
				t.Errs = append(t.Errs, err)
				return nil // go on with the rest
			case d.IsDir():
				if path != dir && (!root.Tree || skipDir(d.Name(), tests) || ign.ignored(path, true)) {
					return filepath.SkipDir
				}
			case d.Name() == "go.mod" && root.Tree && d.Type().IsRegular():
				if m := filepath.Dir(path); !modules[m] && !ign.ignored(path, false) {
					modules[m] = true
					t.Modules = append(t.Modules, m)
				}
			case strings.HasSuffix(d.Name(), ".go") && d.Type().IsRegular():
				if n := len(t.GoRoots); n == 0 || t.GoRoots[n-1] != dir {
					t.GoRoots = append(t.GoRoots, dir)
				}
			case d.Type().IsRegular() && !seen[path] && formatOf(path) != nil && !ign.ignored(path, false) && (tests || !isTest(d.Name())):
				seen[path] = true
				t.Files = append(t.Files, path)
			}
			return nil
		})
		if err != nil {
			t.Errs = append(t.Errs, err)
		}
	}
	return t
}

// checkFile returns the findings of the file path, or why it was skipped.
// A file that does not mention Mixpanel costs one read and one fast scan;
// a file skipped for its size, its lines or its bytes is reported as
// skipped only if it may name a host or call the SDK (or is too large to
// read): a lock file that names the npm package only is not.
func checkFile(path string, r residency.Region) (findings []Finding, skip string, err error) {
	format := formatOf(path)
	info, err := os.Stat(path)
	switch {
	case err != nil:
		return nil, "", err
	case info.Size() > maxRead:
		return nil, ReasonLarge, nil
	}
	data, err := os.ReadFile(path)
	if err != nil || !mentions(data) {
		return nil, "", err // no Mixpanel host
	}
	src := string(data)
	if reason := skipReason(path, src); reason != "" {
		if !worthSaying(data) {
			reason = "" // said only if it may name a host
		}
		return nil, reason, nil
	}
	return scan(path, src, format.syntax, r), "", nil
}

// skipReason says why the file name, whose text src names Mixpanel, is not
// scanned: no format that mpreslint reads, too large, binary, generated or
// minified; "" when it is scanned.
func skipReason(name, src string) string {
	switch {
	case formatOf(name) == nil:
		return ReasonFormat
	case len(src) > maxSize:
		return ReasonLarge
	case strings.IndexByte(src, 0) >= 0:
		return ReasonBinary
	case generated(src):
		return ReasonGenerated
	case minified(src):
		return ReasonMinified
	}
	return ""
}
