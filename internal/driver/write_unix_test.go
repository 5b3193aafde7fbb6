//go:build unix

package driver

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestWriteFixedOwner checks that -fix keeps a file's owner and group.
func TestWriteFixedOwner(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("only root can give a file to another user; TestFixAsNobody covers the other side")
	}
	dir := t.TempDir()
	name := filepath.Join(dir, "f.go")
	writeTestFile(t, name, "old text\n", 0o664)
	if err := os.Chown(name, nobody, nobody); err != nil {
		t.Fatal(err)
	}
	if res := fixFile(t, name, time.Now()); len(res.errs) > 0 {
		t.Fatal(res.errs)
	}
	info, err := os.Stat(name)
	if err != nil {
		t.Fatal(err)
	}
	if st := info.Sys().(*syscall.Stat_t); st.Uid != nobody || st.Gid != nobody {
		t.Errorf("owner %d:%d, want %d:%d kept", st.Uid, st.Gid, nobody, nobody)
	}
	if got := readFile(t, name); got != "new text\n" {
		t.Errorf("file holds %q", got)
	}
}

// nobody is the user and group ID that TestFixAsNobody runs as.
const nobody = 65534

// TestFixAsNobody runs -fix's writes as a user other than root, since CI
// runs as root, which may write any file: as root, it re-runs this test
// binary as nobody over files of root and of nobody.
func TestFixAsNobody(t *testing.T) {
	if dir := os.Getenv("MPRESLINT_TEST_NOBODY_DIR"); dir != "" {
		asNobody(t, dir)
		return
	}
	if runtime.GOOS != "linux" || os.Geteuid() != 0 {
		t.Skip("needs root on Linux, to run as nobody")
	}
	// A directory nobody may enter, with the test binary in it: go
	// test's own directory is root's alone.
	dir, err := os.MkdirTemp("", "mpreslint-nobody-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	bin := filepath.Join(dir, "driver.test")
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(self)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bin, data, 0o755); err != nil {
		t.Fatal(err)
	}
	// root's read-write file in a directory nobody may write; nobody's
	// file there; nobody's directory with nobody's file.
	files := filepath.Join(dir, "files")
	mine := filepath.Join(dir, "mine")
	for _, d := range []string{dir, files, mine} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	writeTestFile(t, filepath.Join(files, "root.go"), "old text\n", 0o644)
	writeTestFile(t, filepath.Join(files, "nobody.go"), "old text\n", 0o644)
	writeTestFile(t, filepath.Join(mine, "nobody.go"), "old text\n", 0o640)
	for _, p := range []string{filepath.Join(files, "nobody.go"), mine, filepath.Join(mine, "nobody.go")} {
		if err := os.Chown(p, nobody, nobody); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(bin, "-test.run=^TestFixAsNobody$", "-test.v")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "MPRESLINT_TEST_NOBODY_DIR="+dir)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: nobody, Gid: nobody}}
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	switch {
	case err != nil && !errors.As(err, &exit):
		// A container may not let root switch users (no CAP_SETUID, or
		// no uid 65534 in its user namespace).
		t.Skipf("cannot run a process as nobody here: %v", err)
	case err != nil:
		t.Fatalf("as nobody: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "as nobody: ok") {
		t.Fatalf("the test did not run as nobody:\n%s", out)
	}
	for name, want := range map[string]string{
		"files/root.go":   "old text\n", // permission denied
		"files/nobody.go": "new text\n", // in place: the directory is root's
		"mine/nobody.go":  "new text\n", // replaced
	} {
		path := filepath.Join(dir, name)
		if got := readFile(t, path); got != want {
			t.Errorf("%s holds %q, want %q", name, got, want)
		}
		info, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		wantUID := uint32(nobody)
		if name == "files/root.go" {
			wantUID = 0
		}
		if st := info.Sys().(*syscall.Stat_t); st.Uid != wantUID {
			t.Errorf("%s owned by %d, want %d", name, st.Uid, wantUID)
		}
	}
	if info, err := os.Stat(filepath.Join(dir, "mine", "nobody.go")); err == nil && info.Mode().Perm() != 0o640 {
		t.Errorf("mine/nobody.go has mode %v, want 0640 kept", info.Mode().Perm())
	}
}

// asNobody is TestFixAsNobody's side that runs as nobody.
func asNobody(t *testing.T, dir string) {
	if os.Geteuid() != nobody {
		t.Fatalf("running as %d, not nobody", os.Geteuid())
	}
	start := time.Now().Add(time.Minute) // the files were written before the run
	res := fixFile(t, filepath.Join(dir, "files", "root.go"), start)
	if want := "mpreslint: root.go: permission denied"; len(res.errs) != 1 || res.errs[0] != want {
		t.Errorf("root's file: errors %q, want %q", res.errs, want)
	}
	for _, name := range []string{filepath.Join(dir, "files", "nobody.go"), filepath.Join(dir, "mine", "nobody.go")} {
		if res := fixFile(t, name, time.Now()); len(res.errs) > 0 {
			t.Errorf("%s: %q", name, res.errs)
		}
	}
	if entries, err := os.ReadDir(filepath.Join(dir, "mine")); err != nil || len(entries) != 1 {
		t.Errorf("mine/ holds %v (%v): a temporary file left?", entries, err)
	}
	t.Log("as nobody: ok")
}
