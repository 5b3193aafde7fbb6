package gclplugin_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mpreslint/mpreslint/internal/integration"
)

// gclVersion is the golangci-lint release the plugin is built into.
const gclVersion = "v2.15.0"

// gclMain is the main package of golangci-lint with the plugin, as in
// upstream cmd/golangci-lint plus a blank import (ECOSYSTEM.md recipe B).
// Version "(devel)" makes golangci-lint key its cache on the binary's
// hash, so a rebuilt plugin never gets results cached by an older one.
const gclMain = `// Command golangci-lint is golangci-lint with the mpreslint plugin.
package main

import (
	"fmt"
	"os"
	"runtime"

	"github.com/golangci/golangci-lint/v2/pkg/commands"
	"github.com/golangci/golangci-lint/v2/pkg/exitcodes"

	_ "github.com/mpreslint/mpreslint/gclplugin"
)

func main() {
	info := commands.BuildInfo{Version: "(devel)", Commit: "(unknown)", Date: "(unknown)", GoVersion: runtime.Version()}
	if err := commands.Execute(info); err != nil {
		fmt.Fprintf(os.Stderr, "The command is terminated due to an error: %v\n", err)
		os.Exit(exitcodes.Failure)
	}
}
`

// The findings on testdata/golangci with the settings it has.
var wantEU = []string{
	"track/track.go:7:28: host api.mixpanel.com (ingestion API) is in the US region; EU projects must use api-eu.mixpanel.com",
	"track/track.go:10:28: host data.mixpanel.com (export API) is in the US region; EU projects must use data-eu.mixpanel.com",
	"track/track.go:14:9: call to mixpanel.NewApiClient without EuResidency() sends data to the US region (api.mixpanel.com, data.mixpanel.com); EU projects must add mixpanel.EuResidency()",
}

// TestGolangciLint builds golangci-lint with the plugin, as users do, and
// runs it over testdata/golangci. It needs the Go module proxy (or a warm
// module cache) and about 4 minutes for a cold build (run it with
// -timeout 30m): skipped unless MPRESLINT_INTEGRATION=1. With
// MPRESLINT_GCL_BIN set, the binary is written to that path (relative to
// this package's directory) for later use.
func TestGolangciLint(t *testing.T) {
	integration.Require(t, "builds golangci-lint")
	if _, err := exec.LookPath("go"); err != nil {
		t.Fatalf("go command not found: %v", err)
	}
	bin := buildGolangciLint(t)
	cache := t.TempDir() // GOLANGCI_LINT_CACHE shared by the runs below

	t.Run("findings", func(t *testing.T) {
		dir := copyFixture(t)
		got, rc := lint(t, bin, cache, dir)
		assertIssues(t, got, wantEU)
		if rc != 1 {
			t.Errorf("exit code %d, want 1 (issues found)", rc)
		}
	})

	t.Run("region in", func(t *testing.T) {
		// Lint with eu first: a settings change must not get cached results.
		dir := copyFixture(t)
		got, _ := lint(t, bin, cache, dir)
		assertIssues(t, got, wantEU)
		editFile(t, filepath.Join(dir, ".golangci.yml"), "region: eu", "region: in")
		got, _ = lint(t, bin, cache, dir)
		assertIssues(t, got, []string{
			"track/track.go:7:28: host api.mixpanel.com (ingestion API) is in the US region; India projects must use api-in.mixpanel.com",
			"track/track.go:10:28: host data.mixpanel.com (export API) is in the US region; India projects must use data-in.mixpanel.com",
			"track/track.go:14:9: call to mixpanel.NewApiClient without InResidency() sends data to the US region (api.mixpanel.com, data.mixpanel.com); India projects must add mixpanel.InResidency()",
		})
	})

	t.Run("include-tests", func(t *testing.T) {
		dir := copyFixture(t)
		editFile(t, filepath.Join(dir, ".golangci.yml"), "include-tests: false", "include-tests: true")
		got, _ := lint(t, bin, cache, dir)
		want := append(slices.Clone(wantEU),
			"track/track_test.go:5:28: host api.mixpanel.com (ingestion API) is in the US region; EU projects must use api-eu.mixpanel.com")
		assertIssues(t, got, want)
	})

	t.Run("nolint", func(t *testing.T) {
		dir := copyFixture(t)
		const export = `const exportURL = "https://data.mixpanel.com/api/2.0/export"`
		editFile(t, filepath.Join(dir, "track", "track.go"), export, export+" //nolint:mpreslint // the US export is intended")
		got, _ := lint(t, bin, cache, dir)
		assertIssues(t, got, []string{wantEU[0], wantEU[2]})
	})

	for _, tt := range []struct {
		name, old, new, wantErr string
	}{
		{"unknown key", "include-tests: false", "eu_host: api-eu.mixpanel.com", `mpreslint settings: decoding settings: json: unknown field "eu_host" (known keys: region, include-tests)`},
		{"bad region", "region: eu", "region: us", `mpreslint settings: region: invalid region "us": want eu or in`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := copyFixture(t)
			editFile(t, filepath.Join(dir, ".golangci.yml"), tt.old, tt.new)
			out, stderr, rc := run(t, bin, cache, dir, "run", "./...")
			if rc == 0 || rc == 1 {
				t.Errorf("exit code %d, want a failure", rc)
			}
			if !strings.Contains(stderr, tt.wantErr) {
				t.Errorf("standard error does not contain %q:\n%s%s", tt.wantErr, out, stderr)
			}
		})
	}

	t.Run("fix", func(t *testing.T) {
		dir := copyFixture(t)
		if out, stderr, rc := run(t, bin, cache, dir, "run", "--fix", "./..."); rc != 0 {
			t.Fatalf("run --fix: exit code %d:\n%s%s", rc, out, stderr)
		}
		got, err := os.ReadFile(filepath.Join(dir, "track", "track.go"))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join(dir, "track", "track.go.golden"))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("track.go after --fix:\n%s\nwant:\n%s", got, want)
		}
		goCmd(t, dir, "build", "./...")
		issues, rc := lint(t, bin, cache, dir)
		assertIssues(t, issues, nil)
		if rc != 0 {
			t.Errorf("second run: exit code %d, want 0", rc)
		}
	})
}

// buildGolangciLint builds golangci-lint with the plugin from this
// checkout in a fresh main module, by the module proxy alone (no git).
func buildGolangciLint(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	bin := os.Getenv("MPRESLINT_GCL_BIN")
	if bin == "" {
		bin = filepath.Join(t.TempDir(), "golangci-lint")
	} else if bin, err = filepath.Abs(bin); err != nil {
		t.Fatal(err)
	} else if err := os.MkdirAll(filepath.Dir(bin), 0o755); err != nil {
		t.Fatal(err)
	}

	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte(gclMain), 0o644); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	goCmd(t, dir, "mod", "init", "mpreslint.test/golangci-lint")
	goCmd(t, dir, "mod", "edit",
		"-require=github.com/golangci/golangci-lint/v2@"+gclVersion,
		"-require=github.com/mpreslint/mpreslint@v0.0.0",
		"-replace=github.com/mpreslint/mpreslint="+root)
	goCmd(t, dir, "mod", "tidy")
	tidy := time.Since(start)
	goCmd(t, dir, "build", "-o", bin, ".")
	t.Logf("built golangci-lint %s with the plugin at %s: go mod tidy %s, go build %s",
		gclVersion, bin, tidy.Round(time.Second), (time.Since(start) - tidy).Round(time.Second))
	return bin
}

// copyFixture copies testdata/golangci to a temporary directory and
// makes its relative replace directives absolute.
func copyFixture(t *testing.T) string {
	t.Helper()
	src, err := filepath.Abs(filepath.Join("..", "testdata", "golangci"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	var mod struct {
		Replace []struct {
			Old, New struct{ Path, Version string }
		}
	}
	if err := json.Unmarshal([]byte(goCmd(t, dir, "mod", "edit", "-json")), &mod); err != nil {
		t.Fatal(err)
	}
	for _, r := range mod.Replace {
		if r.New.Version == "" && !filepath.IsAbs(r.New.Path) {
			goCmd(t, dir, "mod", "edit", "-replace="+r.Old.Path+"="+filepath.Join(src, r.New.Path))
		}
	}
	return dir
}

// editFile replaces the one occurrence of old in the file by new.
func editFile(t *testing.T, name, old, new string) {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(data), old); n != 1 {
		t.Fatalf("%s holds %q %d times, want once", name, old, n)
	}
	data = []byte(strings.Replace(string(data), old, new, 1))
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// lint runs golangci-lint in dir and returns its issues as
// "file:line:col: text", and its exit code.
func lint(t *testing.T, bin, cache, dir string) ([]string, int) {
	t.Helper()
	out, stderr, rc := run(t, bin, cache, dir, "run", "--output.json.path=stdout", "--show-stats=false", "./...")
	if rc != 0 && rc != 1 {
		t.Fatalf("golangci-lint: exit code %d:\n%s%s", rc, out, stderr)
	}
	var report struct {
		Issues []struct {
			FromLinter, Text string
			Pos              struct {
				Filename     string
				Line, Column int
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &report); err != nil {
		t.Fatalf("golangci-lint output: %v:\n%s%s", err, out, stderr)
	}
	var issues []string
	for _, is := range report.Issues {
		if is.FromLinter != "mpreslint" {
			t.Errorf("issue from linter %q, want mpreslint: %s", is.FromLinter, is.Text)
		}
		issues = append(issues, fmt.Sprintf("%s:%d:%d: %s", filepath.ToSlash(is.Pos.Filename), is.Pos.Line, is.Pos.Column, is.Text))
	}
	return issues, rc
}

// run runs golangci-lint in dir, offline, and returns its standard
// output, standard error and exit code.
func run(t *testing.T, bin, cache, dir string, args ...string) (stdout, stderr string, rc int) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOLANGCI_LINT_CACHE="+cache, "GOPROXY=off", "GOWORK=off", "GOFLAGS=-mod=mod")
	var outBuf, errBuf bytes.Buffer
	cmd.Stdout, cmd.Stderr = &outBuf, &errBuf
	err := cmd.Run()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatalf("golangci-lint %s: %v", strings.Join(args, " "), err)
	}
	return outBuf.String(), errBuf.String(), cmd.ProcessState.ExitCode()
}

// goCmd runs the go command in dir and returns its output.
func goCmd(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go %s: %v\n%s%s", strings.Join(args, " "), err, out, stderr.Bytes())
	}
	return string(out)
}

func assertIssues(t *testing.T, got, want []string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("issues:\n\t%s\nwant:\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}
