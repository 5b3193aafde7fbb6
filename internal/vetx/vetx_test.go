package vetx

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
)

type fact struct{}

func (*fact) AFact() {}

func TestUsesFacts(t *testing.T) {
	plain := &analysis.Analyzer{Name: "plain", Requires: []*analysis.Analyzer{inspect.Analyzer}}
	withFacts := &analysis.Analyzer{Name: "facts", FactTypes: []analysis.Fact{new(fact)}}
	requiresFacts := &analysis.Analyzer{Name: "requires", Requires: []*analysis.Analyzer{withFacts}}
	for _, tt := range []struct {
		analyzers []*analysis.Analyzer
		want      bool
	}{
		{[]*analysis.Analyzer{plain}, false},
		{[]*analysis.Analyzer{withFacts}, true},
		{[]*analysis.Analyzer{plain, requiresFacts}, true},
	} {
		if got := usesFacts(tt.analyzers); got != tt.want {
			t.Errorf("usesFacts(%v) = %v, want %v", tt.analyzers, got, tt.want)
		}
	}
}

// TestSkipFactsOnlyRunUnless runs the skip in a child process, which it
// ends, over a facts-only config whose files are or are not relevant.
func TestSkipFactsOnlyRunUnless(t *testing.T) {
	if cfg := os.Getenv("VETX_TEST_CFG"); cfg != "" {
		SkipFactsOnlyRunUnless([]string{cfg}, func(src []byte) bool { return bytes.Contains(src, []byte("mixpanel")) })
		os.Exit(7) // not skipped: the driver would run
	}
	for _, tt := range []struct {
		name, src string
		vetxOnly  bool
		skipped   bool
	}{
		{"no host", "package p\n", true, true},
		{"a host", "package p\nconst h = \"api.mixpanel.com\"\n", true, false},
		{"not facts-only", "package p\n", false, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			src := filepath.Join(dir, "p.go")
			if err := os.WriteFile(src, []byte(tt.src), 0o644); err != nil {
				t.Fatal(err)
			}
			vetx := filepath.Join(dir, "out.vetx")
			cfg, err := json.Marshal(map[string]any{"GoFiles": []string{src}, "VetxOnly": tt.vetxOnly, "VetxOutput": vetx})
			if err != nil {
				t.Fatal(err)
			}
			cfgFile := filepath.Join(dir, "vet.cfg")
			if err := os.WriteFile(cfgFile, cfg, 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(os.Args[0], "-test.run=^TestSkipFactsOnlyRunUnless$")
			cmd.Env = append(os.Environ(), "VETX_TEST_CFG="+cfgFile)
			err = cmd.Run()
			skipped := err == nil
			if skipped != tt.skipped {
				t.Errorf("skipped = %v (%v), want %v", skipped, err, tt.skipped)
			}
			if _, statErr := os.Stat(vetx); (statErr == nil) != tt.skipped {
				t.Errorf("fact file written = %v, want %v", statErr == nil, tt.skipped)
			}
		})
	}
}
