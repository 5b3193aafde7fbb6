package main_test

// End-to-end tests of the standalone command's interface: paths, exit
// codes, errors, help, version and exact fixes.

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// writeFile writes a file of the fixture in dir.
func writeFile(t *testing.T, dir, name, content string) {
	t.Helper()
	path := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o666); err != nil {
		t.Fatal(err)
	}
}

func TestPaths(t *testing.T) {
	t.Parallel()
	dir := fixture(t)
	bin := mpreslint(t)
	sub := filepath.Join(dir, "config")
	t.Run("under the current directory", func(t *testing.T) {
		r := run(t, sub, bin, "./...")
		r.wantCode(t, 3)
		for line := range strings.Lines(r.stderr) {
			if !strings.HasPrefix(line, "config.go:") {
				t.Errorf("line %q: want a path relative to config/", line)
			}
		}
		var got []string
		for _, f := range findings(t, sub, r.stderr) {
			got = append(got, "config/"+f)
		}
		var want []finding
		for _, f := range wantEU {
			if strings.HasPrefix(f.pos, "config/") {
				want = append(want, f)
			}
		}
		compare(t, got, want)
	})
	t.Run("outside the current directory", func(t *testing.T) {
		r := run(t, sub, bin, "../tracker")
		r.wantCode(t, 3)
		want := filepath.Join(dir, "tracker", "tracker.go") + ":8:9: " + wantEU[len(wantEU)-1].message + "\n"
		r.wantStderr(t, want)
	})
	t.Run("outside the module", func(t *testing.T) {
		// A workspace of the module lets the go command find it from
		// elsewhere.
		writeFile(t, dir, "go.work", "go 1.24\n\nuse .\n")
		work := append(slices.Clone(env), "GOWORK="+filepath.Join(dir, "go.work"), "GOFLAGS=") // the last values win
		r := runEnv(t, work, t.TempDir(), bin, "example.com/app/tracker")
		r.wantCode(t, 3)
		want := filepath.Join(dir, "tracker", "tracker.go") + ":8:9: " + wantEU[len(wantEU)-1].message + "\n"
		r.wantStderr(t, want)
	})
	t.Run("json", func(t *testing.T) {
		r := run(t, sub, bin, "-json", "../tracker")
		r.wantCode(t, 3)
		if want := `"posn": "` + filepath.Join(dir, "tracker", "tracker.go") + `:8:9"`; !strings.Contains(r.stdout, want) {
			t.Errorf("-json output lacks %s (absolute):\n%s", want, r.stdout)
		}
	})
}

// The command line of each output format.
var formats = []struct {
	name  string
	flags []string
}{
	{"text", nil},
	{"json", []string{"-json"}},
	{"fix", []string{"-fix"}},
	{"fix-json", []string{"-fix", "-json"}},
	{"diff", []string{"-fix", "-diff"}},
	{"sarif", []string{"-sarif"}},
	{"fix-sarif", []string{"-fix", "-sarif"}},
}

const (
	parseError = "broken/broken.go:5:9: expected ')', found '{'"
	typeError  = `typeerr/typeerr.go:5:13: cannot use "s" (untyped string constant) as int value in variable declaration`
)

// breakFixture adds a package with a syntax error and one with a type
// error to the fixture in dir, each with a finding, and with a test file.
func breakFixture(t *testing.T, dir string) {
	t.Helper()
	writeFile(t, dir, "broken/broken.go", "package broken\n\nconst u = \"https://api.mixpanel.com/track\"\n\nfunc f( {\n")
	writeFile(t, dir, "broken/broken_test.go", "package broken\n\nimport \"testing\"\n\nfunc TestF(t *testing.T) {}\n")
	writeFile(t, dir, "typeerr/typeerr.go", "package typeerr\n\nconst u = \"https://api.mixpanel.com/track\"\n\nvar x int = \"s\"\n")
	writeFile(t, dir, "typeerr/typeerr_test.go", "package typeerr\n\nimport \"testing\"\n\nfunc TestX(t *testing.T) {}\n")
}

func TestExitCodes(t *testing.T) {
	t.Parallel()
	bin := mpreslint(t)
	for _, format := range formats {
		t.Run(format.name, func(t *testing.T) {
			cmd := func(args ...string) []string { return append(slices.Clone(format.flags), args...) }
			t.Run("0 nothing to report", func(t *testing.T) {
				r := run(t, fixture(t), bin, cmd("./local/...")...)
				r.wantCode(t, 0)
				switch format.name {
				case "json", "fix-json":
					r.wantStdout(t, "{}\n")
				case "sarif", "fix-sarif":
					if got := sarifResults(t, r.stdout); len(got) != 0 {
						t.Errorf("SARIF has %d results, want none", len(got))
					}
				default:
					r.wantStdout(t, "")
				}
				r.wantStderr(t, "")
			})
			t.Run("3 findings", func(t *testing.T) {
				r := run(t, fixture(t), bin, cmd("./...")...)
				r.wantCode(t, 3)
			})
			t.Run("1 errors", func(t *testing.T) {
				dir := fixture(t)
				breakFixture(t, dir)
				r := run(t, dir, bin, cmd("-include-tests", "./broken", "./typeerr")...)
				r.wantCode(t, 1)
				for _, e := range []string{parseError, typeError} {
					if n := strings.Count(r.stderr, e); n != 1 {
						t.Errorf("stderr has %q %d times, want once:\n%s", e, n, r.stderr)
					}
				}
				// The findings are still reported, or fixed.
				out := r.stdout + r.stderr
				switch format.name {
				case "fix", "fix-json", "fix-sarif":
					data, err := os.ReadFile(filepath.Join(dir, "typeerr", "typeerr.go"))
					if err != nil || !strings.Contains(string(data), "api-eu.mixpanel.com") {
						t.Errorf("typeerr.go not fixed: %s", data)
					}
				case "diff":
					if !strings.Contains(out, "+const u = \"https://api-eu.mixpanel.com/track\"") {
						t.Errorf("no diff of the fixes:\n%s", out)
					}
				default:
					if n := strings.Count(out, "host api.mixpanel.com (ingestion API) is in the US region"); n != 2 {
						t.Errorf("%d findings, want 2:\n%s", n, out)
					}
				}
			})
			for _, args := range [][]string{
				{"-nope", "./..."},
				{"-region=us", "./..."},
				{},
			} {
				t.Run("2 usage "+strings.Join(args, " "), func(t *testing.T) {
					r := run(t, fixture(t), bin, cmd(args...)...)
					r.wantCode(t, 2)
					r.wantStdout(t, "")
					if !strings.HasSuffix(r.stderr, "Run 'mpreslint -h' for usage.\n") || strings.Count(r.stderr, "\n") != 2 {
						t.Errorf("stderr is %q, want an error and a pointer to -h", r.stderr)
					}
				})
			}
		})
	}
	// Fixing everything leaves nothing to report; showing the fixes is
	// reporting them, as go fix -diff does with exit status 1.
	t.Run("fix all", func(t *testing.T) {
		r := run(t, fixture(t), bin, "-fix", "./tracker")
		r.wantCode(t, 0)
		r.wantStderr(t, "mpreslint: fixed 1 finding in 1 file; 0 left\n")
	})
	t.Run("diff all", func(t *testing.T) {
		r := run(t, fixture(t), bin, "-fix", "-diff", "./tracker")
		r.wantCode(t, 3)
		r.wantStderr(t, "")
		if !strings.HasPrefix(r.stdout, "--- tracker/tracker.go\n+++ tracker/tracker.go\n@@ ") {
			t.Errorf("stdout is not a diff of tracker.go:\n%s", r.stdout)
		}
	})
	for _, args := range [][]string{
		{"-diff", "./..."},
		{"-fix", "-diff", "-json", "./..."},
		{"-sarif", "-json", "./..."},
		{"-fix", "-diff", "-sarif", "./..."},
	} {
		t.Run("2 usage "+strings.Join(args, " "), func(t *testing.T) {
			r := run(t, fixture(t), bin, args...)
			r.wantCode(t, 2)
			r.wantStdout(t, "")
		})
	}
}

// TestErrors checks that each error is printed once, as the go command
// prints it: a package and its test variant share files, and go list
// and go/packages report the same errors.
func TestErrors(t *testing.T) {
	t.Parallel()
	dir := fixture(t)
	breakFixture(t, dir)
	writeFile(t, dir, "useb/useb.go", "package useb\n\nimport _ \"example.com/app/broken\"\n")
	r := run(t, dir, mpreslint(t), "-include-tests", "./broken", "./typeerr", "./useb")
	r.wantCode(t, 1)
	want := "mpreslint: " + parseError + "\n" + "mpreslint: " + typeError + "\n" +
		"broken/broken.go:3:20: host api.mixpanel.com (ingestion API) is in the US region; EU projects must use api-eu.mixpanel.com\n" +
		"typeerr/typeerr.go:3:20: host api.mixpanel.com (ingestion API) is in the US region; EU projects must use api-eu.mixpanel.com\n"
	r.wantStderr(t, want)
}

func TestHelp(t *testing.T) {
	t.Parallel()
	bin := mpreslint(t)
	for _, flag := range []string{"-h", "-help", "--help"} {
		r := run(t, t.TempDir(), bin, flag)
		r.wantCode(t, 0)
		r.wantStderr(t, "")
		var names []string
		for _, m := range regexp.MustCompile(`(?m)^  -(\S+)`).FindAllStringSubmatch(r.stdout, -1) {
			names = append(names, m[1])
		}
		if want := []string{"diff", "files", "fix", "include-tests", "json", "region", "sarif", "v", "version"}; !slices.Equal(names, want) {
			t.Errorf("%s lists flags %v, want %v:\n%s", flag, names, want, r.stdout)
		}
		if n := strings.Count(r.stdout, "Flags:"); n != 1 {
			t.Errorf("%s: %d Flags: headings, want 1", flag, n)
		}
	}
}

func TestVersion(t *testing.T) {
	t.Parallel()
	bin := mpreslint(t)
	// The version go version -m finds in the binary: (devel) in a
	// checkout, unless the go command stamps it from version control.
	r := run(t, t.TempDir(), "go", "version", "-m", bin)
	r.wantCode(t, 0)
	m := regexp.MustCompile(`(?m)^\tmod\tgithub.com/mpreslint/mpreslint\t(\S+)`).FindStringSubmatch(r.stdout)
	if m == nil {
		t.Fatalf("go version -m names no main module:\n%s", r.stdout)
	}
	r = run(t, t.TempDir(), bin, "-version")
	r.wantCode(t, 0)
	r.wantStdout(t, "mpreslint "+m[1]+"\n")
	r.wantStderr(t, "")
}

// TestToolID checks the answer to go vet's -V=full: the go command's
// form for a development build, keyed on a hash of the executable so that
// a rebuilt binary never reuses cached results.
func TestToolID(t *testing.T) {
	t.Parallel()
	bin := mpreslint(t)
	r := run(t, t.TempDir(), bin, "-V=full")
	r.wantCode(t, 0)
	m := regexp.MustCompile(`^mpreslint version devel (?:\S+ )?buildID=([0-9a-f]{64})\n$`).FindStringSubmatch(r.stdout)
	if m == nil {
		t.Fatalf("-V=full printed %q", r.stdout)
	}
	data, err := os.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	if sum := sha256.Sum256(data); m[1] != hex.EncodeToString(sum[:]) {
		t.Errorf("buildID=%s, want the SHA-256 of the binary, %x", m[1], sum)
	}
}

// TestFixExact checks that -fix changes only the bytes of the fixes:
// unsorted imports, a one-line function and odd spacing stay.
func TestFixExact(t *testing.T) {
	t.Parallel()
	dir := fixture(t)
	const src = "package style\n\nimport (\n\t\"strings\"\n\t\"fmt\"\n)\n\n" +
		"func Upper(s string) string { return strings.ToUpper(fmt.Sprint(s)) }\n\n" +
		"var  spaced   =    \"https://api.mixpanel.com/track\"   // odd spacing\n"
	writeFile(t, dir, "style/style.go", src)
	r := run(t, dir, mpreslint(t), "-fix", "./style")
	r.wantCode(t, 0)
	r.wantStderr(t, "mpreslint: fixed 1 finding in 1 file; 0 left\n")
	data, err := os.ReadFile(filepath.Join(dir, "style", "style.go"))
	if err != nil {
		t.Fatal(err)
	}
	if want := strings.Replace(src, "api.mixpanel.com", "api-eu.mixpanel.com", 1); string(data) != want {
		t.Errorf("-fix wrote\n%s\nwant\n%s", data, want)
	}
}

// TestMisspelledDirectives checks that directives that look like
// mpreslint's but are not are reported with their fix, and suppress
// nothing.
func TestMisspelledDirectives(t *testing.T) {
	t.Parallel()
	dir := fixture(t)
	writeFile(t, dir, "notes/notes.go", `package notes

// mpreslint:ignore the US project shares this binary
const a = "https://api.mixpanel.com/track"

/* mpreslint:ignore the US project shares this binary */
const b = "https://api.mixpanel.com/engage"

//mpreslint:ingore the US project shares this binary
const c = "https://api.mixpanel.com/groups"
`)
	bin := mpreslint(t)
	r := run(t, dir, bin, "./notes")
	r.wantCode(t, 3)
	// A misspelled directive still suppresses, and is reported.
	misspelled := "misspelled mpreslint:ignore directive (%s): write //mpreslint:ignore <reason>"
	compare(t, findings(t, dir, r.stderr), []finding{
		{pos: "notes/notes.go:3:1", message: strings.Replace(misspelled, "%s", "space after //", 1)},
		{pos: "notes/notes.go:6:1", message: strings.Replace(misspelled, "%s", "block comment", 1)},
		{pos: "notes/notes.go:9:1", message: strings.Replace(misspelled, "%s", "mpreslint:ingore", 1)},
	})

	r = run(t, dir, bin, "-fix", "-diff", "./notes")
	r.wantCode(t, 3) // the diff
	if n := strings.Count(r.stdout, "\n+//mpreslint:ignore the US project shares this binary\n"); n != 3 {
		t.Errorf("the diff rewrites %d directives, want 3:\n%s", n, r.stdout)
	}
}
