package driver

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// fixFile runs fix on a finding whose fix replaces "old" by "new" at the
// start of the file name, and returns the result.
func fixFile(t *testing.T, name string, start time.Time) fixResult {
	t.Helper()
	f := Finding{Message: "old", Fixes: []Fix{{Message: "Use new", Edits: []Edit{{Filename: name, Start: 0, End: 3, New: "new"}}}}}
	f.Pos.Filename, f.End.Filename = name, name
	return fix([]Finding{f}, false, start, &strings.Builder{}, pathDisplay{dirs: []string{filepath.Dir(name)}})
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func writeTestFile(t *testing.T, name, content string, mode fs.FileMode) {
	t.Helper()
	if err := os.WriteFile(name, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(name, mode); err != nil { // past the umask
		t.Fatal(err)
	}
}

// TestWriteFixed checks that -fix never damages a file: it writes
// through symbolic links, keeps hard links, mode, owner and group, and
// leaves alone (with an error) a read-only file and a file changed since
// it was read.
func TestWriteFixed(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Unix file modes, links and owners")
	}
	t.Run("mode", func(t *testing.T) {
		dir := t.TempDir()
		name := filepath.Join(dir, "f.go")
		writeTestFile(t, name, "old text\n", 0o640|fs.ModeSetgid)
		res := fixFile(t, name, time.Now())
		if len(res.errs) > 0 || res.fixed != 1 || res.files != 1 {
			t.Fatalf("errors %q, fixed %d in %d files", res.errs, res.fixed, res.files)
		}
		if got := readFile(t, name); got != "new text\n" {
			t.Errorf("file holds %q", got)
		}
		if info, err := os.Stat(name); err != nil || info.Mode() != 0o640|fs.ModeSetgid {
			t.Errorf("mode %v (%v), want %v", info.Mode(), err, 0o640|fs.ModeSetgid)
		}
		if entries, err := os.ReadDir(dir); err != nil || len(entries) != 1 {
			t.Errorf("directory holds %v (%v), want only f.go: a temporary file left?", entries, err)
		}
	})
	t.Run("symlink", func(t *testing.T) {
		dir := t.TempDir()
		target := filepath.Join(dir, "real", "f.go")
		if err := os.Mkdir(filepath.Dir(target), 0o755); err != nil {
			t.Fatal(err)
		}
		writeTestFile(t, target, "old text\n", 0o644)
		link := filepath.Join(dir, "f.go")
		if err := os.Symlink(filepath.Join("real", "f.go"), link); err != nil {
			t.Fatal(err)
		}
		if res := fixFile(t, link, time.Now()); len(res.errs) > 0 {
			t.Fatal(res.errs)
		}
		if info, err := os.Lstat(link); err != nil || info.Mode()&fs.ModeSymlink == 0 {
			t.Errorf("the link is no longer a link: %v, %v", info.Mode(), err)
		}
		if got := readFile(t, target); got != "new text\n" {
			t.Errorf("target holds %q, want it fixed", got)
		}
	})
	t.Run("hard link", func(t *testing.T) {
		dir := t.TempDir()
		name, other := filepath.Join(dir, "f.go"), filepath.Join(dir, "g.go")
		writeTestFile(t, name, "old text, longer than the new\n", 0o644)
		if err := os.Link(name, other); err != nil {
			t.Skip("no hard links here:", err)
		}
		if res := fixFile(t, name, time.Now()); len(res.errs) > 0 {
			t.Fatal(res.errs)
		}
		for _, n := range []string{name, other} {
			if got := readFile(t, n); got != "new text, longer than the new\n" {
				t.Errorf("%s holds %q, want the fixed text (one file, two names)", filepath.Base(n), got)
			}
		}
		a, _ := os.Stat(name)
		b, _ := os.Stat(other)
		if !os.SameFile(a, b) {
			t.Errorf("f.go and g.go are no longer the same file")
		}
	})
	t.Run("read-only", func(t *testing.T) {
		dir := t.TempDir()
		name := filepath.Join(dir, "f.go")
		writeTestFile(t, name, "old text\n", 0o444)
		res := fixFile(t, name, time.Now())
		if want := "mpreslint: f.go: permission denied"; len(res.errs) != 1 || res.errs[0] != want {
			t.Errorf("errors %q, want %q", res.errs, want)
		}
		if got := readFile(t, name); got != "old text\n" {
			t.Errorf("read-only file changed: %q", got)
		}
		if res.fixed != 0 || len(res.remaining) != 1 {
			t.Errorf("fixed %d, %d left; want the finding left", res.fixed, len(res.remaining))
		}
	})
	t.Run("changed since read", func(t *testing.T) {
		dir := t.TempDir()
		name := filepath.Join(dir, "f.go")
		writeTestFile(t, name, "old text\n", 0o644)
		res := fixFile(t, name, time.Now().Add(-time.Hour)) // the run started before the file was written
		if len(res.errs) != 1 || !strings.Contains(res.errs[0], "f.go: changed on disk since mpreslint read it") {
			t.Errorf("errors %q, want the file reported as changed", res.errs)
		}
		if got := readFile(t, name); got != "old text\n" {
			t.Errorf("changed file overwritten: %q", got)
		}
	})
	t.Run("time in the future", func(t *testing.T) {
		dir := t.TempDir()
		name := filepath.Join(dir, "f.go")
		writeTestFile(t, name, "old text\n", 0o644)
		future := time.Now().Add(24 * time.Hour)
		if err := os.Chtimes(name, future, future); err != nil {
			t.Fatal(err)
		}
		if res := fixFile(t, name, time.Now()); len(res.errs) > 0 {
			t.Errorf("errors %q: a file dated in the future was not written during the run", res.errs)
		}
		if got := readFile(t, name); got != "new text\n" {
			t.Errorf("file holds %q", got)
		}
	})
	t.Run("changed while fixing", func(t *testing.T) {
		dir := t.TempDir()
		name := filepath.Join(dir, "f.go")
		writeTestFile(t, name, "old text\n", 0o644)
		info, err := os.Stat(name)
		if err != nil {
			t.Fatal(err)
		}
		writeTestFile(t, name, "old text, edited\n", 0o644)
		if err := writeFixed(name, info, []byte("new text\n")); !errors.Is(err, errChanged) {
			t.Errorf("writeFixed: %v, want errChanged", err)
		}
		if got := readFile(t, name); got != "old text, edited\n" {
			t.Errorf("edited file overwritten: %q", got)
		}
	})
}
