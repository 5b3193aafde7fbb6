package driver

import (
	"encoding/json"
	"flag"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/mpreslint/mpreslint/internal/files"
	"github.com/mpreslint/mpreslint/internal/message"
)

var update = flag.Bool("update", false, "rewrite "+sarifGolden)

const sarifGolden = "testdata/sarif.golden"

// TestWriteSARIF checks the SARIF log of findings in Go and other files,
// with non-ASCII text before them (columns in UTF-16 code units), fixes
// that insert, replace and delete, a related location, a category
// without a rule, and a file outside the root, against a golden file.
// The validator's test is cmd/mpreslint's TestSARIFValidates.
func TestWriteSARIF(t *testing.T) {
	root := t.TempDir()
	other := t.TempDir()
	mainGo := "package app\n\nconst s = \"é𝄞 https://api.mixpanel.com/track\"\n"
	useGo := "package app\n\nvar _ = s\n"
	values := "env:\n\tMIXPANEL: \"https://api.mixpanel.com\" # 𝄞\n"
	for name, data := range map[string]string{"app/main.go": mainGo, "app/use.go": useGo, "deploy/values.yaml": values} {
		path := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(data), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	// pos returns the position of the nth (0-based) s in data.
	pos := func(file, data, s string, n int) token.Position {
		off := -1
		for range n + 1 {
			off += 1 + strings.Index(data[off+1:], s)
		}
		line := 1 + strings.Count(data[:off], "\n")
		col := off - strings.LastIndex(data[:off], "\n")
		return token.Position{Filename: file, Offset: off, Line: line, Column: col}
	}
	at := func(p token.Position, n int) token.Position { p.Offset += n; p.Column += n; return p }
	mainFile := filepath.Join(root, "app", "main.go")
	useFile := filepath.Join(root, "app", "use.go")
	valuesFile := filepath.Join(root, "deploy", "values.yaml")
	host := pos(mainFile, mainGo, "api.mixpanel.com", 0)
	yamlHost := pos(valuesFile, values, "api.mixpanel.com", 0)
	findings := []Finding{
		{
			Category: "host",
			Pos:      host, End: at(host, len("api.mixpanel.com")),
			Message: "host api.mixpanel.com is in the US region",
			Fixes: []Fix{{Message: "Use api-eu.mixpanel.com", Edits: []Edit{
				{Filename: mainFile, Start: host.Offset, End: host.Offset + len("api.mixpanel.com"), New: "api-eu.mixpanel.com"},
			}}},
			Related: []Related{{Pos: pos(useFile, useGo, "s", 0), End: at(pos(useFile, useGo, "s", 0), 1), Message: "used here"}},
		},
		{
			Category: "directive",
			Pos:      pos(mainFile, mainGo, "const", 0), End: pos(mainFile, mainGo, "\n", 2),
			Message: "a fix in two files, inserting and deleting",
			Fixes: []Fix{{Message: "Rewrite", Edits: []Edit{
				{Filename: mainFile, Start: len(mainGo), End: len(mainGo), New: "// end\n"},
				{Filename: useFile, Start: 0, End: len("package app\n\n")},
				{Filename: mainFile, Start: 0, End: 0, New: "// start\n"},
			}}},
		},
		{
			Category: "text-host", // a category that has no rule
			Pos:      yamlHost, End: at(yamlHost, len("api.mixpanel.com")),
			Message: "host api.mixpanel.com is in the US region",
		},
		{
			Category: "host",
			Pos:      token.Position{Filename: filepath.Join(other, "gone.go"), Line: 3, Column: 4},
			End:      token.Position{Filename: filepath.Join(other, "gone.go"), Line: 3, Column: 9},
			Message:  "outside the root, in a file that cannot be read",
			Fixes: []Fix{{Message: "Cannot be placed", Edits: []Edit{
				{Filename: filepath.Join(other, "gone.go"), Start: 20, End: 25, New: "x"},
			}}},
		},
	}
	var b strings.Builder
	// A load error, a note on the walk and a file skipped, as the
	// invocation's notifications; the error makes it unsuccessful.
	log := runLog{
		errs:    []string{"mpreslint: svc/broken: errors parsing go.mod: go.mod:1: unknown directive: modul"},
		notes:   []string{"mpreslint: .: git cannot list the ignored files: detected dubious ownership; reading its .gitignore files instead"},
		skipped: []files.Skip{{Path: filepath.Join(root, "web", "app.js"), Reason: files.ReasonMinified}},
	}
	if err := writeSARIF(&b, findings, root, "(devel)", log); err != nil {
		t.Fatal(err)
	}
	got := strings.NewReplacer(fileURI(root), "file://$ROOT", fileURI(other), "file://$OTHER").Replace(b.String())
	if *update {
		if err := os.WriteFile(sarifGolden, []byte(got), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(sarifGolden)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("SARIF differs from %s (go test -update rewrites it); got\n%s", sarifGolden, got)
	}
}

func TestWriteSARIFVersion(t *testing.T) {
	for _, tc := range []struct{ version, want string }{
		{"(devel)", "0.0.0-devel"},
		{"v1.2.3", "1.2.3"},
		{"v0.0.0-20261130232700-0123456789ab", "0.0.0-20261130232700-0123456789ab"},
	} {
		var b strings.Builder
		if err := writeSARIF(&b, nil, t.TempDir(), tc.version, runLog{}); err != nil {
			t.Fatal(err)
		}
		var log struct {
			Runs []struct {
				Tool struct {
					Driver struct{ Version, SemanticVersion string }
				}
				Results []any
			}
		}
		if err := json.Unmarshal([]byte(b.String()), &log); err != nil {
			t.Fatal(err)
		}
		d := log.Runs[0].Tool.Driver
		if d.Version != tc.want || d.SemanticVersion != tc.want {
			t.Errorf("%s: version %q, semanticVersion %q; want %q", tc.version, d.Version, d.SemanticVersion, tc.want)
		}
		if log.Runs[0].Results == nil {
			t.Errorf("no findings: results is not an empty list:\n%s", b.String())
		}
	}
}

func TestSARIFRoot(t *testing.T) {
	repo := t.TempDir()
	sub := filepath.Join(repo, "a", "b")
	if err := os.MkdirAll(sub, 0o777); err != nil {
		t.Fatal(err)
	}
	// A .git file, as in a linked work tree or a submodule.
	if err := os.WriteFile(filepath.Join(repo, ".git"), []byte("gitdir: elsewhere\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	t.Chdir(sub)
	if got, err := sarifRoot(); err != nil || !sameDir(got, repo) {
		t.Errorf("in a work tree: sarifRoot() = %q, %v; want %q", got, err, repo)
	}
	if err := os.Remove(filepath.Join(repo, ".git")); err != nil {
		t.Fatal(err)
	}
	// No .git above: the current directory, unless the temporary
	// directory itself is in a work tree.
	if _, err := os.Lstat(filepath.Join(filepath.Dir(repo), ".git")); err == nil {
		t.Skip("the temporary directory is in a git work tree")
	}
	if got, err := sarifRoot(); err != nil || !sameDir(got, sub) {
		t.Errorf("outside a work tree: sarifRoot() = %q, %v; want %q", got, err, sub)
	}
}

func sameDir(a, b string) bool {
	x, err1 := os.Stat(a)
	y, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(x, y)
}

// TestRulesMatchReadme checks that each category of the analyzer has a
// rule whose doc is the first paragraph of the README section of that
// name.
func TestRulesMatchReadme(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	categories := message.Categories
	var ids []string
	for _, r := range rules {
		ids = append(ids, r.id)
	}
	if len(categories) == 0 || !slices.Equal(categories, ids) {
		t.Errorf("rules are %v, want the analyzer's categories %v, in that order", ids, categories)
	}
	for _, r := range rules {
		_, section, ok := strings.Cut(string(readme), "\n### "+r.id+"\n\n")
		if !ok {
			t.Errorf("README has no section ### %s", r.id)
			continue
		}
		para, _, _ := strings.Cut(section, "\n\n")
		if para != r.doc {
			t.Errorf("rule %s: doc is\n%s\nwant the README's\n%s", r.id, r.doc, para)
		}
		if r.short == "" || strings.HasSuffix(r.short, ".") || (r.level != "error" && r.level != "warning") {
			t.Errorf("rule %s: short %q (want a title without a period), level %q", r.id, r.short, r.level)
		}
	}
}

func TestUTF16Column(t *testing.T) {
	data := []byte("a\né𝄞x\n\xffy")
	for _, tc := range []struct {
		line, col, want int
		ok              bool
	}{
		{1, 1, 1, true},
		{1, 3, 3, true}, // after the newline
		{2, 1, 1, true},
		{2, 3, 2, true}, // after é, 2 bytes, 1 code unit
		{2, 7, 4, true}, // after 𝄞, 4 bytes, 2 code units
		{2, 8, 5, true},
		{3, 2, 2, true}, // an invalid byte counts as one
		{3, 3, 3, true}, // the end of the file
		{3, 4, 0, false},
		{4, 1, 0, false},
		{0, 1, 0, false},
	} {
		got, ok := utf16Column(data, tc.line, tc.col)
		if got != tc.want || ok != tc.ok {
			t.Errorf("utf16Column(%d:%d) = %d, %t; want %d, %t", tc.line, tc.col, got, ok, tc.want, tc.ok)
		}
	}
}
