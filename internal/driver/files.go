package driver

import (
	"path/filepath"
	"slices"
	"strings"

	"github.com/mpreslint/mpreslint/internal/files"
)

// textCheck is the check of the text files of a run: those of the
// directory patterns and the text files named alone, started while the
// packages load, then those of the packages that import path patterns
// matched.
type textCheck struct {
	opts     files.Options
	analyzer string
	seen     map[string]bool
	done     chan files.Result
}

// startText starts checking the files paths.
func startText(paths []string, opts files.Options, analyzer string) *textCheck {
	tc := &textCheck{opts: opts, analyzer: analyzer, seen: make(map[string]bool), done: make(chan files.Result, 1)}
	var todo []string
	for _, p := range paths {
		if !tc.seen[p] {
			tc.seen[p] = true
			todo = append(todo, p)
		}
	}
	go func() { tc.done <- files.CheckFiles(todo, opts) }()
	return tc
}

// result waits for the check, then checks the files of the directories
// dirs (of the packages that import path patterns matched) not checked
// yet. It returns the findings, under the file's directory in place of a
// package, what was skipped, and the notes and errors.
func (tc *textCheck) result(dirs []string) (files.Result, []files.Note) {
	res := <-tc.done
	var notes []files.Note
	if len(dirs) > 0 {
		var roots []files.Root
		for _, d := range dirs {
			roots = append(roots, files.Root{Dir: d})
		}
		tree := files.Walk(roots, tc.opts.IncludeTests)
		notes = tree.Notes
		res.Errs = append(res.Errs, tree.Errs...)
		var todo []string
		for _, p := range tree.Files {
			if !tc.seen[p] {
				tc.seen[p] = true
				todo = append(todo, p)
			}
		}
		more := files.CheckFiles(todo, tc.opts)
		res.Findings = append(res.Findings, more.Findings...)
		res.Skipped = append(res.Skipped, more.Skipped...)
		res.Errs = append(res.Errs, more.Errs...)
	}
	for i := range res.Findings {
		res.Findings[i].Package = filepath.Dir(res.Findings[i].Pos.Filename)
		res.Findings[i].Analyzer = tc.analyzer
	}
	return res, notes
}

// noGoFilesIn returns whether a load error only says that one of dirs,
// absolute, whose text files are checked, holds no Go package: not an
// error then.
func noGoFilesIn(dirs []string) func(msg string) bool {
	return func(msg string) bool {
		dir, ok := strings.CutPrefix(msg, "no Go files in ")
		return ok && slices.Contains(dirs, filepath.Clean(dir))
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
