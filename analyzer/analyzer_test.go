package analyzer_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/mpreslint/mpreslint/analyzer"
)

func testdata(t *testing.T) string {
	dir, err := filepath.Abs("../testdata")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestFixtures runs every fixture of ../testdata/src with its options,
// against its want comments and golden files.
func TestFixtures(t *testing.T) {
	for opts, pkgs := range fixtureGroups(t) {
		t.Run(fmt.Sprintf("region=%s,include-tests=%v", opts.Region, opts.IncludeTests), func(t *testing.T) {
			analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.New(opts), pkgs...)
		})
	}
}

func TestFlags(t *testing.T) {
	a := analyzer.New(analyzer.Options{})
	if err := a.Flags.Set("region", " IN "); err != nil {
		t.Fatal(err)
	}
	if got := a.Flags.Lookup("region").Value.String(); got != "in" {
		t.Errorf("-region = %q, want in", got)
	}
	// Each analyzer has its own options.
	if got := analyzer.New(analyzer.Options{}).Flags.Lookup("region").Value.String(); got != "eu" {
		t.Errorf("a new analyzer's -region = %q, want eu", got)
	}
	// A bad region is an error of the run, reported before any work.
	if err := a.Flags.Set("region", "us"); err != nil {
		t.Fatal(err)
	}
	_, err := a.Run(&analysis.Pass{})
	if err == nil || err.Error() != `-region: invalid region "us": want eu or in` {
		t.Errorf("run with -region=us: got %v, want an error naming eu and in", err)
	}
}

func TestValidate(t *testing.T) {
	if err := analysis.Validate([]*analysis.Analyzer{analyzer.Analyzer}); err != nil {
		t.Fatal(err)
	}
}

func TestDoc(t *testing.T) {
	doc := analyzer.Analyzer.Doc
	title, body, ok := strings.Cut(doc, "\n\n")
	if !ok || body == "" {
		t.Fatalf("Doc has no title and body: %q", doc)
	}
	if len(title) > 80 || strings.HasSuffix(title, ".") || strings.ToLower(title[:1]) != title[:1] {
		t.Errorf("Doc title %q: want a short lower-case line without a period", title)
	}
	for _, category := range []string{"host", "unknown-host", "sso", "sdk", "directive"} {
		if !strings.Contains(body, "  - "+category+":") {
			t.Errorf("Doc does not describe category %s", category)
		}
	}
}

// TestOldSDK checks the NewClient constructor of mixpanel-go before v0.1.2.
func TestOldSDK(t *testing.T) {
	dir, err := filepath.Abs("../testdata/old")
	if err != nil {
		t.Fatal(err)
	}
	analysistest.RunWithSuggestedFixes(t, dir, analyzer.New(analyzer.Options{}), "oldsdk", "oldbroken")
}

// TestBrokenCode checks code that does not type-check: no panic, and the
// findings that do not need types.
func TestBrokenCode(t *testing.T) {
	dir, err := filepath.Abs("../testdata/broken")
	if err != nil {
		t.Fatal(err)
	}
	analysistest.RunWithSuggestedFixes(t, dir, analyzer.New(analyzer.Options{}), "brokentypes", "missingsdk")
}

// TestHugeLiteral checks a 4 MB literal that names 100,000 hosts, and one
// as large that names none.
func TestHugeLiteral(t *testing.T) {
	dir := t.TempDir()
	pkg := filepath.Join(dir, "src", "huge")
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		t.Fatal(err)
	}
	many := strings.Repeat(`{"u": "https://api.mixpanel.com/track"} `, 100_000)
	none := strings.Repeat("no host here ", 300_000)
	const format = "package huge\n\nconst many = %q // want `host api.mixpanel.com \\(ingestion API\\) is in the US region; EU projects must use api-eu.mixpanel.com \\(and 99999 more in this string\\)`\n\nconst none = %q\n"
	src := fmt.Sprintf(format, many, none)
	if err := os.WriteFile(filepath.Join(pkg, "huge.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	golden := fmt.Sprintf(format, strings.ReplaceAll(many, "api.mixpanel.com", "api-eu.mixpanel.com"), none)
	if err := os.WriteFile(filepath.Join(pkg, "huge.go.golden"), []byte(golden), 0o644); err != nil {
		t.Fatal(err)
	}
	analysistest.RunWithSuggestedFixes(t, dir, analyzer.New(analyzer.Options{}), "huge")
}
