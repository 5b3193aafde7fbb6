package main

import (
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/mpreslint/mpreslint/analyzer"
	"github.com/mpreslint/mpreslint/residency"
)

// fakeSettings is the part of gopls's internal/settings that the patch uses.
const fakeSettings = `package settings

import "golang.org/x/tools/go/analysis"

type Analyzer struct {
	analyzer    *analysis.Analyzer
	staticcheck *int
	nonDefault  bool
}

var AllAnalyzers = []*Analyzer{}

// Describe returns what main prints about the analyzers.
func Describe() (s string) {
	for _, a := range AllAnalyzers {
		f := a.analyzer.Flags
		s += a.analyzer.Name + " region=" + f.Lookup("region").Value.String() +
			" include-tests=" + f.Lookup("include-tests").Value.String()
	}
	return s
}
`

// writeFakeGopls writes a module like gopls with the given settings
// package source to a temporary directory and returns the directory.
func writeFakeGopls(t *testing.T, settings string) string {
	dir := t.TempDir()
	files := map[string]string{
		"go.mod":                          "module golang.org/x/tools/gopls\n\ngo 1.26.0\n",
		"main.go":                         "package main\n\nimport \"golang.org/x/tools/gopls/internal/settings\"\n\nfunc main() { print(settings.Describe()) }\n",
		settingsDir + "/settings.go":      settings,
		settingsDir + "/settings_test.go": "package settings\n\nvar AllAnalyzersInTest int\n",
	}
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestPatchSource(t *testing.T) {
	src := patchSource(analyzer.Options{Region: residency.IN, IncludeTests: true})
	if formatted, err := format.Source(src); err != nil || string(formatted) != string(src) {
		t.Errorf("patch is not gofmt-ed (err=%v):\n%s", err, src)
	}
	f, err := parser.ParseFile(token.NewFileSet(), patchFile, src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	if f.Name.Name != "settings" || !ast.IsGenerated(f) {
		t.Errorf("want a generated file of package settings, got package %s, generated=%t", f.Name.Name, ast.IsGenerated(f))
	}
	if len(f.Imports) != 1 || f.Imports[0].Path.Value != `"github.com/mpreslint/mpreslint/analyzer"` {
		t.Errorf("want only the analyzer package imported")
	}
	for _, want := range []string{`Region: "in"`, `IncludeTests: true`} {
		if !strings.Contains(string(src), want) {
			t.Errorf("patch lacks %s:\n%s", want, src)
		}
	}
}

// TestPatchBuilds builds the patch into a fake gopls and runs it: the
// analyzer must be added once, with the region and test setting asked for.
func TestPatchBuilds(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	for _, opts := range []analyzer.Options{{Region: residency.EU}, {Region: residency.IN, IncludeTests: true}} {
		dir := writeFakeGopls(t, fakeSettings)
		if err := checkFits(dir, "vfake"); err != nil {
			t.Fatalf("fake gopls does not fit: %v", err)
		}
		if err := os.WriteFile(filepath.Join(dir, settingsDir, patchFile), patchSource(opts), 0o644); err != nil {
			t.Fatal(err)
		}
		sum, err := os.ReadFile(filepath.Join(root, "go.sum")) // spares checksum database lookups
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "go.sum"), sum, 0o644); err != nil {
			t.Fatal(err)
		}
		goRun(t, dir, "mod", "edit", "-require="+modulePath+"@v0.0.0-00010101000000-000000000000", "-replace="+modulePath+"="+root)
		got := goRun(t, dir, "run", "-mod=mod", ".")
		want := "mpreslint region=" + string(opts.Region) + " include-tests=" + map[bool]string{true: "true", false: "false"}[opts.IncludeTests]
		if got != want {
			t.Errorf("fake gopls with %+v: got %q, want %q", opts, got, want)
		}
	}
}

func goRun(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

func TestCheckFits(t *testing.T) {
	tests := []struct {
		name     string
		settings string // "" for no settings package
		missing  string // what the error names as missing; "" for no error
	}{
		{"fits", fakeSettings, ""},
		{"var renamed", strings.Replace(fakeSettings, "var AllAnalyzers", "var DefaultAnalyzers", 1),
			"no var AllAnalyzers."},
		{"const, not var", strings.Replace(fakeSettings, "var AllAnalyzers = []*Analyzer{}", "const AllAnalyzers = 0", 1),
			"no var AllAnalyzers."},
		{"field type changed", strings.Replace(fakeSettings, "analyzer    *analysis.Analyzer", "analyzer    analysis.Analyzer", 1),
			"no type Analyzer field analyzer *analysis.Analyzer."},
		{"default sense flipped", strings.Replace(fakeSettings, "nonDefault  bool", "enabled     bool", 1),
			"no type Analyzer field nonDefault bool."},
		{"no settings package", "",
			"no var AllAnalyzers, no type Analyzer field analyzer *analysis.Analyzer, no type Analyzer field nonDefault bool."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeFakeGopls(t, tt.settings)
			if tt.settings == "" {
				if err := os.RemoveAll(filepath.Join(dir, settingsDir)); err != nil {
					t.Fatal(err)
				}
			}
			err := checkFits(dir, "v0.99.0")
			if tt.missing == "" {
				if err != nil {
					t.Fatalf("checkFits: %v", err)
				}
				return
			}
			want := "gopls v0.99.0 does not fit mpreslint's patch: its package internal/settings has " + tt.missing + "\n" +
				"mpreslint-gopls is known to work with gopls v0.22.0, v0.23.0: pass one with -gopls-version, or adapt mpreslint-gopls to the new gopls"
			if err == nil || err.Error() != want {
				t.Errorf("checkFits error:\n got: %v\nwant: %s", err, want)
			}
		})
	}
}

func TestPublishedVersion(t *testing.T) {
	mod := func(version string) debug.Module { return debug.Module{Path: modulePath, Version: version} }
	tests := []struct {
		name string
		info *debug.BuildInfo
		want string // "" for none
	}{
		{"no build info", nil, ""},
		{"go run in a checkout", &debug.BuildInfo{Main: mod("(devel)")}, ""},
		{"go build in a checkout, stamped", &debug.BuildInfo{
			Main:     mod("v0.3.1-0.20260101000000-abcdefabcdef+dirty"),
			Settings: []debug.BuildSetting{{Key: "vcs", Value: "git"}, {Key: "vcs.modified", Value: "true"}},
		}, ""},
		{"go run pkg@version", &debug.BuildInfo{Main: mod("v0.3.0")}, "v0.3.0"},
		{"go tool in another module", &debug.BuildInfo{
			Main:     debug.Module{Path: "example.com/app", Version: "(devel)"},
			Settings: []debug.BuildSetting{{Key: "vcs", Value: "git"}},
			Deps:     []*debug.Module{{Path: "golang.org/x/tools", Version: "v0.47.0"}, {Path: modulePath, Version: "v0.4.0"}},
		}, "v0.4.0"},
		{"go tool, replaced by a directory", &debug.BuildInfo{
			Main: debug.Module{Path: "example.com/app", Version: "(devel)"},
			Deps: []*debug.Module{{Path: modulePath, Version: "v0.4.0", Replace: &debug.Module{Path: "../mpreslint"}}},
		}, ""},
		{"another program", &debug.BuildInfo{Main: debug.Module{Path: "example.com/app", Version: "v1.0.0"}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := publishedVersion(tt.info)
			if got != tt.want || ok != (tt.want != "") {
				t.Errorf("publishedVersion = %q, %t; want %q", got, ok, tt.want)
			}
		})
	}
}
