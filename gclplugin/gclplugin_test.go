package gclplugin_test

import (
	"path/filepath"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/mpreslint/mpreslint/analyzer"
	"github.com/mpreslint/mpreslint/gclplugin"
)

func TestRegistered(t *testing.T) {
	newPlugin, err := register.GetPlugin("mpreslint")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := newPlugin(nil); err != nil {
		t.Fatal(err)
	}
}

func TestSettings(t *testing.T) {
	for _, tt := range []struct {
		name         string
		conf         any
		region       string // the analyzer's -region
		includeTests string // the analyzer's -include-tests
		wantErr      string
	}{
		{name: "no settings", conf: nil, region: "eu", includeTests: "false"},
		{name: "empty", conf: map[string]any{}, region: "eu", includeTests: "false"},
		{name: "region eu", conf: map[string]any{"region": "eu"}, region: "eu", includeTests: "false"},
		{name: "region in", conf: map[string]any{"region": "in", "include-tests": true}, region: "in", includeTests: "true"},
		{name: "region IN", conf: map[string]any{"region": "IN"}, region: "in", includeTests: "false"},
		{name: "bad region", conf: map[string]any{"region": "us"},
			wantErr: `mpreslint settings: region: invalid region "us": want eu or in`},
		{name: "unknown key", conf: map[string]any{"region": "eu", "eu_host": "api-eu.mixpanel.com"},
			wantErr: `mpreslint settings: decoding settings: json: unknown field "eu_host" (known keys: region, include-tests)`},
		{name: "flag spelling", conf: map[string]any{"includeTests": true},
			wantErr: `mpreslint settings: decoding settings: json: unknown field "includeTests" (known keys: region, include-tests)`},
		{name: "wrong type", conf: map[string]any{"include-tests": "yes"},
			wantErr: `mpreslint settings: decoding settings: json: cannot unmarshal string into Go struct field Settings.include-tests of type bool (known keys: region, include-tests)`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p, err := gclplugin.New(tt.conf)
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("New(%v) error = %v, want %s", tt.conf, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if mode := p.GetLoadMode(); mode != register.LoadModeTypesInfo {
				t.Errorf("GetLoadMode() = %q, want %q", mode, register.LoadModeTypesInfo)
			}
			a := buildOne(t, p)
			if got := a.Flags.Lookup("region").Value.String(); got != tt.region {
				t.Errorf("region = %q, want %q", got, tt.region)
			}
			if got := a.Flags.Lookup("include-tests").Value.String(); got != tt.includeTests {
				t.Errorf("include-tests = %q, want %q", got, tt.includeTests)
			}
		})
	}
}

// TestIndependent checks that plugins and their analyzers share no state:
// two configured differently report differently, and neither changes the
// default analyzer.
func TestIndependent(t *testing.T) {
	eu := newPlugin(t, map[string]any{"region": "eu"})
	in := newPlugin(t, map[string]any{"region": "in", "include-tests": true})
	euA, inA := buildOne(t, eu), buildOne(t, in)
	dir := testdata(t)
	analysistest.Run(t, dir, euA, "eu")
	analysistest.Run(t, dir, inA, "in")
	analysistest.Run(t, dir, buildOne(t, in), "in")

	// A fresh analyzer per BuildAnalyzers: setting a flag on one does not
	// change the next.
	if err := euA.Flags.Set("region", "in"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, buildOne(t, eu), "eu")

	if got := analyzer.Analyzer.Flags.Lookup("region").Value.String(); got != "eu" {
		t.Errorf("default analyzer's region = %q, want eu", got)
	}
	if got := analyzer.Analyzer.Flags.Lookup("include-tests").Value.String(); got != "false" {
		t.Errorf("default analyzer's include-tests = %q, want false", got)
	}
}

func newPlugin(t *testing.T, conf any) register.LinterPlugin {
	t.Helper()
	p, err := gclplugin.New(conf)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func buildOne(t *testing.T, p register.LinterPlugin) *analysis.Analyzer {
	t.Helper()
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 1 || as[0].Name != "mpreslint" {
		t.Fatalf("BuildAnalyzers() = %v, want the mpreslint analyzer", as)
	}
	return as[0]
}

func testdata(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}
