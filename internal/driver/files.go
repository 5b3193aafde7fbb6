package driver

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/packages"

	"github.com/mpreslint/mpreslint/internal/files"
)

// textFiles is the check of the text files of a run.
type textFiles struct {
	roots       []files.Root // of the directory patterns
	dirs        []string     // their directories, absolute
	importPaths bool         // some patterns are import paths
	opts        files.Options
	analyzer    string
	done        chan textResult // the check of roots, if started
}

type textResult struct {
	findings []files.Finding
	errs     []error
}

// startFiles starts checking the text files of the directories that the
// directory patterns name (./... the tree under ., ./web that directory
// alone) while the packages load; with import path patterns, the check
// waits for the packages.
func startFiles(patterns []string, opts files.Options, analyzer string) *textFiles {
	tf := &textFiles{opts: opts, analyzer: analyzer}
	for _, p := range patterns {
		root, ok := dirPattern(p)
		if !ok {
			tf.importPaths = true
			continue
		}
		tf.roots = append(tf.roots, root)
		if abs, err := filepath.Abs(root.Dir); err == nil {
			tf.dirs = append(tf.dirs, abs)
		}
	}
	if !tf.importPaths {
		tf.done = make(chan textResult, 1)
		go func() {
			f, errs := files.Check(tf.roots, opts)
			tf.done <- textResult{f, errs}
		}()
	}
	return tf
}

// result returns the findings and the errors of the check. With import
// path patterns, it checks the directories of the packages pkgs that they
// matched too, in the same walk, so that git runs once.
func (tf *textFiles) result(pkgs []*packages.Package) ([]Finding, []string) {
	var res textResult
	if tf.done != nil {
		res = <-tf.done
	} else {
		roots := slices.Clone(tf.roots)
		seen := make(map[string]bool)
		for _, p := range pkgs {
			if len(p.GoFiles) > 0 && !seen[filepath.Dir(p.GoFiles[0])] {
				seen[filepath.Dir(p.GoFiles[0])] = true
				roots = append(roots, files.Root{Dir: filepath.Dir(p.GoFiles[0])})
			}
		}
		res.findings, res.errs = files.Check(roots, tf.opts)
	}
	findings := res.findings
	for i := range findings {
		// Under the file's directory in place of a package.
		findings[i].Package = filepath.Dir(findings[i].Pos.Filename)
		findings[i].Analyzer = tf.analyzer
	}
	var errs []string
	for _, err := range res.errs {
		errs = append(errs, fmt.Sprintf("mpreslint: %v", err))
	}
	return findings, errs
}

// checked reports whether the load error msg only says that a directory
// whose text files were checked holds no Go package: not an error then.
func (tf *textFiles) checked(msg string) bool {
	dir, ok := strings.CutPrefix(msg, "no Go files in ")
	return ok && slices.Contains(tf.dirs, filepath.Clean(dir))
}

// dirPattern returns the directory that a package pattern names if it is
// a directory pattern (., ./x, ../x, /x), with the tree under it if it
// holds "..." (./... or ./x/...).
func dirPattern(p string) (files.Root, bool) {
	slash := filepath.ToSlash(p)
	if slash != "." && slash != ".." && !strings.HasPrefix(slash, "./") && !strings.HasPrefix(slash, "../") && !filepath.IsAbs(p) {
		return files.Root{}, false // an import path
	}
	dir, _, tree := strings.Cut(slash, "...")
	if tree {
		dir = strings.TrimSuffix(dir, "/")
	}
	if dir == "" {
		dir = "/"
	}
	return files.Root{Dir: filepath.FromSlash(dir), Tree: tree}, true
}
