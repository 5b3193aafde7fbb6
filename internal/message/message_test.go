package message

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/mpreslint/mpreslint/residency"
)

// TestLayering keeps what the analyzer and the file scan share below both:
// neither the file scan nor the shared packages import the analyzer (as
// the depguard rule below-analyzer of .golangci.yml says).
func TestLayering(t *testing.T) {
	const analyzer = "github.com/mpreslint/mpreslint/analyzer"
	for _, dir := range []string{"../files", "../message", "../directive"} {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil || len(files) == 0 {
			t.Fatalf("%s: no Go files (%v)", dir, err)
		}
		for _, name := range files {
			f, err := parser.ParseFile(token.NewFileSet(), name, nil, parser.ImportsOnly)
			if err != nil {
				t.Fatal(err)
			}
			for _, imp := range f.Imports {
				if path, _ := strconv.Unquote(imp.Path.Value); path == analyzer {
					t.Errorf("%s imports %s", name, analyzer)
				}
			}
		}
	}
}

func TestStringFinding(t *testing.T) {
	tests := []struct {
		value             string
		category, message string
	}{
		{"https://api.mixpanel.com/track", Host, "host api.mixpanel.com (ingestion API) is in the US region; EU projects must use api-eu.mixpanel.com"},
		{"https://api.eu.mixpanel.com", UnknownHost, "host api.eu.mixpanel.com does not exist; the EU ingestion API is at api-eu.mixpanel.com"},
		{"https://mixpanel.com/security/login/1?x", SSO, "the SSO postback URL mixpanel.com/security/login/1 has no region prefix; EU projects log in at eu.mixpanel.com/security/login/1"},
		{`{"a": "https://api.mixpanel.com", "b": "https://data.mixpanel.com"}`, Host, "host api.mixpanel.com (ingestion API) is in the US region; EU projects must use api-eu.mixpanel.com (and 1 more in this string)"},
		// Silent: both regions in one string, the region's own host.
		{"us=https://api.mixpanel.com eu=https://api-eu.mixpanel.com", "", ""},
		{"https://api-eu.mixpanel.com/track", "", ""},
	}
	for _, tt := range tests {
		_, category, message := StringFinding(tt.value, residency.EU)
		if category != tt.category || message != tt.message {
			t.Errorf("StringFinding(%q) = %q, %q; want %q, %q", tt.value, category, message, tt.category, tt.message)
		}
	}
	if got := URL(SDK); got != ReadmeURL+"#sdk" {
		t.Errorf("URL(SDK) = %q", got)
	}
}
