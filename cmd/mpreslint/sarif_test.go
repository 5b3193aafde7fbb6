package main_test

// The -sarif output: its findings, its paths, and its validity by
// Microsoft's SARIF validator with GitHub code scanning's rules.

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"github.com/mpreslint/mpreslint/internal/integration"
)

// sarifLog is the part of a SARIF log the tests read.
type sarifLog struct {
	Runs []struct {
		OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
		Results            []struct {
			RuleID    string `json:"ruleId"`
			Message   struct{ Text string }
			Locations []sarifLocation
			Fixes     []struct {
				ArtifactChanges []struct {
					ArtifactLocation sarifArtifact
					Replacements     []json.RawMessage
				}
			}
		}
	}
}

type (
	sarifLocation struct {
		PhysicalLocation struct {
			ArtifactLocation sarifArtifact
			Region           struct{ StartLine, StartColumn int }
		}
	}
	sarifArtifact struct {
		URI       string
		URIBaseID string `json:"uriBaseId"`
	}
)

// sarifResults returns the results of the SARIF log out as findings, with
// paths relative to %SRCROOT%, and checks that each fix edits the file of
// its result.
func sarifResults(t *testing.T, out string) []finding {
	t.Helper()
	var log sarifLog
	if err := json.Unmarshal([]byte(out), &log); err != nil || len(log.Runs) != 1 {
		t.Fatalf("SARIF output does not parse as one run (%v):\n%s", err, head(out))
	}
	var res []finding
	for _, r := range log.Runs[0].Results {
		if len(r.Locations) != 1 {
			t.Errorf("result %q has %d locations, want 1", r.Message.Text, len(r.Locations))
			continue
		}
		loc := r.Locations[0].PhysicalLocation
		if loc.ArtifactLocation.URIBaseID != "%SRCROOT%" {
			t.Errorf("result %q: location %+v is not relative to %%SRCROOT%%", r.Message.Text, loc.ArtifactLocation)
		}
		f := finding{
			pos:      fmt.Sprintf("%s:%d:%d", loc.ArtifactLocation.URI, loc.Region.StartLine, loc.Region.StartColumn),
			category: r.RuleID,
			message:  r.Message.Text,
			fix:      len(r.Fixes) > 0,
		}
		for _, fix := range r.Fixes {
			for _, c := range fix.ArtifactChanges {
				if c.ArtifactLocation != loc.ArtifactLocation || len(c.Replacements) == 0 {
					t.Errorf("%s: fix changes %+v (%d replacements), want its own file", f, c.ArtifactLocation, len(c.Replacements))
				}
			}
		}
		res = append(res, f)
	}
	return res
}

// TestSARIF runs -sarif on the fixture, from its root and from a
// subdirectory of its git work tree: the paths are the same, relative to
// the work tree's root.
func TestSARIF(t *testing.T) {
	t.Parallel()
	bin := mpreslint(t)
	for _, tc := range []struct {
		region string
		want   []finding
	}{{"eu", wantEU}, {"in", wantIN}} {
		t.Run(tc.region, func(t *testing.T) {
			dir := fixture(t)
			r := run(t, dir, bin, "-sarif", "-region="+tc.region, "./...")
			r.wantCode(t, 3)
			r.wantStderr(t, "")
			compareFindings(t, sarifResults(t, r.stdout), tc.want)
		})
	}
	t.Run("work tree", func(t *testing.T) {
		dir := fixture(t)
		if err := os.Mkdir(filepath.Join(dir, ".git"), 0o777); err != nil {
			t.Fatal(err)
		}
		r := run(t, filepath.Join(dir, "tracker"), bin, "-sarif", ".")
		r.wantCode(t, 3)
		r.wantStderr(t, "")
		compareFindings(t, sarifResults(t, r.stdout), wantEU[len(wantEU)-1:])
		var log sarifLog
		if err := json.Unmarshal([]byte(r.stdout), &log); err != nil {
			t.Fatal(err)
		}
		if got, want := log.Runs[0].OriginalURIBaseIDs["%SRCROOT%"].URI, "file://"+filepath.ToSlash(dir)+"/"; got != want {
			t.Errorf("%%SRCROOT%% is %q, want %q", got, want)
		}
	})
}

// sarifValidatorVersion is the npm package @microsoft/sarif-multitool that
// TestSARIFValidates installs.
const sarifValidatorVersion = "5.7.0"

// TestSARIFValidates checks mpreslint's SARIF with Microsoft's validator
// and GitHub code scanning's ingestion rules (--rule-kind "Sarif;Ghas"):
// no error, no warning. It installs the validator with npm into the user
// cache directory, once.
func TestSARIFValidates(t *testing.T) {
	t.Parallel()
	integration.Require(t, "installs Microsoft's SARIF validator with npm")
	validator := sarifValidator(t)
	dir := fixture(t)
	bin := mpreslint(t)
	logs := make(map[string]string) // name → SARIF
	for _, args := range [][]string{
		{"-include-tests"},
		{"-region=in"},
		{"./local/..."}, // no findings
	} {
		if !strings.HasPrefix(args[0], "./") {
			args = append(args, "./...")
		}
		r := run(t, dir, bin, append([]string{"-sarif"}, args...)...)
		if r.code != 0 && r.code != 3 {
			t.Fatalf("%s: exit code %d\n%s", r.cmd, r.code, r.stderr)
		}
		logs["mpreslint "+strings.Join(args, " ")] = r.stdout
	}
	// The reporter's golden file: non-ASCII columns, a non-Go file, a fix
	// in two files, a file outside the root.
	golden, err := os.ReadFile("../../internal/driver/testdata/sarif.golden")
	if err != nil {
		t.Fatal(err)
	}
	root, other := "file://"+filepath.ToSlash(dir), "file://"+filepath.ToSlash(t.TempDir())
	logs["sarif.golden"] = strings.NewReplacer("file://$ROOT", root, "file://$OTHER", other).Replace(string(golden))

	for name, log := range logs {
		t.Run(name, func(t *testing.T) {
			if problems := validate(t, validator, log); len(problems) > 0 {
				t.Errorf("the validator finds:\n%s", strings.Join(problems, "\n"))
			}
		})
	}
	// The validator does report a problem: GitHub needs the rules.
	t.Run("without rules", func(t *testing.T) {
		broken := regexp.MustCompile(`(?s)"rules": \[.*?\n {10}\]`).ReplaceAllString(logs["mpreslint -region=in ./..."], `"rules": []`)
		problems := validate(t, validator, broken)
		if len(problems) == 0 || !strings.Contains(strings.Join(problems, "\n"), "rule") {
			t.Errorf("the validator finds %q in a log without rules, want an error about them", problems)
		}
	})
}

// sarifValidator returns the validator's executable, installing it first
// if needed.
func sarifValidator(t *testing.T) string {
	t.Helper()
	platform := map[string]string{"linux": "linux", "darwin": "darwin"}[runtime.GOOS]
	if platform == "" {
		t.Skipf("the SARIF validator's npm package has no binary for %s here", runtime.GOOS)
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		t.Fatal(err)
	}
	prefix := filepath.Join(cache, "mpreslint-test", "sarif-multitool@"+sarifValidatorVersion)
	exe := filepath.Join(prefix, "node_modules", "@microsoft", "sarif-multitool-"+platform, "Sarif.Multitool")
	if _, err := os.Stat(exe); err != nil {
		npm := exec.Command("npm", "install", "--no-save", "--prefix", prefix, "@microsoft/sarif-multitool@"+sarifValidatorVersion)
		if out, err := npm.CombinedOutput(); err != nil {
			t.Fatalf("%s: %v\n%s", npm, err, out)
		}
	}
	// npm may skip the package's postinstall, which makes it executable.
	if err := os.Chmod(exe, 0o755); err != nil {
		t.Fatal(err)
	}
	return exe
}

// validate runs the validator on a SARIF log and returns its errors and
// warnings. It prints them, and writes them as a SARIF log of its own; its
// exit code is 0 either way.
func validate(t *testing.T, validator, log string) []string {
	t.Helper()
	dir := t.TempDir()
	in, out := filepath.Join(dir, "mpreslint.sarif"), filepath.Join(dir, "validation.sarif")
	if err := os.WriteFile(in, []byte(log), 0o666); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(validator, "validate", in, "--rule-kind", "Sarif;Ghas", "--level", "Error;Warning", "-o", out)
	cmd.Env = append(os.Environ(), "DOTNET_CLI_TELEMETRY_OPTOUT=1")
	stdout, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(stdout), "Analysis completed successfully") {
		t.Fatalf("%s: %v\n%s", cmd, err, stdout)
	}
	var problems []string
	for line := range strings.Lines(string(stdout)) {
		if strings.Contains(line, ": error ") || strings.Contains(line, ": warning ") {
			problems = append(problems, strings.TrimSpace(line))
		}
	}
	// The validator's own log lists the same problems as results.
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var v struct {
		Runs []struct{ Results []json.RawMessage }
	}
	if err := json.Unmarshal(data, &v); err != nil || len(v.Runs) == 0 {
		t.Fatalf("validator's log %s: %v\n%s", out, err, head(string(data)))
	}
	if n := len(v.Runs[0].Results); n != len(problems) {
		t.Errorf("the validator printed %d problems and logged %d:\n%s", len(problems), n, stdout)
	}
	return problems
}
