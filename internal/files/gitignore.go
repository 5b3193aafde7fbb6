package files

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
)

// ignored is what git ignores in the checkouts that hold the directories
// walked: absolute paths of files, and of directories ignored whole.
type ignored map[string]bool

// gitIgnored returns what git ignores in the checkout that holds dir, if
// dir is in a git checkout and git is on PATH; nil else. It runs git once
// per checkout: seen records the checkouts asked already.
func gitIgnored(dir string, seen map[string]bool, into ignored) {
	top := checkout(dir)
	if top == "" || seen[top] {
		return
	}
	seen[top] = true
	git, err := exec.LookPath("git")
	if err != nil {
		return
	}
	// --directory lists a directory ignored whole as "dir/", so that the
	// walk skips it without listing its files.
	out, err := exec.Command(git, "-C", top, "ls-files", "-z", "--others", "--ignored", "--exclude-standard", "--directory").Output()
	if err != nil {
		return // not a checkout git can read: nothing is ignored
	}
	for _, rel := range bytes.Split(out, []byte{0}) {
		if len(rel) > 0 {
			into[filepath.Join(top, filepath.FromSlash(string(rel)))] = true
		}
	}
}

// checkout returns the top directory of the git checkout that holds dir
// (absolute), or "".
func checkout(dir string) string {
	for {
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}
