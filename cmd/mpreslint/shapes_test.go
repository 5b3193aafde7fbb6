package main_test

// End-to-end tests of the repository shapes met in the wild: no module
// at the root, several modules and a broken one, a go.work, file
// arguments, flags after the patterns, files skipped, a git that fails,
// and -fix on links and read-only files.

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

const (
	usJS   = `const endpoint = "https://api.mixpanel.com/track";` + "\n"
	usYAML = "url: https://api.mixpanel.com/track\n"
	usHost = "host api.mixpanel.com (ingestion API) is in the US region; EU projects must use api-eu.mixpanel.com"
)

// goModule returns a module's go.mod and a file with a finding.
func goModule(t *testing.T, dir, path string) {
	t.Helper()
	name := filepath.Base(path)
	writeFile(t, dir, path+"/go.mod", "module example.com/"+name+"\n\ngo 1.24\n")
	writeFile(t, dir, path+"/"+name+".go", "package "+name+"\n\nconst U = \"https://api.mixpanel.com/track\"\n")
}

// withoutEnv returns env with the variables ks unset (set empty).
func withoutEnv(ks ...string) []string {
	e := slices.Clone(env)
	for _, k := range ks {
		e = append(e, k+"=") // the last value wins
	}
	return e
}

func TestShapes(t *testing.T) {
	t.Parallel()
	bin := mpreslint(t)
	t.Run("JavaScript only", func(t *testing.T) {
		dir := t.TempDir()
		writeFile(t, dir, "package.json", `{"name": "web", "dependencies": {"mixpanel-browser": "^2.50.0"}}`+"\n")
		writeFile(t, dir, "src/track.js", usJS)
		r := run(t, dir, bin, "./...")
		r.wantCode(t, 3)
		r.wantStderr(t, "src/track.js:1:27: "+usHost+"\n")
		r = run(t, dir, bin, "-fix", "./...")
		r.wantCode(t, 0)
		r.wantStderr(t, "mpreslint: fixed 1 finding in 1 file; 0 left\n")
		r = run(t, dir, bin, "./...")
		r.wantCode(t, 0)
		r.wantStderr(t, "")
		r = run(t, dir, bin, "-json", "./...")
		r.wantCode(t, 0)
		r.wantStdout(t, "{}\n")
	})
	t.Run("monorepo", func(t *testing.T) {
		// Three modules below a root without go.mod, one of them broken,
		// and a web app: each module is analyzed, the broken one is
		// reported once, and the text files are checked.
		dir := t.TempDir()
		goModule(t, dir, "svc/a")
		goModule(t, dir, "svc/b")
		goModule(t, dir, "plugins/c")
		writeFile(t, dir, "plugins/c/go.mod", "modul example.com/c\n")
		goModule(t, dir, "node_modules/dep") // skipped
		writeFile(t, dir, "web/track.js", usJS)
		r := run(t, dir, bin, "./...")
		r.wantCode(t, 1)
		want := "mpreslint: plugins/c: errors parsing go.mod: plugins/c/go.mod:1: unknown directive: modul\n" +
			"svc/a/a.go:3:20: " + usHost + "\n" +
			"svc/b/b.go:3:20: " + usHost + "\n" +
			"web/track.js:1:27: " + usHost + "\n"
		r.wantStderr(t, want)
		// From a module of the tree, ./... is that module.
		r = run(t, filepath.Join(dir, "svc"), bin, "./a/...")
		r.wantCode(t, 3)
		r.wantStderr(t, "a/a.go:3:20: "+usHost+"\n")
	})
	t.Run("go.work", func(t *testing.T) {
		// The modules a go.work uses are loaded in the workspace (here a
		// needs b through it); one it does not use, without it.
		dir := t.TempDir()
		goModule(t, dir, "a")
		writeFile(t, dir, "a/use.go", "package a\n\nimport \"example.com/b\"\n\nvar _ = b.U\n")
		goModule(t, dir, "b")
		goModule(t, dir, "extra/c")
		writeFile(t, dir, "go.work", "go 1.24\n\nuse (\n\t./a\n\t./b\n)\n")
		r := runEnv(t, withoutEnv("GOWORK", "GOFLAGS"), dir, bin, "./...")
		r.wantCode(t, 3)
		r.wantStderr(t, "a/a.go:3:20: "+usHost+"\nb/b.go:3:20: "+usHost+"\nextra/c/c.go:3:20: "+usHost+"\n")
	})
	t.Run("file arguments", func(t *testing.T) {
		dir := fixture(t)
		writeFile(t, dir, "config/values.yaml", usYAML)
		// A text file alone; not an import path.
		r := run(t, dir, bin, "config/values.yaml")
		r.wantCode(t, 3)
		r.wantStderr(t, "config/values.yaml:1:14: "+usHost+"\n")
		// A .go file names a package of that file alone: not the
		// directory's YAML.
		r = run(t, filepath.Join(dir, "config"), bin, "-files=true", "config.go")
		r.wantCode(t, 3)
		for _, f := range findings(t, filepath.Join(dir, "config"), r.stderr) {
			if !strings.HasPrefix(f, "config.go:") {
				t.Errorf("finding %q: want those of config.go alone", f)
			}
		}
		r = run(t, dir, bin, "./nowhere/...")
		r.wantCode(t, 1)
		r.wantStderr(t, "mpreslint: nowhere: no such directory\n")
		r = run(t, dir, bin, "nowhere.go")
		r.wantCode(t, 1)
		r.wantStderr(t, "mpreslint: nowhere.go: no such file\n")
		// A directory's bare name is an import path, as for the go
		// command: the error says how to name the directory.
		r = run(t, dir, bin, "tracker")
		r.wantCode(t, 1)
		if !strings.HasSuffix(r.stderr, "mpreslint: tracker: an import path; to check the directory, write ./tracker\n") {
			t.Errorf("mpreslint tracker: stderr lacks the hint:\n%s", r.stderr)
		}
	})
	t.Run("flags after patterns", func(t *testing.T) {
		dir := t.TempDir()
		writeFile(t, dir, "src/track.js", usJS)
		r := run(t, dir, bin, "./...", "-json")
		r.wantCode(t, 3)
		var tree map[string]any
		if err := json.Unmarshal([]byte(r.stdout), &tree); err != nil || len(tree) != 1 {
			t.Errorf("./... -json: stdout is not the JSON of one finding (%v):\n%s", err, r.stdout)
		}
		r.wantStderr(t, "")
		r = run(t, dir, bin, "./...", "-nope")
		r.wantCode(t, 2)
		r.wantStderr(t, "mpreslint: flag provided but not defined: -nope\nRun 'mpreslint -h' for usage.\n")
	})
	t.Run("skipped", func(t *testing.T) {
		dir := t.TempDir()
		writeFile(t, dir, "web/vendor-bundle.js", "var a=1;"+strings.Repeat(" ", 10_001)+`mixpanel.init("t")`+"\n")
		writeFile(t, dir, "data/events.json", "["+strings.Repeat(`"https://api.mixpanel.com/track",`, 40_000)+"1]\n")
		writeFile(t, dir, "data/other.json", "["+strings.Repeat(`"x",`, 400_000)+"1]\n") // no Mixpanel: not worth a word
		r := run(t, dir, bin, "./...")
		r.wantCode(t, 0)
		r.wantStderr(t, "mpreslint: skipped 2 files: 1 minified, 1 over 1 MiB (-v lists them)\n")
		r = run(t, dir, bin, "-v", "./...")
		r.wantCode(t, 0)
		r.wantStderr(t, "mpreslint: data/events.json: skipped: over 1 MiB\nmpreslint: web/vendor-bundle.js: skipped: minified\n"+
			"mpreslint: skipped 2 files: 1 minified, 1 over 1 MiB\n")
		r = run(t, dir, bin, "-json", "./...")
		r.wantCode(t, 0)
		var tree map[string]map[string]struct{ Error string }
		if err := json.Unmarshal([]byte(r.stdout), &tree); err != nil {
			t.Fatal(err)
		}
		if got := tree[filepath.Join(dir, "web", "vendor-bundle.js")]["mpreslint"].Error; got != "skipped: minified" {
			t.Errorf("-json: the bundle's entry is %q:\n%s", got, r.stdout)
		}
		r = run(t, dir, bin, "-sarif", "./...")
		r.wantCode(t, 0)
		var log struct {
			Runs []struct {
				Invocations []struct {
					ExecutionSuccessful        bool
					ToolExecutionNotifications []struct {
						Level   string
						Message struct{ Text string }
					}
				}
			}
		}
		if err := json.Unmarshal([]byte(r.stdout), &log); err != nil {
			t.Fatal(err)
		}
		inv := log.Runs[0].Invocations
		if len(inv) != 1 || !inv[0].ExecutionSuccessful || len(inv[0].ToolExecutionNotifications) != 2 {
			t.Errorf("SARIF invocations %+v, want one, successful, with the two files skipped", inv)
		}
	})
	t.Run("load errors in SARIF", func(t *testing.T) {
		dir := t.TempDir()
		goModule(t, dir, "a")
		writeFile(t, dir, "b/go.mod", "modul b\n")
		r := run(t, dir, bin, "-sarif", "./...")
		r.wantCode(t, 1)
		if !strings.Contains(r.stdout, `"executionSuccessful": false`) || !strings.Contains(r.stdout, "b: errors parsing go.mod") {
			t.Errorf("SARIF does not record the load error:\n%s", r.stdout)
		}
	})
	t.Run("git fails", func(t *testing.T) {
		if runtime.GOOS == "windows" {
			t.Skip("a shell script as git")
		}
		dir := t.TempDir()
		writeFile(t, dir, ".git/HEAD", "ref: refs/heads/main\n")
		writeFile(t, dir, ".gitignore", "dist/\n")
		writeFile(t, dir, "dist/track.js", usJS)
		writeFile(t, dir, "src/track.js", usJS)
		gitDir := t.TempDir()
		writeFile(t, gitDir, "git", "#!/bin/sh\necho 'fatal: detected dubious ownership in repository' >&2\nexit 128\n")
		if err := os.Chmod(filepath.Join(gitDir, "git"), 0o755); err != nil {
			t.Fatal(err)
		}
		r := runEnv(t, append(slices.Clone(env), "PATH="+gitDir+string(os.PathListSeparator)+os.Getenv("PATH")), dir, bin, "./...")
		r.wantCode(t, 3)
		note := "mpreslint: .: git cannot list the ignored files: fatal: detected dubious ownership in repository; reading its .gitignore files instead\n"
		r.wantStderr(t, note+"src/track.js:1:27: "+usHost+"\n")
		// Once, also when the directories of packages are walked after
		// the directory patterns.
		writeFile(t, dir, "go.mod", "module example.com/web\n\ngo 1.24\n")
		writeFile(t, dir, "src/track.go", "package src\n")
		r = runEnv(t, append(slices.Clone(env), "PATH="+gitDir+string(os.PathListSeparator)+os.Getenv("PATH")), dir, bin, "./...", "example.com/web/src")
		r.wantCode(t, 3)
		r.wantStderr(t, note+"src/track.js:1:27: "+usHost+"\n")
	})
}

// TestFixSafety: -fix through a symbolic link fixes the target and keeps
// the link; a hard-linked file stays one file under its two names; a
// read-only file is reported and left alone.
func TestFixSafety(t *testing.T) {
	t.Parallel()
	if runtime.GOOS == "windows" {
		t.Skip("Unix links and modes")
	}
	bin := mpreslint(t)
	dir := t.TempDir()
	writeFile(t, dir, "shared/values.yaml", usYAML)
	if err := os.Symlink("../shared/values.yaml", filepath.Join(dir, "deploy", "values.yaml")); err != nil {
		if err := os.MkdirAll(filepath.Join(dir, "deploy"), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink("../shared/values.yaml", filepath.Join(dir, "deploy", "values.yaml")); err != nil {
			t.Fatal(err)
		}
	}
	writeFile(t, dir, "ro/values.yaml", usYAML)
	if err := os.Chmod(filepath.Join(dir, "ro", "values.yaml"), 0o444); err != nil {
		t.Fatal(err)
	}
	writeFile(t, dir, "app/config.yaml", usYAML)
	if err := os.Link(filepath.Join(dir, "app", "config.yaml"), filepath.Join(dir, "app", "config.copy.yml")); err != nil {
		t.Fatal(err)
	}
	r := run(t, dir, bin, "-fix", "./deploy/values.yaml", "./ro/values.yaml", "./app/config.yaml")
	r.wantCode(t, 1)
	r.wantStderr(t, "mpreslint: ro/values.yaml: permission denied\nro/values.yaml:1:14: "+usHost+"\nmpreslint: fixed 2 findings in 2 files; 1 left\n")
	// The hard link's other name sees the fix: one file, written in place.
	if data, _ := os.ReadFile(filepath.Join(dir, "app", "config.copy.yml")); !strings.Contains(string(data), "api-eu.mixpanel.com") {
		t.Errorf("the other name of a hard-linked file is not fixed: %s", data)
	}
	if info, err := os.Lstat(filepath.Join(dir, "deploy", "values.yaml")); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Errorf("deploy/values.yaml is no longer a link (%v)", err)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "shared", "values.yaml")); !strings.Contains(string(data), "api-eu.mixpanel.com") {
		t.Errorf("the link's target is not fixed: %s", data)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "ro", "values.yaml")); string(data) != usYAML {
		t.Errorf("the read-only file changed: %s", data)
	}
}
