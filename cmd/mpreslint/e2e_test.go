package main_test

// End-to-end tests: the real mpreslint binary run by go vet, go fix and on
// its own over a temporary copy of the module in ../../testdata/e2e/app,
// which uses the SDK stubs of ../../testdata/src. The files go fix changes
// are compared with ../../testdata/e2e/app.fixed.txtar; -update rewrites it.

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/version"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite "+fixedGolden+" from the output of go fix")

const (
	fixtureDir  = "../../testdata/e2e/app"
	fixedGolden = "../../testdata/e2e/app.fixed.txtar" // the files go fix changes, as fixed
)

// finding is one expected diagnostic in the fixture.
type finding struct {
	pos      string // file:line:col, file relative to the module root
	category string
	message  string
	fix      bool // it has a suggested fix
}

func (f finding) String() string { return f.pos + ": " + f.message }

// Findings with the default -region=eu.
var wantEU = []finding{
	{"config/config.go:7:27", "host", "host api.mixpanel.com (ingestion API) is in the US region; EU projects must use api-eu.mixpanel.com", true},
	{"config/config.go:10:26", "unknown-host", "host api.eu.mixpanel.com does not exist; the EU ingestion API is at api-eu.mixpanel.com", true},
	{"config/config.go:13:28", "sso", "the SSO postback URL mixpanel.com/security/login/1 has no region prefix; EU projects log in at eu.mixpanel.com/security/login/1", true},
	{"config/config.go:17:30", "host", "host data.mixpanel.com (export API) is in the US region; EU projects must use data-eu.mixpanel.com", true},
	{"config/config.go:35:22", "host", "host mixpanel.com (query API) is in the US region; EU projects must use eu.mixpanel.com", true},
	{"config/config.go:35:55", "directive", "mpreslint:ignore directive needs a reason: //mpreslint:ignore <reason>", false},
	{"config/config.go:37:1", "directive", "mpreslint:ignore directive suppresses nothing on this line or the next; remove it", true},
	{"flagscfg/flagscfg.go:13:86", "sdk", `flags config cfg from flags.DefaultLocalFlagsConfig(): the feature flags of mixpanel.WithLocalFlags are fetched from the US region (api.mixpanel.com); EU projects must set APIHost to "api-eu.mixpanel.com"`, true},
	{"gen/gen.go:7:27", "host", "host api.mixpanel.com (ingestion API) is in the US region; EU projects must use api-eu.mixpanel.com", false},
	{"ingest/ingest.go:12:9", "sdk", "call to mixpanel.NewApiClient without EuResidency() sends data to the US region (api.mixpanel.com, data.mixpanel.com); EU projects must add mixpanel.EuResidency()", true},
	{"legacy/legacy.go:8:9", "sdk", "call to mp.NewApiClient without EuResidency() sends data to the US region (api.mixpanel.com, data.mixpanel.com); EU projects must add mp.EuResidency()", true},
	{"tracker/tracker.go:8:9", "sdk", "call to mixpanel.New with an empty apiURL sends events to the US region (api.mixpanel.com); EU projects must pass https://api-eu.mixpanel.com", true},
}

// The finding in config_test.go, reported with -include-tests.
var wantTestFile = finding{"config/config_test.go:6:31", "host", "host api.mixpanel.com (ingestion API) is in the US region; EU projects must use api-eu.mixpanel.com", true}

// Findings with -region=in: the EU hosts and EuResidency() become
// findings too, and the v1 SDK has no InResidency to add.
var wantIN = []finding{
	{"config/config.go:7:27", "host", "host api.mixpanel.com (ingestion API) is in the US region; India projects must use api-in.mixpanel.com", true},
	{"config/config.go:10:26", "unknown-host", "host api.eu.mixpanel.com does not exist (the EU ingestion API is at api-eu.mixpanel.com); India projects must use api-in.mixpanel.com", true},
	{"config/config.go:13:28", "sso", "the SSO postback URL mixpanel.com/security/login/1 has no region prefix; India projects log in at in.mixpanel.com/security/login/1", true},
	{"config/config.go:17:30", "host", "host data.mixpanel.com (export API) is in the US region; India projects must use data-in.mixpanel.com", true},
	{"config/config.go:22:22", "host", "host api-eu.mixpanel.com (ingestion API) is in the EU region; India projects must use api-in.mixpanel.com", true},
	{"config/config.go:35:22", "host", "host mixpanel.com (query API) is in the US region; India projects must use in.mixpanel.com", true},
	{"config/config.go:35:55", "directive", "mpreslint:ignore directive needs a reason: //mpreslint:ignore <reason>", false},
	{"config/config.go:37:1", "directive", "mpreslint:ignore directive suppresses nothing on this line or the next; remove it", true},
	{"flagscfg/flagscfg.go:13:9", "sdk", "call to mixpanel.NewApiClient with EuResidency() sends data to the EU region; India projects must use mixpanel.InResidency()", true},
	{"flagscfg/flagscfg.go:13:86", "sdk", `flags config cfg from flags.DefaultLocalFlagsConfig(): the feature flags of mixpanel.WithLocalFlags are fetched from the US region (api.mixpanel.com); India projects must set APIHost to "api-in.mixpanel.com"`, true},
	{"gen/gen.go:7:27", "host", "host api.mixpanel.com (ingestion API) is in the US region; India projects must use api-in.mixpanel.com", false},
	{"ingest/ingest.go:12:9", "sdk", "call to mixpanel.NewApiClient without InResidency() sends data to the US region (api.mixpanel.com, data.mixpanel.com); India projects must add mixpanel.InResidency()", true},
	{"ingest/ingest.go:17:9", "sdk", "call to mixpanel.NewApiClient with EuResidency() sends data to the EU region; India projects must use mixpanel.InResidency()", true},
	{"legacy/legacy.go:8:9", "sdk", "call to mp.NewApiClient sends data to the US region (api.mixpanel.com, data.mixpanel.com), and this version of github.com/mixpanel/mixpanel-go has no InResidency(): upgrade to github.com/mixpanel/mixpanel-go/v2 and add mp.InResidency()", false},
	{"tracker/tracker.go:8:9", "sdk", "call to mixpanel.New with an empty apiURL sends events to the US region (api.mixpanel.com); India projects must pass https://api-in.mixpanel.com", true},
	{"tracker/tracker.go:13:38", "host", "host api-eu.mixpanel.com (ingestion API) is in the EU region; India projects must use api-in.mixpanel.com", true},
}

// What -region=eu still reports once every fix is applied: the findings
// without a fix, the directive moved by the longer URL before it.
var wantAfterFix = []finding{
	{"config/config.go:35:58", "directive", "mpreslint:ignore directive needs a reason: //mpreslint:ignore <reason>", false},
	{"gen/gen.go:7:27", "host", "host api.mixpanel.com (ingestion API) is in the US region; EU projects must use api-eu.mixpanel.com", false},
}

// The findings of the README's Quick start in ../../testdata/demo; its
// IngestionHost picks the region on purpose and is not reported.
var wantDemo = []finding{
	{"analytics/analytics.go:15:28", "host", "host api.mixpanel.com (ingestion API) is in the US region; EU projects must use api-eu.mixpanel.com", true},
	{"analytics/analytics.go:20:30", "host", "host data.mixpanel.com (export API) is in the US region; EU projects must use data-eu.mixpanel.com", true},
	{"analytics/analytics.go:24:28", "unknown-host", "host api.eu.mixpanel.com does not exist; the EU ingestion API is at api-eu.mixpanel.com", true},
	{"analytics/analytics.go:34:24", "sso", "the SSO postback URL mixpanel.com/security/login/1 has no region prefix; EU projects log in at eu.mixpanel.com/security/login/1", true},
	{"analytics/analytics.go:40:9", "sdk", "call to mixpanel.NewApiClient without EuResidency() sends data to the US region (api.mixpanel.com, data.mixpanel.com); EU projects must add mixpanel.EuResidency()", true},
	{"analytics/analytics.go:45:9", "sdk", "call to dukex.New with an empty apiURL sends events to the US region (api.mixpanel.com); EU projects must pass https://api-eu.mixpanel.com", true},
}

const badRegionError = `-region: invalid region "us": want eu or in`

func TestVet(t *testing.T) {
	t.Parallel()
	dir := fixture(t)
	for _, tc := range []struct {
		name  string
		flags []string
		want  []finding
	}{
		{"eu", nil, wantEU},
		{"in", []string{"-region=in"}, wantIN},
		{"include-tests", []string{"-include-tests"}, append(slices.Clone(wantEU), wantTestFile)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"vet", "-vettool=" + mpreslint(t)}, tc.flags...)
			r := run(t, dir, "go", append(args, "./...")...)
			r.wantCode(t, 1)
			r.wantStdout(t, "")
			compare(t, findings(t, dir, r.stderr), tc.want)
		})
	}
}

func TestStandalone(t *testing.T) {
	t.Parallel()
	dir := fixture(t)
	bin := mpreslint(t)
	t.Run("text", func(t *testing.T) {
		r := run(t, dir, bin, "./...")
		r.wantCode(t, 3)
		r.wantStdout(t, "")
		compare(t, findings(t, dir, r.stderr), wantEU)
	})
	for _, tc := range []struct {
		region string
		want   []finding
	}{{"eu", wantEU}, {"in", wantIN}} {
		t.Run("json-"+tc.region, func(t *testing.T) {
			r := run(t, dir, bin, "-json", "-region="+tc.region, "./...")
			r.wantCode(t, 3)
			r.wantStderr(t, "")
			checkJSON(t, dir, r.stdout, tc.want)
		})
	}
	t.Run("fix-diff", func(t *testing.T) {
		before := snapshot(t, dir)
		r := run(t, dir, bin, "-fix", "-diff", "./...")
		r.wantCode(t, 3)
		// The findings without a fix, where they are in the unchanged files.
		compare(t, findings(t, dir, r.stderr), withoutFix(wantEU))
		if after := snapshot(t, dir); !equalFiles(before, after) {
			t.Errorf("-fix -diff changed files:\n%s", describeChanges(before, after))
		}
		// The diff, applied to the files, gives what go fix writes.
		got := applyDiff(t, dir, before, r.stdout)
		checkFixed(t, before, got, false)
	})
}

// withoutFix returns the findings of want that have no fix.
func withoutFix(want []finding) []finding {
	var res []finding
	for _, f := range want {
		if !f.fix {
			res = append(res, f)
		}
	}
	return res
}

// TestGoFix runs go fix, which prints nothing and exits 0.
func TestGoFix(t *testing.T) {
	t.Parallel()
	if mpreslint(t); oldVet() {
		t.Skipf("go fix -fixtool needs Go 1.26; this is %s", goVersion)
	}
	dir := fixture(t)
	r := testFix(t, dir, *update, "go", "fix", "-fixtool="+mpreslint(t), "./...")
	r.wantCode(t, 0)
	r.wantStderr(t, "")
}

// TestStandaloneFix runs mpreslint -fix, which reports what remains, at
// its place in the fixed files, and exits 3.
func TestStandaloneFix(t *testing.T) {
	t.Parallel()
	dir := fixture(t)
	r := testFix(t, dir, false, mpreslint(t), "-fix", "./...")
	r.wantCode(t, 3)
	compare(t, findings(t, dir, r.stderr), wantAfterFix)
}

// testFix runs a fixing command on the fixture in dir and checks that the
// result builds, passes go vet, and has only the findings without fixes.
// With write, it rewrites the golden file first.
func testFix(t *testing.T, dir string, write bool, name string, args ...string) result {
	t.Helper()
	before := snapshot(t, dir)
	r := run(t, dir, name, args...)
	r.wantStdout(t, "")
	checkFixed(t, before, snapshot(t, dir), write)
	run(t, dir, "go", "build", "./...").wantCode(t, 0)
	run(t, dir, "go", "vet", "./...").wantCode(t, 0)

	again := run(t, dir, "go", "vet", "-vettool="+mpreslint(t), "./...")
	again.wantCode(t, 1)
	compare(t, findings(t, dir, again.stderr), wantAfterFix)
	return r
}

// TestDemo runs the binary in place on the demo module, without its
// go.work (which serves go run from the repository root).
func TestDemo(t *testing.T) {
	t.Parallel()
	dir, err := filepath.Abs("../../testdata/demo")
	if err != nil {
		t.Fatal(err)
	}
	if dir, err = filepath.EvalSymlinks(dir); err != nil {
		t.Fatal(err)
	}
	mpreslint(t)
	readonly := append(slices.Clone(env), "GOFLAGS=-mod=readonly") // the last value wins
	r := runEnv(t, readonly, dir, bin, "./...")
	r.wantCode(t, 3)
	r.wantStdout(t, "")
	compare(t, findings(t, dir, r.stderr), wantDemo)
}

func TestBadRegion(t *testing.T) {
	t.Parallel()
	dir := fixture(t)
	bin := mpreslint(t)
	t.Run("standalone", func(t *testing.T) {
		r := run(t, dir, bin, "-region=us", "./...")
		r.wantCode(t, 2)
		r.wantStdout(t, "")
		if n := strings.Count(r.stderr, badRegionError); n != 1 {
			t.Errorf("stderr has %q %d times, want once:\n%s", badRegionError, n, r.stderr)
		}
		noPanic(t, r)
	})
	t.Run("vet", func(t *testing.T) {
		r := run(t, dir, "go", "vet", "-vettool="+bin, "-region=us", "./...")
		if r.code == 0 {
			t.Errorf("exit code 0, want non-zero")
		}
		// The error comes once per analyzed package of the module, not
		// for its dependencies, and without the usage text. Go 1.25
		// prints the package in a header line, and the tool's own error.
		lines := strings.Split(strings.TrimSpace(r.stderr), "\n")
		if oldVet() {
			lines = slices.DeleteFunc(lines, isVetHeader)
		}
		for _, line := range lines {
			switch {
			case oldVet() && line == "mpreslint: "+badRegionError:
			case !strings.HasPrefix(line, "example.com/app") || !strings.HasSuffix(line, ": "+badRegionError):
				t.Errorf("unexpected line %q, want only <package>: %s", line, badRegionError)
			}
		}
		if len(lines) > 10 {
			t.Errorf("go vet printed %d lines, want one per package of the module", len(lines))
		}
		noPanic(t, r)
	})
}

// checkJSON checks the -json output: every diagnostic of want once (the
// test variant of a package repeats its package's), with one fix if it
// has one, edits in its own file, and no errors.
func checkJSON(t *testing.T, dir, out string, want []finding) {
	t.Helper()
	type edit struct {
		Filename   string
		Start, End int
		New        string
	}
	type fix struct {
		Message string
		Edits   []edit
	}
	type diagnostic struct {
		Category       string
		Posn, End      string
		Message        string
		SuggestedFixes []fix `json:"suggested_fixes"`
	}
	var tree map[string]map[string]json.RawMessage // package → analyzer → diagnostics or error
	if err := json.Unmarshal([]byte(out), &tree); err != nil {
		t.Fatalf("-json output does not parse: %v\n%s", err, out)
	}
	seen := make(map[string]diagnostic) // by position and message
	var got []finding
	for pkg, byAnalyzer := range tree {
		for name, raw := range byAnalyzer {
			if name != "mpreslint" {
				t.Errorf("%s: unexpected analyzer %q", pkg, name)
			}
			var diags []diagnostic
			if err := json.Unmarshal(raw, &diags); err != nil {
				t.Errorf("%s: %s: not a list of diagnostics: %s", pkg, name, raw)
				continue
			}
			for _, d := range diags {
				f := finding{pos: relPos(t, dir, d.Posn), category: d.Category, message: d.Message, fix: len(d.SuggestedFixes) > 0}
				key := f.String()
				if prev, ok := seen[key]; ok {
					// Only the package and its test variant may both hold it.
					a, _ := json.Marshal(prev)
					b, _ := json.Marshal(d)
					if !bytes.Equal(a, b) {
						t.Errorf("%s: %s reported differently by two packages:\n%s\n%s", pkg, key, a, b)
					}
					continue
				}
				seen[key] = d
				got = append(got, f)
				if len(d.SuggestedFixes) > 1 {
					t.Errorf("%s: %d suggested fixes, want at most 1", key, len(d.SuggestedFixes))
				}
				file := filepath.Join(dir, strings.SplitN(f.pos, ":", 2)[0])
				for _, fx := range d.SuggestedFixes {
					if fx.Message == "" || len(fx.Edits) == 0 {
						t.Errorf("%s: fix %+v has no message or no edits", key, fx)
					}
					for _, e := range fx.Edits {
						if filepath.Clean(e.Filename) != file || e.Start > e.End {
							t.Errorf("%s: edit %+v outside its file or reversed", key, e)
						}
					}
				}
			}
		}
	}
	compareFindings(t, got, want)
}

// checkFixed checks the fixed files against the golden file, and that no
// other file changed. With write, it rewrites the golden file first.
func checkFixed(t *testing.T, before, after map[string]string, write bool) {
	t.Helper()
	if write {
		ar := &txtar.Archive{Comment: []byte("Files of ./e2e/app after go fix -fixtool=mpreslint, written by go test ./cmd/mpreslint -update.\n")}
		for _, name := range sortedKeys(after) {
			if after[name] != before[name] {
				ar.Files = append(ar.Files, txtar.File{Name: name, Data: []byte(after[name])})
			}
		}
		if err := os.WriteFile(fixedGolden, txtar.Format(ar), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	ar, err := txtar.ParseFile(fixedGolden)
	if err != nil {
		t.Fatal(err)
	}
	want := make(map[string]string)
	for name, data := range before {
		want[name] = data
	}
	for _, f := range ar.Files {
		if _, ok := want[f.Name]; !ok {
			t.Fatalf("%s: %s is not a file of the fixture", fixedGolden, f.Name)
		}
		want[f.Name] = string(f.Data)
	}
	if !equalFiles(after, want) {
		t.Errorf("fixed files differ from %s (go test -update rewrites it):\n%s", fixedGolden, describeChanges(want, after))
	}
}

// applyDiff applies the unified diff out of -fix -diff to the files,
// placing hunks by their old line numbers.
func applyDiff(t *testing.T, dir string, files map[string]string, out string) map[string]string {
	t.Helper()
	if out == "" {
		t.Fatal("-fix -diff printed no diff")
	}
	res := make(map[string]string)
	for name, data := range files {
		res[name] = data
	}
	hunkRE := regexp.MustCompile(`^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@`)
	var (
		name      string
		old, new  []string // the file's lines; the new file so far
		next      int      // index in old of the first line not yet copied
		inHunk    bool
		malformed = func(line string) { t.Fatalf("malformed diff line %q in:\n%s", line, out) }
	)
	flush := func() {
		if name != "" {
			res[name] = strings.Join(append(new, old[next:]...), "")
		}
	}
	for _, line := range strings.SplitAfter(out, "\n") {
		switch {
		case line == "":
		case strings.HasPrefix(line, "--- "):
			flush()
			path := strings.TrimSuffix(line[len("--- "):], "\n")
			if filepath.IsAbs(path) {
				t.Errorf("diff names %s, want a path relative to the current directory", path)
			}
			name = relPath(t, dir, path)
			data, ok := files[name]
			if !ok {
				t.Fatalf("diff of unknown file %s", path)
			}
			old, new, next, inHunk = strings.SplitAfter(data, "\n"), nil, 0, false
		case strings.HasPrefix(line, "+++ "):
			if want := "+++ " + name + "\n"; line != want {
				t.Errorf("diff line %q, want %q", line, want)
			}
		case strings.HasPrefix(line, "@@"):
			m := hunkRE.FindStringSubmatch(line)
			if m == nil || name == "" {
				malformed(line)
			}
			start, _ := strconv.Atoi(m[1])
			if m[2] != "0" {
				start-- // the hunk starts at that line, not after it
			}
			if start < next || start > len(old) {
				malformed(line)
			}
			new = append(new, old[next:start]...)
			next, inHunk = start, true
		case inHunk && (line[0] == ' ' || line[0] == '-'):
			if next >= len(old) || old[next] != line[1:] {
				t.Fatalf("%s: diff line %q does not match the file", name, line)
			}
			if line[0] == ' ' {
				new = append(new, old[next])
			}
			next++
		case inHunk && line[0] == '+':
			new = append(new, line[1:])
		default:
			malformed(line)
		}
	}
	flush()
	return res
}

// Running commands.

var (
	tmpRoot   string // removed by TestMain
	buildOnce sync.Once
	bin       string // the mpreslint binary
	goVersion string // of the go command, go env GOVERSION
	template  string // the fixture with absolute replace paths
	env       []string
	setupErr  error
)

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "mpreslint-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	tmpRoot = dir
	code := m.Run()
	_ = os.RemoveAll(dir) // best effort: the directory is temporary
	os.Exit(code)
}

// mpreslint returns the binary built from this checkout, building it and
// the fixture template on first use.
func mpreslint(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() { setupErr = setup() })
	if setupErr != nil {
		t.Fatal(setupErr)
	}
	return bin
}

func setup() error {
	if err := readSources("../.."); err != nil {
		return err
	}
	root, err := filepath.EvalSymlinks(tmpRoot)
	if err != nil {
		return err
	}
	bin = filepath.Join(root, "bin", "mpreslint")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	// Built with the environment of go test itself, as the test is.
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		return fmt.Errorf("building mpreslint: %v\n%s", err, out)
	}

	// The fixture commands get a clean environment: no GOFLAGS, go.work or
	// go env file of the user's, no network.
	out, err := exec.Command("go", "env", "-json", "GOCACHE", "GOMODCACHE", "GOPATH", "CGO_ENABLED").Output()
	if err != nil {
		return fmt.Errorf("go env: %v", err)
	}
	var goenv map[string]string
	if err := json.Unmarshal(out, &goenv); err != nil {
		return fmt.Errorf("go env: %v", err)
	}
	env = []string{
		"GOENV=off", "GOWORK=off", "GOFLAGS=-mod=mod", "GOPROXY=off", "GOTOOLCHAIN=local", "GO111MODULE=on",
	}
	for k, v := range goenv {
		env = append(env, k+"="+v)
	}
	for _, k := range []string{"PATH", "HOME", "TMPDIR", "SYSTEMROOT", "TEMP", "TMP", "USERPROFILE", "LOCALAPPDATA", "APPDATA"} {
		if v, ok := os.LookupEnv(k); ok {
			env = append(env, k+"="+v)
		}
	}

	cmd := exec.Command("go", "env", "GOVERSION")
	cmd.Env = env
	if out, err = cmd.Output(); err != nil {
		return fmt.Errorf("go env GOVERSION: %v", err)
	}
	goVersion = strings.TrimSpace(string(out))

	// The template: the fixture with its replace paths made absolute.
	src, err := filepath.Abs(fixtureDir)
	if err != nil {
		return err
	}
	template = filepath.Join(root, "template")
	if err := os.CopyFS(template, os.DirFS(src)); err != nil {
		return err
	}
	cmd = exec.Command("go", "mod", "edit", "-json")
	cmd.Dir, cmd.Env = template, env
	out, err = cmd.Output()
	if err != nil {
		return fmt.Errorf("go mod edit -json: %v", err)
	}
	var mod struct {
		Replace []struct {
			Old, New struct{ Path, Version string }
		}
	}
	if err := json.Unmarshal(out, &mod); err != nil {
		return err
	}
	args := []string{"mod", "edit"}
	for _, r := range mod.Replace {
		if r.New.Version == "" && !filepath.IsAbs(r.New.Path) {
			args = append(args, "-replace="+r.Old.Path+"="+filepath.Join(src, r.New.Path))
		}
	}
	cmd = exec.Command("go", args...)
	cmd.Dir, cmd.Env = template, env
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go mod edit: %v\n%s", err, out)
	}
	return nil
}

// readSources reads the module's files that the binary and the fixtures
// are made of. This test builds the binary in a subprocess, whose inputs
// go test does not see: the files the test itself opens key its cached
// result, so a change to them runs it again.
func readSources(root string) error {
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		switch filepath.Ext(path) {
		case ".go", ".mod", ".sum", ".golden", ".txtar":
			_, err = os.ReadFile(path)
		}
		return err
	})
}

// fixture returns a fresh copy of the fixture module.
func fixture(t *testing.T) string {
	t.Helper()
	mpreslint(t)
	dir, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.CopyFS(dir, os.DirFS(template)); err != nil {
		t.Fatal(err)
	}
	return dir
}

type result struct {
	cmd            string
	code           int
	stdout, stderr string
}

// run runs name with args in dir, in the clean environment.
func run(t *testing.T, dir, name string, args ...string) result {
	t.Helper()
	return runEnv(t, env, dir, name, args...)
}

func runEnv(t *testing.T, env []string, dir, name string, args ...string) result {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir, cmd.Env = dir, env
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := result{cmd: filepath.Base(name) + " " + strings.Join(args, " "), stdout: stdout.String(), stderr: stderr.String()}
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		r.code = exit.ExitCode()
	case err != nil:
		t.Fatalf("%s: %v", r.cmd, err)
	}
	return r
}

func (r result) wantCode(t *testing.T, code int) {
	t.Helper()
	if r.code != code {
		t.Fatalf("%s: exit code %d, want %d\nstdout:\n%s\nstderr:\n%s", r.cmd, r.code, code, head(r.stdout), head(r.stderr))
	}
}

func (r result) wantStdout(t *testing.T, want string) {
	t.Helper()
	if r.stdout != want {
		t.Errorf("%s: stdout is\n%s\nwant\n%s", r.cmd, r.stdout, want)
	}
}

func (r result) wantStderr(t *testing.T, want string) {
	t.Helper()
	if r.stderr != want {
		t.Errorf("%s: stderr is\n%s\nwant\n%s", r.cmd, r.stderr, want)
	}
}

func noPanic(t *testing.T, r result) {
	t.Helper()
	for _, s := range []string{"panic:", "goroutine ", "internal error"} {
		if strings.Contains(r.stdout+r.stderr, s) {
			t.Errorf("%s: output has %q:\n%s", r.cmd, s, head(r.stdout+r.stderr))
		}
	}
}

// head returns the first lines of a long output.
func head(s string) string {
	lines := strings.SplitAfter(s, "\n")
	if len(lines) > 40 {
		return strings.Join(lines[:40], "") + fmt.Sprintf("[%d more lines]\n", len(lines)-40)
	}
	return s
}

// oldVet reports whether the go command is older than Go 1.26: its go
// vet prints a header line "# package" before the output of each
// package, and it has no go fix -fixtool.
func oldVet() bool {
	return version.IsValid(goVersion) && version.Compare(goVersion, "go1.26") < 0
}

func isVetHeader(line string) bool { return strings.HasPrefix(line, "# ") }

// Findings.

var diagRE = regexp.MustCompile(`^(.+?):(\d+):(\d+): (.*)$`)

// fixSummaryRE matches the line that sums up what -fix did, which
// TestFixSafety checks.
var fixSummaryRE = regexp.MustCompile(`^mpreslint: fixed \d+ findings? in \d+ files?; \d+ left$`)

// findings returns the diagnostics in the text output of go vet or
// mpreslint as file:line:col: message, file relative to dir.
func findings(t *testing.T, dir, out string) []string {
	t.Helper()
	var res []string
	for line := range strings.Lines(out) {
		line = strings.TrimSuffix(line, "\n")
		if oldVet() && isVetHeader(line) || fixSummaryRE.MatchString(line) {
			continue
		}
		m := diagRE.FindStringSubmatch(line)
		if m == nil {
			t.Errorf("output line is not a diagnostic: %q", line)
			continue
		}
		res = append(res, relPath(t, dir, m[1])+":"+m[2]+":"+m[3]+": "+m[4])
	}
	return res
}

// compare checks that got holds each finding of want exactly once, and
// nothing else.
func compare(t *testing.T, got []string, want []finding) {
	t.Helper()
	var w []string
	for _, f := range want {
		w = append(w, f.String())
	}
	compareLines(t, got, w)
}

func compareFindings(t *testing.T, got, want []finding) {
	t.Helper()
	var g, w []string
	for _, f := range got {
		g = append(g, fmt.Sprintf("%s [%s, fix=%t]", f, f.category, f.fix))
	}
	for _, f := range want {
		w = append(w, fmt.Sprintf("%s [%s, fix=%t]", f, f.category, f.fix))
	}
	compareLines(t, g, w)
}

func compareLines(t *testing.T, got, want []string) {
	t.Helper()
	count := make(map[string]int)
	for _, s := range got {
		count[s]++
	}
	for _, s := range want {
		switch n := count[s]; n {
		case 0:
			t.Errorf("missing: %s", s)
		case 1:
		default:
			t.Errorf("reported %d times: %s", n, s)
		}
		delete(count, s)
	}
	for _, s := range got {
		if n, ok := count[s]; ok {
			t.Errorf("unexpected (%d times): %s", n, s)
			delete(count, s)
		}
	}
}

// relPos returns an absolute file:line:col relative to dir.
func relPos(t *testing.T, dir, pos string) string {
	t.Helper()
	m := regexp.MustCompile(`^(.+?)(:\d+:\d+)$`).FindStringSubmatch(pos)
	if m == nil {
		t.Fatalf("bad position %q", pos)
	}
	return relPath(t, dir, m[1]) + m[2]
}

// relPath returns file, absolute or relative to dir, relative to dir in
// slash form.
func relPath(t *testing.T, dir, file string) string {
	t.Helper()
	if filepath.IsAbs(file) {
		rel, err := filepath.Rel(dir, file)
		if err != nil || strings.HasPrefix(rel, "..") {
			t.Fatalf("%s is outside %s", file, dir)
		}
		file = rel
	}
	return filepath.ToSlash(file)
}

// Files.

// snapshot returns the files under dir by slash path.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := make(map[string]string)
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		files[relPath(t, dir, path)] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func equalFiles(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || v != w {
			return false
		}
	}
	return true
}

func describeChanges(want, got map[string]string) string {
	var b strings.Builder
	for _, name := range sortedKeys(want) {
		if g, ok := got[name]; !ok {
			fmt.Fprintf(&b, "%s: missing\n", name)
		} else if g != want[name] {
			fmt.Fprintf(&b, "%s: got\n%s\nwant\n%s\n", name, g, want[name])
		}
	}
	for _, name := range sortedKeys(got) {
		if _, ok := want[name]; !ok {
			fmt.Fprintf(&b, "%s: unexpected file\n", name)
		}
	}
	return b.String()
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// TestGoTool follows the README's install as a tool of the user's module:
// go get -tool, then go tool and go vet -vettool=$(go tool -n mpreslint).
func TestGoTool(t *testing.T) {
	t.Parallel()
	dir := fixture(t)
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	// With the proxy off, go get checks sums against go.sum alone: take
	// mpreslint's, which covers its dependencies.
	sums, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "go.sum"), sums, 0o666); err != nil {
		t.Fatal(err)
	}
	const module = "github.com/mpreslint/mpreslint"
	for _, args := range [][]string{
		{"mod", "edit", "-require=" + module + "@v0.0.0-00010101000000-000000000000", "-replace=" + module + "=" + root},
		{"get", "-tool", module + "/cmd/mpreslint"},
	} {
		if r := run(t, dir, "go", args...); r.code != 0 {
			t.Fatalf("go %s: exit %d\n%s", strings.Join(args, " "), r.code, r.stderr)
		}
	}
	r := run(t, dir, "go", "tool", "mpreslint", "./...")
	r.wantCode(t, 3)
	compare(t, findings(t, dir, r.stderr), wantEU)

	// A dependency replaced by a directory has no version.
	r = run(t, dir, "go", "tool", "mpreslint", "-version")
	r.wantCode(t, 0)
	r.wantStdout(t, "mpreslint (devel)\n")

	r = run(t, dir, "go", "tool", "-n", "mpreslint")
	r.wantCode(t, 0)
	tool := strings.TrimSpace(r.stdout)
	r = run(t, dir, "go", "vet", "-vettool="+tool, "./...")
	r.wantCode(t, 1)
	compare(t, findings(t, dir, r.stderr), wantEU)
}
