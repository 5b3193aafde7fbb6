package main_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/mpreslint/mpreslint/internal/integration"
)

// go125 is the Go 1.25 release that TestGoToolGo125 runs; the go command
// fetches it through the module proxy.
const go125 = "go1.25.14"

// TestGoToolGo125 adds mpreslint as a tool to a module that says go
// 1.25.0, with Go 1.25: go get -tool must leave the module's go line as
// it is, and go tool mpreslint must build and run.
func TestGoToolGo125(t *testing.T) {
	t.Parallel()
	integration.Require(t, "downloads the "+go125+" toolchain")
	mpreslint(t) // the clean environment
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	// The toolchain comes through the module proxy, once; the rest
	// offline (the last values in env win), as in TestGoTool.
	out, err := exec.Command("go", "env", "GOPROXY").Output()
	if err != nil {
		t.Fatal(err)
	}
	fetch := append(slices.Clone(env), "GOTOOLCHAIN="+go125, "GOPROXY="+strings.TrimSpace(string(out)))
	if r := runEnv(t, fetch, t.TempDir(), "go", "version"); r.code != 0 {
		t.Fatalf("%s: exit code %d\n%s", r.cmd, r.code, r.stderr)
	}
	env := append(slices.Clone(env), "GOTOOLCHAIN="+go125)

	dir := t.TempDir()
	writeFile(t, dir, "go.mod", "module example.com/app\n\ngo 1.25.0\n")
	writeFile(t, dir, "main.go", "package main\n\nconst trackURL = \"https://api.mixpanel.com/track\"\n\nfunc main() { println(trackURL) }\n")
	// With the proxy off, go get checks sums against go.sum alone.
	sums, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, dir, "go.sum", string(sums))

	goCmd := func(args ...string) result {
		t.Helper()
		r := runEnv(t, env, dir, "go", args...)
		if r.code != 0 {
			t.Fatalf("%s: exit code %d\n%s", r.cmd, r.code, r.stderr)
		}
		return r
	}
	if r := goCmd("env", "GOVERSION"); strings.TrimSpace(r.stdout) != go125 {
		t.Fatalf("go env GOVERSION = %q, want %s", r.stdout, go125)
	}
	const module = "github.com/mpreslint/mpreslint"
	goCmd("mod", "edit", "-replace="+module+"="+root, "-require="+module+"@v0.0.0-00010101000000-000000000000")
	goCmd("get", "-tool", module+"/cmd/mpreslint")
	data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	if m := regexp.MustCompile(`(?m)^go (\S+)$`).FindStringSubmatch(string(data)); m == nil || m[1] != "1.25.0" {
		t.Errorf("go get -tool changed the go line:\n%s", data)
	}
	if !strings.Contains(string(data), "tool "+module+"/cmd/mpreslint\n") {
		t.Errorf("go.mod has no tool line:\n%s", data)
	}

	r := runEnv(t, env, dir, "go", "tool", "mpreslint", "./...")
	r.wantCode(t, 3)
	r.wantStderr(t, "main.go:3:27: host api.mixpanel.com (ingestion API) is in the US region; EU projects must use api-eu.mixpanel.com\n")
	tool := strings.TrimSpace(goCmd("tool", "-n", "mpreslint").stdout)
	if r := goCmd("version", tool); !strings.HasSuffix(strings.TrimSpace(r.stdout), ": "+go125) {
		t.Errorf("go tool mpreslint is built with %s, want %s", r.stdout, go125)
	}

	// The module root is no package, let alone a program: go install of
	// it fails, as go install github.com/mpreslint/mpreslint@latest does.
	r = runEnv(t, env, dir, "go", "install", module)
	if want := "does not contain package " + module + "\n"; r.code == 0 || !strings.HasSuffix(r.stderr, want) {
		t.Errorf("go install %s: exit code %d, want an error ending in %q:\n%s", module, r.code, want, r.stderr)
	}
}

// TestModuleRootIsNoPackage keeps the module root free of Go files, so
// that go install github.com/mpreslint/mpreslint@latest installs nothing
// by the name mpreslint (TestGoToolGo125 runs it).
func TestModuleRootIsNoPackage(t *testing.T) {
	t.Parallel()
	files, err := filepath.Glob("../../*.go")
	if err != nil || len(files) > 0 {
		t.Errorf("Go files at the module root: %v %v; the command is cmd/mpreslint", files, err)
	}
}
