package files

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
)

// An ignorer tells what git ignores in one checkout. It asks git once
// (git ls-files); when git is missing or fails (for example on "detected
// dubious ownership" in a container), it reads the .gitignore files and
// .git/info/exclude itself. A nil ignorer, outside any checkout, ignores
// nothing.
type ignorer struct {
	top   string
	git   map[string]bool      // absolute paths that git lists as ignored (directories whole)
	rules map[string][]ignRule // without git: the rules of each directory's .gitignore, by directory
	own   bool                 // without git: the rules are read here
}

// ignorerFor returns the ignorer of the checkout that holds dir, creating
// it on first use (checkouts caches them by top directory). When git
// cannot list what it ignores, it adds one note saying so.
func ignorerFor(dir string, checkouts map[string]*ignorer, notes *[]Note) *ignorer {
	top := checkout(dir)
	if top == "" {
		return nil
	}
	if ign, ok := checkouts[top]; ok {
		return ign
	}
	ign := &ignorer{top: top}
	checkouts[top] = ign
	listed, err := gitIgnored(top)
	if errors.Is(err, errNotRepository) {
		return nil // a .git that git does not take for a repository
	}
	if err != nil {
		*notes = append(*notes, Note{top, err.Error() + "; reading its .gitignore files instead"})
		ign.own, ign.rules = true, make(map[string][]ignRule)
		return ign
	}
	ign.git = listed
	return ign
}

// errNotRepository: the .git found is not a repository that git reads.
var errNotRepository = errors.New("not a git repository")

// gitIgnored returns what git ignores in the checkout top: absolute
// paths of untracked files, and of directories ignored whole.
func gitIgnored(top string) (map[string]bool, error) {
	git, err := exec.LookPath("git")
	if err != nil {
		return nil, fmt.Errorf("git is not on PATH")
	}
	// --directory lists a directory ignored whole as "dir/", so that the
	// walk skips it without listing its files.
	cmd := exec.Command(git, "-C", top, "ls-files", "-z", "--others", "--ignored", "--exclude-standard", "--directory")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		msg, _, _ := strings.Cut(strings.TrimSpace(stderr.String()), "\n")
		if strings.Contains(msg, "not a git repository") {
			return nil, errNotRepository
		}
		if msg == "" {
			msg = err.Error()
		}
		return nil, fmt.Errorf("git cannot list the ignored files: %s", msg)
	}
	into := make(map[string]bool)
	for _, rel := range bytes.Split(out, []byte{0}) {
		if len(rel) > 0 {
			into[filepath.Join(top, filepath.FromSlash(strings.TrimSuffix(string(rel), "/")))] = true
		}
	}
	return into, nil
}

// ignored reports whether git ignores path, absolute, a directory if dir.
func (ign *ignorer) ignored(path string, dir bool) bool {
	switch {
	case ign == nil:
		return false
	case !ign.own:
		return ign.git[path]
	}
	rel, err := filepath.Rel(ign.top, path)
	if err != nil || !filepath.IsLocal(rel) {
		return false
	}
	rel = filepath.ToSlash(rel)
	// The rules of .git/info/exclude, then of each .gitignore from the
	// top down to the file's directory: the last match decides.
	ignored := false
	match := func(rules []ignRule, base string) {
		sub, ok := strings.CutPrefix(rel, base)
		if !ok {
			return
		}
		for _, r := range rules {
			if r.matches(sub, dir) {
				ignored = !r.negate
			}
		}
	}
	match(ign.load(filepath.Join(ign.top, ".git", "info", "exclude")), "")
	parts := strings.Split(rel, "/")
	for i := range parts {
		base := strings.Join(parts[:i], "/")
		file := filepath.Join(ign.top, filepath.FromSlash(base), ".gitignore")
		if base != "" {
			base += "/"
		}
		match(ign.load(file), base)
	}
	return ignored
}

// load returns the rules of a .gitignore file, read once.
func (ign *ignorer) load(file string) []ignRule {
	if rules, ok := ign.rules[file]; ok {
		return rules
	}
	rules := parseGitignore(file)
	ign.rules[file] = rules
	return rules
}

// An ignRule is one pattern of a .gitignore file (gitignore(5)).
type ignRule struct {
	negate   bool
	dirOnly  bool     // a trailing slash: directories only
	anchored bool     // a slash before the end: relative to the file's directory
	parts    []string // the pattern's segments; "**" matches any number of them
}

// parseGitignore reads the rules of a .gitignore file; none if it cannot
// be read.
func parseGitignore(file string) []ignRule {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil
	}
	return parseGitignoreText(string(data))
}

// parseGitignoreText parses the text of a .gitignore file.
func parseGitignoreText(text string) []ignRule {
	var rules []ignRule
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), " \t\r")
		if strings.HasSuffix(line, "\\") {
			line += " " // an escaped trailing space
		}
		if line == "" || line[0] == '#' {
			continue
		}
		var r ignRule
		if line[0] == '!' {
			r.negate, line = true, line[1:]
		} else if strings.HasPrefix(line, `\!`) || strings.HasPrefix(line, `\#`) {
			line = line[1:]
		}
		if strings.HasSuffix(line, "/") {
			r.dirOnly, line = true, strings.TrimRight(line, "/")
		}
		if line == "" {
			continue
		}
		r.anchored = strings.Contains(line, "/")
		r.parts = strings.Split(strings.TrimPrefix(line, "/"), "/")
		rules = append(rules, r)
	}
	return rules
}

// matches reports whether the rule matches rel, a slash-separated path
// relative to the rule's directory, a directory if dir. A rule also
// matches what is under a directory it matches.
func (r ignRule) matches(rel string, dir bool) bool {
	parts := strings.Split(rel, "/")
	if !r.anchored {
		// A name alone matches at any depth: the path or one of its
		// parent directories.
		for i, p := range parts {
			isDir := dir || i < len(parts)-1
			if (isDir || !r.dirOnly) && globMatch(r.parts[0], p) {
				return true
			}
		}
		return false
	}
	for n := len(parts); n > 0; n-- {
		isDir := dir || n < len(parts)
		if (isDir || !r.dirOnly) && matchParts(r.parts, parts[:n]) {
			return true
		}
	}
	return false
}

// matchParts matches path segments against pattern segments, "**"
// matching zero or more segments.
func matchParts(pattern, parts []string) bool {
	if len(pattern) == 0 {
		return len(parts) == 0
	}
	if pattern[0] == "**" {
		for i := 0; i <= len(parts); i++ {
			if matchParts(pattern[1:], parts[i:]) {
				return true
			}
		}
		return false
	}
	return len(parts) > 0 && globMatch(pattern[0], parts[0]) && matchParts(pattern[1:], parts[1:])
}

// globMatch matches one segment against one pattern segment, as
// fnmatch: *, ? and [...]; a malformed pattern matches nothing.
func globMatch(pattern, name string) bool {
	ok, err := path.Match(pattern, name)
	return err == nil && ok
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
