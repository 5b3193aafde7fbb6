package driver

import (
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/mpreslint/mpreslint/internal/files"
)

func writeTree(t *testing.T, dir string, tree map[string]string) {
	t.Helper()
	for name, content := range tree {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o666); err != nil {
			t.Fatal(err)
		}
	}
}

func TestSortArgs(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"config/values.yaml": "", "web/app.js": "", "main.go": ""})
	t.Chdir(dir)
	got := sortArgs([]string{"./...", "config/values.yaml", "./web/app.js", "main.go", "example.com/app/...", "./web", "web"})
	want := args{
		roots:       []files.Root{{Dir: ".", Tree: true}, {Dir: "./web"}},
		textFiles:   []string{filepath.Join(dir, "config", "values.yaml"), filepath.Join(dir, "web", "app.js")},
		goFiles:     []string{"main.go"},
		importPaths: []string{"example.com/app/...", "web"},
	}
	if !slices.Equal(got.roots, want.roots) || !slices.Equal(got.textFiles, want.textFiles) ||
		!slices.Equal(got.goFiles, want.goFiles) || !slices.Equal(got.importPaths, want.importPaths) {
		t.Errorf("sortArgs = %+v\nwant %+v", got, want)
	}
}

// TestPlanLoads checks which loads a run makes: each module from its own
// directory, in its workspace if the go.work uses it and without it if
// not; a directory pattern outside any module loads nothing.
func TestPlanLoads(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("GOWORK", "")
	writeTree(t, dir, map[string]string{
		"web/app.js":            "",
		"svc/a/go.mod":          "module a\n",
		"svc/b/go.mod":          "module b\n",
		"svc/b/inner/go.mod":    "module inner\n",
		"tools/go.mod":          "module tools\n",
		"node_modules/x/go.mod": "module x\n", // skipped
		"tools/go.work":         "go 1.24\n\nuse .\n",
	})
	tree := files.Walk([]files.Root{{Dir: dir, Tree: true}}, false)
	describe := func(units []loadUnit) []string {
		var out []string
		for _, u := range units {
			rel, _ := filepath.Rel(dir, u.dir)
			if u.dir == "" {
				rel = "(cwd)"
			}
			s := filepath.ToSlash(rel) + " " + strings.Join(u.patterns, " ")
			if u.gowork != "" {
				s += " GOWORK=" + u.gowork
			}
			out = append(out, s)
		}
		slices.Sort(out)
		return out
	}
	got := describe(planLoads(args{roots: []files.Root{{Dir: dir, Tree: true}}}, tree.Modules))
	want := []string{"svc/a ./...", "svc/b ./...", "svc/b/inner ./...", "tools ./..."}
	if !slices.Equal(got, want) {
		t.Errorf("./... with no module at the root: loads %q, want %q", got, want)
	}

	// A go.work at the root that uses two of the modules: the third is
	// loaded without it.
	writeTree(t, dir, map[string]string{"go.work": "go 1.24\n\nuse (\n\t./svc/a\n\t./svc/b\n)\n"})
	got = describe(planLoads(args{roots: []files.Root{{Dir: dir, Tree: true}}}, tree.Modules))
	want = []string{"svc/a ./...", "svc/b ./...", "svc/b/inner ./... GOWORK=off", "tools ./..."}
	if !slices.Equal(got, want) {
		t.Errorf("with go.work: loads %q, want %q", got, want)
	}

	// A directory inside a module, alone; a directory outside any; import
	// paths and Go files from the current directory.
	got = describe(planLoads(args{
		roots:       []files.Root{{Dir: filepath.Join(dir, "svc", "a", "x")}, {Dir: filepath.Join(dir, "web")}},
		importPaths: []string{"example.com/app/..."},
		goFiles:     []string{"main.go"},
	}, nil))
	want = []string{"(cwd) example.com/app/...", "(cwd) main.go", "svc/a/x ."}
	if !slices.Equal(got, want) {
		t.Errorf("loads %q, want %q", got, want)
	}
}

func TestFlagsAfterPatterns(t *testing.T) {
	for _, tc := range []struct {
		args     []string
		patterns []string
		json     bool
		code     int // if the command stops
	}{
		{[]string{"./...", "-json"}, []string{"./..."}, true, -1},
		{[]string{"-json", "./a", "./b"}, []string{"./a", "./b"}, true, -1},
		{[]string{"./a", "-region=in", "./b", "-json"}, []string{"./a", "./b"}, true, -1},
		{[]string{"./a", "--", "-json"}, []string{"./a", "-json"}, false, -1},
		{[]string{"./...", "-nope"}, nil, false, exitUsage},
		{[]string{"./...", "-json", "-sarif"}, nil, false, exitUsage},
	} {
		opts, code, ok := parseFlags(tc.args, io.Discard, io.Discard)
		switch {
		case tc.code >= 0:
			if ok || code != tc.code {
				t.Errorf("%q: ok %t, code %d; want exit %d", tc.args, ok, code, tc.code)
			}
		case !ok || !slices.Equal(opts.patterns, tc.patterns) || opts.json != tc.json:
			t.Errorf("%q: patterns %q, -json %t (ok %t); want %q, %t", tc.args, opts.patterns, opts.json, ok, tc.patterns, tc.json)
		}
	}
}

func TestSkippedSummary(t *testing.T) {
	skipped := []files.Skip{
		{Path: "/a", Reason: files.ReasonMinified},
		{Path: "/b", Reason: files.ReasonLarge},
		{Path: "/c", Reason: files.ReasonLarge},
	}
	if got, want := skippedSummary(skipped), "skipped 3 files: 2 over 1 MiB, 1 minified"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, want := skippedSummary(skipped[:1]), "skipped 1 file: 1 minified"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := skippedSummary(nil); got != "" {
		t.Errorf("nothing skipped: %q, want nothing", got)
	}
}

// TestWriteJSONSkipped checks that a skipped file is carried in x/tools'
// form of a failed analysis, which its JSON consumers already read.
func TestWriteJSONSkipped(t *testing.T) {
	var b strings.Builder
	err := writeJSON(&b, []Finding{reportFinding}, []files.Skip{{Path: "/app/web/app.js", Reason: files.ReasonMinified}})
	if err != nil {
		t.Fatal(err)
	}
	// As x/tools' consumers decode it: package → analyzer → diagnostics
	// or {"error": ...}.
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal([]byte(b.String()), &tree); err != nil {
		t.Fatal(err)
	}
	var e struct{ Error string }
	if err := json.Unmarshal(tree["/app/web/app.js"]["mpreslint"], &e); err != nil || e.Error != "skipped: minified" {
		t.Errorf("skipped entry %s (%v), want {\"error\": \"skipped: minified\"}", tree["/app/web/app.js"]["mpreslint"], err)
	}
	var diags []jsonDiagnostic
	if err := json.Unmarshal(tree[reportFinding.Package]["mpreslint"], &diags); err != nil || len(diags) != 1 {
		t.Errorf("findings %s (%v), want one", tree[reportFinding.Package]["mpreslint"], err)
	}
}

func TestGoCommandError(t *testing.T) {
	cwd := t.TempDir()
	p := pathDisplay{dirs: []string{cwd}}
	err := errors.New("err: exit status 1: stderr: go: errors parsing go.mod:\ngo.mod:1: unknown directive: modul\n")
	got := goCommandError(err, filepath.Join(cwd, "svc", "c"), p).Error()
	if want := "errors parsing go.mod: svc/c/go.mod:1: unknown directive: modul"; got != filepath.FromSlash(want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
