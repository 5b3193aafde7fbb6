package driver

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"github.com/mpreslint/mpreslint/internal/files"
)

// args are the command's arguments, sorted by kind.
type args struct {
	roots       []files.Root // directory patterns: ./..., ./web, /abs/dir/...
	textFiles   []string     // text files named alone, absolute
	goFiles     []string     // .go files: a package of those files, as the go command makes
	importPaths []string     // import path patterns: example.com/app/...
	missing     []string     // .go files that do not exist
}

// sortArgs sorts the package patterns and file names of the command
// line. A name that ends in .go names a Go file, as for the go command; a
// directory pattern (., ./x, ../x, /x, with /... or not) that names a
// file, or another name of an existing file, names a text file.
func sortArgs(patterns []string) args {
	var a args
	for _, p := range patterns {
		if strings.HasSuffix(p, ".go") {
			if _, err := os.Stat(p); err != nil {
				a.missing = append(a.missing, p)
			} else {
				a.goFiles = append(a.goFiles, p)
			}
			continue
		}
		if info, err := os.Stat(p); err == nil && info.Mode().IsRegular() {
			if abs, err := filepath.Abs(p); err == nil {
				a.textFiles = append(a.textFiles, abs)
				continue
			}
		}
		if root, ok := dirPattern(p); ok {
			a.roots = append(a.roots, root)
		} else {
			a.importPaths = append(a.importPaths, p)
		}
	}
	return a
}

// A loadUnit is one run of the go command's package loader: the
// patterns, loaded from dir (the current directory if "").
type loadUnit struct {
	dir       string
	patterns  []string
	gowork    string // "off" to load without the go.work of the directory
	fromPaths bool   // directory patterns: matching no package is no error
}

// planLoads returns the loads of a run: the import path patterns and the
// Go files from the current directory, as the go command would; each
// directory pattern from its directory, if that is in a module; and each
// module under a tree pattern (modules, from files.Walk) from its own
// directory. A module that a go.work names is loaded in that workspace;
// one that it does not name, without it.
func planLoads(a args, modules []string) []loadUnit {
	p := newPlanner()
	return append(p.first(a), p.modules(a, modules)...)
}

// planner plans the loads of a run in two steps: first those known from
// the arguments alone, which start while the tree is walked, then those
// of the modules the walk finds.
type planner struct {
	ws   *workspaces
	seen map[string]bool // dir + pattern
}

func newPlanner() *planner { return &planner{ws: newWorkspaces(), seen: make(map[string]bool)} }

// first returns the loads of the import paths, the Go files, and the
// directory patterns inside a module.
func (p *planner) first(a args) []loadUnit {
	var units []loadUnit
	if len(a.importPaths) > 0 {
		units = append(units, loadUnit{patterns: a.importPaths})
	}
	if len(a.goFiles) > 0 {
		units = append(units, loadUnit{patterns: a.goFiles})
	}
	for _, root := range a.roots {
		dir, err := filepath.Abs(root.Dir)
		if err != nil {
			continue
		}
		pattern := "."
		if root.Tree {
			pattern = "./..."
		}
		if module := moduleOf(dir); module != "" {
			units = p.add(units, dir, module, pattern)
		}
	}
	return units
}

// modules returns the loads of the modules below the tree patterns.
func (p *planner) modules(a args, modules []string) []loadUnit {
	var units []loadUnit
	for _, root := range a.roots {
		dir, err := filepath.Abs(root.Dir)
		if err != nil || !root.Tree {
			continue
		}
		for _, m := range modules {
			if m != dir && (strings.HasPrefix(m, dir+string(filepath.Separator)) || dir == string(filepath.Separator)) {
				units = p.add(units, m, m, "./...")
			}
		}
	}
	return units
}

// add adds the load of pattern from dir, in module, unless planned
// already.
func (p *planner) add(units []loadUnit, dir, module, pattern string) []loadUnit {
	if p.seen[dir+"\x00"+pattern] {
		return units
	}
	p.seen[dir+"\x00"+pattern] = true
	u := loadUnit{dir: dir, patterns: []string{pattern}, fromPaths: true}
	if work := p.ws.of(module); work != "" && !p.ws.uses(work, module) {
		u.gowork = "off"
	}
	return append(units, u)
}

// moduleOf returns the directory of the go.mod that holds dir, absolute,
// or "".
func moduleOf(dir string) string {
	return findUp(dir, "go.mod")
}

// findUp returns the nearest directory from dir up that holds name, or "".
func findUp(dir, name string) string {
	for {
		if info, err := os.Stat(filepath.Join(dir, name)); err == nil && info.Mode().IsRegular() {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// workspaces finds the go.work files that apply to modules, and the
// modules they use, each read once.
type workspaces struct {
	env  string              // $GOWORK
	used map[string][]string // go.work → the directories of its modules
}

func newWorkspaces() *workspaces {
	return &workspaces{env: os.Getenv("GOWORK"), used: make(map[string][]string)}
}

// of returns the go.work that applies in the module directory dir, as
// the go command finds it: $GOWORK, else the nearest go.work up from dir;
// "" if none.
func (w *workspaces) of(dir string) string {
	switch w.env {
	case "off":
		return ""
	case "":
		if d := findUp(dir, "go.work"); d != "" {
			return filepath.Join(d, "go.work")
		}
		return ""
	}
	abs, err := filepath.Abs(w.env)
	if err != nil {
		return ""
	}
	return abs
}

// uses reports whether the go.work file work uses the module in dir. A
// go.work that cannot be read uses every module: the go command then
// reports it.
func (w *workspaces) uses(work, dir string) bool {
	used, ok := w.used[work]
	if !ok {
		used = readWorkUses(work)
		w.used[work] = used
	}
	return used == nil || slices.Contains(used, dir)
}

// readWorkUses returns the module directories that the go.work file
// uses, absolute; nil if it cannot be read.
func readWorkUses(work string) []string {
	out, err := exec.Command("go", "work", "edit", "-json", work).Output()
	if err != nil {
		return nil
	}
	var parsed struct{ Use []struct{ DiskPath string } }
	if json.Unmarshal(out, &parsed) != nil {
		return nil
	}
	used := []string{}
	for _, u := range parsed.Use {
		p := filepath.FromSlash(u.DiskPath)
		if !filepath.IsAbs(p) {
			p = filepath.Join(filepath.Dir(work), p)
		}
		used = append(used, filepath.Clean(p))
	}
	return used
}
