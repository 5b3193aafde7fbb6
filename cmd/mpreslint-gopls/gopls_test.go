package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mpreslint/mpreslint/internal/integration"
)

// The integration tests build gopls with mpreslint, once per region and
// test run, with `go run .` as a user would, and drive its command line
// over a copy of ../../testdata/gopls.
//
// They run only with MPRESLINT_INTEGRATION=1 (see internal/integration).
// MPRESLINT_GOPLS_VERSION picks another gopls version.

var (
	tmpDir string // binaries and gopls's cache; set by TestMain

	goplsEU   = sync.OnceValues(func() (string, error) { return buildGopls("eu") })
	goplsIN   = sync.OnceValues(func() (string, error) { return buildGopls("in") })
	mpreslint = sync.OnceValues(func() (string, error) {
		exe := filepath.Join(tmpDir, "mpreslint")
		out, err := exec.Command("go", "build", "-o", exe, "../mpreslint").CombinedOutput()
		if err != nil {
			return "", fmt.Errorf("building cmd/mpreslint: %v\n%s", err, out)
		}
		return exe, nil
	})
)

func TestMain(m *testing.M) {
	var err error
	if tmpDir, err = os.MkdirTemp("", "mpreslint-gopls-test-"); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := m.Run()
	_ = os.RemoveAll(tmpDir) // best effort: the directory is temporary
	os.Exit(code)
}

// buildGopls runs this command to build gopls for region.
func buildGopls(region string) (string, error) {
	dir := filepath.Join(tmpDir, region)
	start := time.Now()
	args := []string{"run", ".", "-o", dir, "-region=" + region}
	if v := os.Getenv("MPRESLINT_GOPLS_VERSION"); v != "" {
		args = append(args, "-gopls-version="+v)
	}
	out, err := exec.Command("go", args...).CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("go %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	fmt.Fprintf(os.Stderr, "%sbuilt in %v\n", out, time.Since(start).Round(time.Second))
	return filepath.Join(dir, "gopls"), nil
}

// requireIntegration skips t unless the slow tests are enabled.
func requireIntegration(t *testing.T) {
	t.Helper()
	integration.Require(t, "builds gopls")
	if _, err := exec.LookPath("go"); err != nil {
		t.Fatalf("go command not found: %v", err)
	}
}

func binary(t *testing.T, build func() (string, error)) string {
	t.Helper()
	exe, err := build()
	if err != nil {
		t.Fatal(err)
	}
	return exe
}

// fixture copies the fixture module to a temporary directory.
func fixture(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("../../testdata/gopls")); err != nil {
		t.Fatal(err)
	}
	sdk, err := filepath.Abs("../../testdata/src/github.com/mixpanel/mixpanel-go")
	if err != nil {
		t.Fatal(err)
	}
	run(t, dir, "go", "mod", "edit", "-replace=github.com/mixpanel/mixpanel-go="+sdk)
	return dir
}

// run runs a command in dir, offline, and returns its standard output;
// it fails the test if the command fails.
func run(t *testing.T, dir, name string, args ...string) string {
	t.Helper()
	out, err := runErr(t, dir, name, args...)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func runErr(t *testing.T, dir, name string, args ...string) (string, error) {
	t.Helper()
	cmd := command(dir, name, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		err = fmt.Errorf("%s %s: %v\n%s%s", filepath.Base(name), strings.Join(args, " "), err, out, stderr.Bytes())
	}
	return string(out), err
}

// command returns a command that runs in dir, offline, with gopls's
// cache in tmpDir.
func command(dir, name string, args ...string) *exec.Cmd {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOPROXY=off", "GOWORK=off", "GOPLSCACHE="+filepath.Join(tmpDir, "goplscache"))
	return cmd
}

// A finding is a diagnostic as "file:line:col: message", file a base name.
var findingRE = regexp.MustCompile(`(?m)^(.+?):(\d+):(\d+)(?:-[\d:]+)?: (.*)$`)

// findings parses the findings printed by gopls check or mpreslint.
func findings(out string) []string {
	var fs []string
	for _, m := range findingRE.FindAllStringSubmatch(out, -1) {
		fs = append(fs, fmt.Sprintf("%s:%s:%s: %s", filepath.Base(m[1]), m[2], m[3], m[4]))
	}
	slices.Sort(fs)
	return fs
}

var goFiles = []string{"client.go", "host.go", "main.go"}

// goplsCheck returns the findings of gopls check on files.
func goplsCheck(t *testing.T, gopls, dir string, files ...string) []string {
	t.Helper()
	return findings(run(t, dir, gopls, append([]string{"check"}, files...)...))
}

// cliFindings returns what cmd/mpreslint reports on the module in dir.
func cliFindings(t *testing.T, dir string, flags ...string) []string {
	t.Helper()
	out, err := command(dir, binary(t, mpreslint), append(flags, "./...")...).CombinedOutput()
	var exit *exec.ExitError
	if findings := errors.As(err, &exit) && exit.ExitCode() == 3; err != nil && !findings {
		t.Fatalf("mpreslint: %v\n%s", err, out)
	}
	return findings(string(out))
}

// TestCheck checks that gopls reports what cmd/mpreslint reports.
func TestCheck(t *testing.T) {
	requireIntegration(t)
	gopls := binary(t, goplsEU)
	dir := fixture(t)

	got := goplsCheck(t, gopls, dir, goFiles...)
	want := cliFindings(t, dir)
	if !slices.Equal(got, want) {
		t.Errorf("gopls check:\n%s\nmpreslint:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for i, prefix := range []string{
		"client.go:6:9: call to mixpanel.NewApiClient without EuResidency()",
		"host.go:4:27: host api.mixpanel.com ",
	} {
		if i >= len(got) || !strings.HasPrefix(got[i], prefix) {
			t.Errorf("gopls check: want a finding %q…, got:\n%s", prefix, strings.Join(got, "\n"))
		}
	}
}

// TestQuickFix applies each finding's fix with gopls codeaction.
func TestQuickFix(t *testing.T) {
	requireIntegration(t)
	gopls := binary(t, goplsEU)
	dir := fixture(t)

	// gopls runs the action whose diagnostic starts at FILE:LINE:COL.
	if _, err := runErr(t, dir, gopls, "codeaction", "-kind=quickfix", "-exec", "-write", "host.go:7:19"); err == nil ||
		!strings.Contains(err.Error(), "no matching code action") {
		t.Errorf("codeaction on the EU host: want no matching code action, got err=%v", err)
	}
	for _, tt := range []struct{ pos, want string }{
		{"host.go:4:27", `const trackURL = "https://api-eu.mixpanel.com/track"`},
		{"client.go:6:9", `return mixpanel.NewApiClient(token, mixpanel.EuResidency())`},
	} {
		run(t, dir, gopls, "codeaction", "-kind=quickfix", "-exec", "-write", tt.pos)
		file, _, _ := strings.Cut(tt.pos, ":")
		src, err := os.ReadFile(filepath.Join(dir, file))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(src), tt.want) {
			t.Errorf("after the fix at %s, %s lacks %s:\n%s", tt.pos, file, tt.want, src)
		}
		if got := goplsCheck(t, gopls, dir, file); len(got) > 0 {
			t.Errorf("after the fix at %s, gopls check %s:\n%s", tt.pos, file, strings.Join(got, "\n"))
		}
	}
	run(t, dir, "go", "build", "./...")
	if got := goplsCheck(t, gopls, dir, goFiles...); len(got) > 0 {
		t.Errorf("after the fixes, gopls check:\n%s", strings.Join(got, "\n"))
	}
}

// TestRegionIN checks a gopls built with -region=in, after the EU one
// analyzed the same files with the same gopls cache: the cache must not
// serve the EU results.
func TestRegionIN(t *testing.T) {
	requireIntegration(t)
	dir := fixture(t)
	if got := goplsCheck(t, binary(t, goplsEU), dir, goFiles...); len(got) == 0 {
		t.Fatal("EU gopls check: no findings")
	}
	gopls := binary(t, goplsIN)

	got := goplsCheck(t, gopls, dir, goFiles...)
	want := cliFindings(t, dir, "-region=in")
	if !slices.Equal(got, want) {
		t.Errorf("gopls check:\n%s\nmpreslint -region=in:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !slices.ContainsFunc(got, func(f string) bool {
		return strings.HasPrefix(f, "host.go:4:27: ") && strings.HasSuffix(f, " must use api-in.mixpanel.com")
	}) {
		t.Errorf("gopls check: want api.mixpanel.com reported for India, got:\n%s", strings.Join(got, "\n"))
	}
	run(t, dir, gopls, "codeaction", "-kind=quickfix", "-exec", "-write", "host.go:4:27")
	if src, _ := os.ReadFile(filepath.Join(dir, "host.go")); !strings.Contains(string(src), `"https://api-in.mixpanel.com/track"`) {
		t.Errorf("after the fix, host.go:\n%s", src)
	}
}
