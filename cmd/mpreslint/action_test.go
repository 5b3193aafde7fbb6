package main_test

// The GitHub Action's run steps, .github/mpreslint-action.sh, run locally
// over copies of the fixture, as action.yml runs them. GitHub itself is
// out of reach here: action.yml is checked as text.

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"
)

const actionScript = "../../.github/mpreslint-action.sh"

// runAction runs the action's script in dir with the variables that
// action.yml sets from its inputs, and returns its result and outputs.
func runAction(t *testing.T, dir string, vars ...string) (result, map[string]string) {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("the action runs its script with bash")
	}
	script, err := filepath.Abs(actionScript)
	if err != nil {
		t.Fatal(err)
	}
	output := filepath.Join(t.TempDir(), "github_output")
	env := append(slices.Clone(env), "GITHUB_OUTPUT="+output, "RUNNER_TEMP="+t.TempDir())
	r := runEnv(t, append(env, vars...), dir, "bash", script)
	outputs := make(map[string]string)
	data, err := os.ReadFile(output)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	for line := range strings.Lines(string(data)) {
		k, v, _ := strings.Cut(strings.TrimSuffix(line, "\n"), "=")
		outputs[k] = v
	}
	return r, outputs
}

// splitLastLine splits s before its last line.
func splitLastLine(s string) (rest, last string) {
	i := strings.LastIndexByte(strings.TrimSuffix(s, "\n"), '\n')
	return s[:i+1], s[i+1:]
}

func TestAction(t *testing.T) {
	t.Parallel()
	bin := "MPRESLINT_BIN=" + mpreslint(t)
	for _, tc := range []struct {
		name     string
		vars     []string
		wantCode int    // of the script
		exitCode string // mpreslint's, the output exit-code
		want     []finding
	}{
		{"defaults", nil, 1, "3", wantEU},
		{"fail-on-findings false", []string{"MPRESLINT_FAIL_ON_FINDINGS=false"}, 0, "3", wantEU},
		{"region in", []string{"MPRESLINT_REGION=in"}, 1, "3", wantIN},
		{"include-tests", []string{"MPRESLINT_INCLUDE_TESTS=true"}, 1, "3", append(slices.Clone(wantEU), wantTestFile)},
		{"patterns", []string{"MPRESLINT_PATTERNS=./tracker  ./local/..."}, 1, "3", wantEU[len(wantEU)-1:]},
		{"clean", []string{"MPRESLINT_PATTERNS=./local/..."}, 0, "0", nil},
		{"bad region", []string{"MPRESLINT_REGION=us", "MPRESLINT_FAIL_ON_FINDINGS=false"}, 1, "2", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := fixture(t)
			if tc.exitCode == "2" {
				writeFile(t, dir, "mpreslint.sarif", "{}") // of an earlier run: removed
			}
			r, outputs := runAction(t, dir, append([]string{bin}, tc.vars...)...)
			r.wantCode(t, tc.wantCode)
			if outputs["exit-code"] != tc.exitCode {
				t.Errorf("output exit-code=%q, want %q", outputs["exit-code"], tc.exitCode)
			}
			sarif := filepath.Join(dir, "mpreslint.sarif")
			if tc.exitCode == "2" {
				// A usage error: no SARIF file for the upload step, not
				// even an empty one.
				if outputs["sarif-file"] != "" || !strings.Contains(r.stderr, `invalid region "us"`) {
					t.Errorf("bad region: output sarif-file=%q, stderr:\n%s", outputs["sarif-file"], r.stderr)
				}
				if _, err := os.Stat(sarif); !os.IsNotExist(err) {
					t.Errorf("bad region: %s exists (%v), want no file", sarif, err)
				}
				if entries, _ := filepath.Glob(sarif + ".*"); len(entries) > 0 {
					t.Errorf("temporary files left: %q", entries)
				}
				return
			}
			if outputs["sarif-file"] != sarif {
				t.Errorf("output sarif-file=%q, want %q", outputs["sarif-file"], sarif)
			}
			data, err := os.ReadFile(sarif)
			if err != nil {
				t.Fatal(err)
			}
			compareFindings(t, sarifResults(t, string(data)), tc.want)
			// The log shows the findings as text too, then the error.
			if tc.exitCode == "3" {
				text := r.stderr
				if tc.wantCode != 0 {
					var last string
					text, last = splitLastLine(text)
					if want := "::error title=mpreslint::findings reported"; !strings.HasPrefix(last, want) {
						t.Errorf("last line %q, want %s…", last, want)
					}
				}
				compare(t, findings(t, dir, text), tc.want)
			}
		})
	}
	t.Run("sarif-file", func(t *testing.T) {
		dir := fixture(t)
		abs := filepath.Join(t.TempDir(), "out.sarif")
		for _, file := range []string{"sub/rel.sarif", abs} {
			if err := os.MkdirAll(filepath.Join(dir, "sub"), 0o777); err != nil {
				t.Fatal(err)
			}
			_, outputs := runAction(t, dir, bin, "MPRESLINT_SARIF_FILE="+file, "MPRESLINT_PATTERNS=./tracker")
			want := file
			if !filepath.IsAbs(file) {
				want = filepath.Join(dir, file)
			}
			if outputs["sarif-file"] != want {
				t.Errorf("MPRESLINT_SARIF_FILE=%s: output sarif-file=%q, want %q", file, outputs["sarif-file"], want)
			}
			if _, err := os.Stat(want); err != nil {
				t.Error(err)
			}
		}
	})
	t.Run("bad boolean", func(t *testing.T) {
		r, _ := runAction(t, fixture(t), bin, "MPRESLINT_INCLUDE_TESTS=yes")
		r.wantCode(t, 1)
		if !strings.Contains(r.stderr, "include-tests: want true or false") {
			t.Errorf("stderr:\n%s", r.stderr)
		}
	})
}

// TestActionBuild runs the script without MPRESLINT_BIN and without a
// ref, as for a local action (uses: ./): it builds the action's own copy
// of mpreslint. (With a ref it runs go install …@ref, which needs
// the module proxy and a release.)
func TestActionBuild(t *testing.T) {
	t.Parallel()
	mpreslint(t)
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	dir := fixture(t)
	r, outputs := runAction(t, dir, "MPRESLINT_ACTION_PATH="+root, "MPRESLINT_PATTERNS=./tracker")
	r.wantCode(t, 1)
	// The version is "(devel)", or a pseudo-version where the go command
	// stamps it from the checkout's VCS information.
	if !strings.Contains(r.stdout, "Building mpreslint from "+root+"\nmpreslint ") || outputs["exit-code"] != "3" {
		t.Errorf("stdout:\n%s\nstderr:\n%s\noutputs %v", r.stdout, r.stderr, outputs)
	}
}

// TestActionYAML checks that action.yml runs the script, passes each
// input to it, and that the script reads each variable it is given.
func TestActionYAML(t *testing.T) {
	t.Parallel()
	yml, err := os.ReadFile("../../action.yml")
	if err != nil {
		t.Fatal(err)
	}
	script, err := os.ReadFile(actionScript)
	if err != nil {
		t.Fatal(err)
	}
	inputs := regexp.MustCompile(`(?m)^  ([a-z-]+):\n    description:`).FindAllSubmatch(yml, -1)
	if len(inputs) < 6 {
		t.Fatalf("action.yml: %d inputs and outputs found, want at least 6", len(inputs))
	}
	passed := make(map[string]string) // variable → expression
	for _, m := range regexp.MustCompile(`(?m)^        (MPRESLINT_\w+): \$\{\{ (\S+) \}\}$`).FindAllSubmatch(yml, -1) {
		passed[string(m[1])] = string(m[2])
	}
	for _, m := range inputs {
		name := string(m[1])
		if name == "exit-code" || name == "working-directory" {
			continue // an output only; the step's working directory
		}
		v := "MPRESLINT_" + strings.ToUpper(strings.ReplaceAll(name, "-", "_"))
		if passed[v] != "inputs."+name {
			t.Errorf("action.yml does not set %s to ${{ inputs.%s }}", v, name)
		}
	}
	for v := range passed {
		if !strings.Contains(string(script), "${"+v) {
			t.Errorf("the script does not read %s", v)
		}
	}
	for _, want := range []string{
		"MPRESLINT_REF: ${{ github.action_ref }}",
		"working-directory: ${{ inputs.working-directory }}",
		`run: bash "$MPRESLINT_ACTION_PATH/.github/mpreslint-action.sh"`,
		"value: ${{ steps.run.outputs.sarif-file }}",
	} {
		if !strings.Contains(string(yml), want) {
			t.Errorf("action.yml lacks %q", want)
		}
	}
	// The example workflow, in the README as in docs/examples, uploads
	// the file the action writes by default.
	workflow, err := os.ReadFile("../../docs/examples/mpreslint.yml")
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(readme), "```yaml\n"+string(workflow)+"```\n") {
		t.Errorf("README does not show docs/examples/mpreslint.yml as it is")
	}
	for _, want := range []string{
		"security-events: write",
		"uses: github/codeql-action/upload-sarif@v3",
		"sarif_file: mpreslint.sarif",
		"uses: mpreslint/mpreslint@",
	} {
		if !strings.Contains(string(workflow), want) {
			t.Errorf("docs/examples/mpreslint.yml lacks %q", want)
		}
	}
	if !strings.Contains(string(yml), "  sarif-file:\n    description: Where to write the SARIF log, relative to working-directory\n    default: mpreslint.sarif\n") {
		t.Errorf("action.yml: the input sarif-file does not default to mpreslint.sarif")
	}
	if _, err := exec.LookPath("bash"); err == nil {
		if out, err := exec.Command("bash", "-n", actionScript).CombinedOutput(); err != nil {
			t.Errorf("bash -n %s: %v\n%s", actionScript, err, out)
		}
	}
}
