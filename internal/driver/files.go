package driver

import (
	"fmt"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/packages"

	"github.com/mpreslint/mpreslint/internal/files"
	"github.com/mpreslint/mpreslint/residency"
)

// startFiles starts checking the text files of the directories that the
// directory patterns name (./... the tree under ., ./web that directory
// alone), while the packages load. Its result, given the loaded packages,
// also checks the directories of the packages that import path patterns
// matched, and returns all the findings and the errors.
func startFiles(patterns []string, r residency.Region, analyzer string) func([]*packages.Package) ([]Finding, []string) {
	var dirRoots []files.Root
	importPaths := false
	for _, p := range patterns {
		if root, ok := dirPattern(p); ok {
			dirRoots = append(dirRoots, root)
		} else {
			importPaths = true
		}
	}
	type result struct {
		findings []files.Finding
		errs     []error
	}
	done := make(chan result, 1)
	go func() {
		f, errs := files.Check(dirRoots, r)
		done <- result{f, errs}
	}()
	return func(pkgs []*packages.Package) ([]Finding, []string) {
		res := <-done
		if importPaths {
			var roots []files.Root
			seen := make(map[string]bool)
			for _, p := range pkgs {
				if len(p.GoFiles) > 0 && !seen[filepath.Dir(p.GoFiles[0])] {
					seen[filepath.Dir(p.GoFiles[0])] = true
					roots = append(roots, files.Root{Dir: filepath.Dir(p.GoFiles[0])})
				}
			}
			more, errs := files.Check(roots, r)
			res.findings, res.errs = append(res.findings, more...), append(res.errs, errs...)
		}
		var findings []Finding
		for _, f := range res.findings {
			findings = append(findings, fileFinding(f, analyzer))
		}
		var errs []string
		for _, err := range res.errs {
			errs = append(errs, fmt.Sprintf("mpreslint: %v", err))
		}
		return findings, errs
	}
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

// fileFinding is the finding of f, found in a text file: under its
// directory in place of a package.
func fileFinding(f files.Finding, analyzer string) Finding {
	out := Finding{
		Package:  filepath.Dir(f.Pos.Filename),
		Analyzer: analyzer,
		Pos:      f.Pos,
		End:      f.End,
		Category: f.Category,
		URL:      f.URL,
		Message:  f.Message,
	}
	if f.Fix != nil {
		fix := Fix{Message: f.Fix.Message}
		for _, e := range f.Fix.Edits {
			fix.Edits = append(fix.Edits, Edit{Filename: f.Pos.Filename, Start: e.Start, End: e.End, New: e.New})
		}
		out.Fixes = []Fix{fix}
	}
	return out
}
