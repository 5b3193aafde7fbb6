package main_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/mpreslint/mpreslint/internal/integration"
)

// TestPreCommit runs the hook of .pre-commit-hooks.yaml with the real
// pre-commit, as pre-commit try-repo over a git repository made of this
// checkout's files (uncommitted changes included), in a repository with a
// finding (the hook fails) and without (it passes). pre-commit builds the
// hook with go install ./... in its own GOPATH; the module proxy is the
// local module cache, so it runs offline.
func TestPreCommit(t *testing.T) {
	t.Parallel()
	integration.Require(t, "runs pre-commit, which builds mpreslint")
	for _, tool := range []string{"pre-commit", "git"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%v (CI installs it: .ci/run)", err)
		}
	}
	mpreslint(t) // the clean environment
	out, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		t.Fatal(err)
	}
	proxy := "file://" + filepath.ToSlash(filepath.Join(strings.TrimSpace(string(out)), "cache", "download"))
	// The last values win. The hook's go command gets its module cache
	// in the GOPATH that pre-commit gives it, as for a user, and fills it
	// from the proxy.
	env := append(slices.Clone(env),
		"GOMODCACHE=", "GOPROXY="+proxy, "GOSUMDB=off", "GOFLAGS=",
		"GIT_AUTHOR_NAME=test", "GIT_AUTHOR_EMAIL=test@example.com",
		"GIT_COMMITTER_NAME=test", "GIT_COMMITTER_EMAIL=test@example.com",
		"GIT_CONFIG_NOSYSTEM=1", "GIT_CONFIG_GLOBAL="+os.DevNull,
		"PRE_COMMIT_HOME="+t.TempDir(),
	)
	mustRun := func(dir, name string, args ...string) result {
		t.Helper()
		r := runEnv(t, env, dir, name, args...)
		if r.code != 0 {
			t.Fatalf("%s: exit code %d\n%s%s", r.cmd, r.code, r.stdout, r.stderr)
		}
		return r
	}

	// The hook repository: this checkout's files, committed.
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	hooks := t.TempDir()
	files := mustRun(root, "git", "ls-files", "-z", "--cached", "--others", "--exclude-standard").stdout
	for _, name := range strings.Split(strings.TrimSuffix(files, "\x00"), "\x00") {
		data, err := os.ReadFile(filepath.Join(root, name))
		if os.IsNotExist(err) {
			continue // deleted, not yet committed
		} else if err != nil {
			t.Fatal(err)
		}
		writeFile(t, hooks, name, string(data))
	}
	mustRun(hooks, "git", "init", "-q")
	mustRun(hooks, "git", "add", "-A")
	mustRun(hooks, "git", "commit", "-q", "-m", "mpreslint")

	// The user's repository.
	repo := t.TempDir()
	mustRun(repo, "git", "init", "-q")
	writeFile(t, repo, "go.mod", "module example.com/app\n\ngo 1.25.0\n")
	writeFile(t, repo, "main.go", "package main\n\nconst u = \"https://api.mixpanel.com/track\"\n\nfunc main() { println(u) }\n")
	mustRun(repo, "git", "add", "-A")

	r := runEnv(t, env, repo, "pre-commit", "try-repo", hooks, "mpreslint", "--all-files")
	r.wantCode(t, 1)
	output := r.stdout + r.stderr
	for _, want := range []string{
		"mpreslint....", "Failed\n", "- exit code: 3\n",
		"main.go:3:20: host api.mixpanel.com (ingestion API) is in the US region; EU projects must use api-eu.mixpanel.com\n",
	} {
		if !strings.Contains(output, want) {
			t.Errorf("with a finding: output lacks %q:\n%s", want, output)
		}
	}

	writeFile(t, repo, "main.go", "package main\n\nconst u = \"https://api-eu.mixpanel.com/track\"\n\nfunc main() { println(u) }\n")
	mustRun(repo, "git", "add", "-A")
	r = runEnv(t, env, repo, "pre-commit", "try-repo", hooks, "mpreslint", "--all-files")
	r.wantCode(t, 0)
	if out := r.stdout + r.stderr; !strings.Contains(out, "mpreslint....") || !strings.Contains(out, "Passed\n") {
		t.Errorf("without a finding: output lacks mpreslint....Passed:\n%s", out)
	}
}
