package sweep_test

import (
	"cmp"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// A module is a module version extracted in the module cache.
type module struct {
	Path, Version, Dir string
	requires           int // require lines in its go.mod
}

func (m module) String() string { return m.Path + "@" + m.Version }

// cachedModules returns the modules extracted in the module cache, the
// ones with the most requirements, the roots of download trees, first.
func cachedModules(modcache string) ([]module, error) {
	var mods []module
	err := filepath.WalkDir(modcache, func(dir string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(modcache, dir)
		if err != nil {
			return err
		}
		if rel == "cache" {
			return fs.SkipDir // downloads, not modules
		}
		path, version, ok := strings.Cut(filepath.ToSlash(rel), "@")
		switch {
		case !ok:
			return nil // a directory above modules
		case path == "golang.org/toolchain" || strings.Contains(version, ".tmp-"):
			return fs.SkipDir // a Go toolchain, or an extraction in progress
		}
		m := module{Path: unescape(path), Version: unescape(version), Dir: dir}
		if gomod, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil {
			m.requires = requires(string(gomod))
		}
		mods = append(mods, m)
		return fs.SkipDir
	})
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	slices.SortFunc(mods, func(a, b module) int {
		return cmp.Or(b.requires-a.requires, strings.Compare(a.Path, b.Path), strings.Compare(a.Version, b.Version))
	})
	return mods, nil
}

// unescape undoes the module cache's case encoding: "!b" stands for "B".
func unescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '!' && i+1 < len(s) && 'a' <= s[i+1] && s[i+1] <= 'z' {
			i++
			c = s[i] - 'a' + 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// requires counts the requirements in the text of a go.mod file.
func requires(gomod string) int {
	n, block := 0, false
	for line := range strings.Lines(gomod) {
		f := strings.Fields(line)
		switch {
		case len(f) == 0:
		case block && f[0] == ")":
			block = false
		case block && !strings.HasPrefix(f[0], "//"):
			n++
		case f[0] == "require" && len(f) >= 2 && f[1] == "(":
			block = true
		case f[0] == "require":
			n++
		}
	}
	return n
}

// moduleBatch makes anchor the main module and returns the batch of the
// modules of mods that its build list selects at their
// cached versions: they build as anchor's authors built them. The go
// command may update go.mod and go.sum, so it works on copies, never on
// the read-only module cache.
func moduleBatch(t *testing.T, anchor module, mods []module) (batch, error) {
	b := batch{name: anchor.String(), dir: anchor.Dir, main: anchor.String(), modules: make(map[string]bool)}
	tmp := t.TempDir()
	gomod := filepath.Join(tmp, "go.mod")
	switch _, err := os.Stat(filepath.Join(anchor.Dir, "go.mod")); {
	case err == nil:
		if err := copyFile(gomod, filepath.Join(anchor.Dir, "go.mod")); err != nil {
			return b, err
		}
		if err := copyFile(filepath.Join(tmp, "go.sum"), filepath.Join(anchor.Dir, "go.sum")); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return b, err
		}
		b.flags = []string{"-modfile=" + gomod, "-mod=mod"}
	case errors.Is(err, fs.ErrNotExist):
		// From before modules: -modfile needs a go.mod in the module's
		// directory, so copy the module.
		if err := os.CopyFS(tmp, os.DirFS(anchor.Dir)); err != nil {
			return b, err
		}
		if err := os.WriteFile(gomod, []byte("module "+anchor.Path+"\n"), 0o666); err != nil {
			return b, err
		}
		b.dir, b.flags = tmp, []string{"-mod=mod"}
	default:
		return b, err
	}
	list, err := goCmd(b.dir, append(append([]string{"list", "-m", "-e", "-f", "{{.Path}}@{{.Version}}"}, b.flags...), "all")...)
	if err != nil {
		return b, err
	}
	selected := strings.Fields(list)
	b.modules[b.main], b.patterns = true, []string{anchor.Path + "/..."}
	for _, m := range mods {
		if m != anchor && slices.Contains(selected, m.String()) {
			b.modules[m.String()] = true
			b.patterns = append(b.patterns, m.Path+"/...")
		}
	}
	return b, nil
}

func copyFile(dst, src string) error {
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	return os.WriteFile(dst, data, 0o666)
}

func TestUnescape(t *testing.T) {
	for in, want := range map[string]string{
		"github.com/!burnt!sushi/toml": "github.com/BurntSushi/toml",
		"v0.0.0-2024-!a!b":             "v0.0.0-2024-AB",
		"golang.org/x/tools":           "golang.org/x/tools",
	} {
		if got := unescape(in); got != want {
			t.Errorf("unescape(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRequires(t *testing.T) {
	const gomod = `module example.com/m

go 1.26.0

require golang.org/x/tools v0.47.0

require (
	// comment
	golang.org/x/mod v0.37.0 // indirect
	golang.org/x/sync v0.21.0 // indirect
)

replace golang.org/x/sync => ../sync
`
	if got := requires(gomod); got != 3 {
		t.Errorf("requires = %d, want 3", got)
	}
}
