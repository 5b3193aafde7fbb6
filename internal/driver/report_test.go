package driver

import (
	"go/token"
	"runtime"
	"strings"
	"testing"
)

var reportFinding = Finding{
	Package:  "example.com/app/config",
	Analyzer: "mpreslint",
	Pos:      token.Position{Filename: "/src/app/config/config.go", Offset: 40, Line: 3, Column: 18},
	End:      token.Position{Filename: "/src/app/config/config.go", Offset: 72, Line: 3, Column: 50},
	Category: "host",
	Message:  "host api.mixpanel.com is in the US region",
	Fixes: []Fix{{Message: "Use api-eu.mixpanel.com", Edits: []Edit{
		{Filename: "/src/app/config/config.go", Start: 49, End: 65, New: "api-eu.mixpanel.com"},
	}}},
	Related: []Related{{
		Pos:     token.Position{Filename: "/src/app/config/use.go", Line: 7, Column: 2},
		End:     token.Position{Filename: "/src/app/config/use.go", Line: 7, Column: 10},
		Message: "used here",
	}},
}

func TestWriteText(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Unix paths")
	}
	var b strings.Builder
	p := pathDisplay{dirs: []string{"/src/app"}}
	if err := writeText(&b, []Finding{reportFinding}, p); err != nil {
		t.Fatal(err)
	}
	want := "config/config.go:3:18: host api.mixpanel.com is in the US region\n" +
		"config/use.go:7:2: \tused here\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

// TestWriteJSON checks the shape of x/tools' JSON output
// (go/analysis/internal/analysisflags and internal/analysis/driverutil).
func TestWriteJSON(t *testing.T) {
	var b strings.Builder
	if err := writeJSON(&b, []Finding{reportFinding}, nil); err != nil {
		t.Fatal(err)
	}
	want := `{
	"example.com/app/config": {
		"mpreslint": [
			{
				"category": "host",
				"posn": "/src/app/config/config.go:3:18",
				"end": "/src/app/config/config.go:3:50",
				"message": "host api.mixpanel.com is in the US region",
				"suggested_fixes": [
					{
						"message": "Use api-eu.mixpanel.com",
						"edits": [
							{
								"filename": "/src/app/config/config.go",
								"start": 49,
								"end": 65,
								"new": "api-eu.mixpanel.com"
							}
						]
					}
				],
				"related": [
					{
						"posn": "/src/app/config/use.go:7:2",
						"end": "/src/app/config/use.go:7:10",
						"message": "used here"
					}
				]
			}
		]
	}
}
`
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
	b.Reset()
	if err := writeJSON(&b, nil, nil); err != nil || b.String() != "{}\n" {
		t.Errorf("no findings: got %q, %v; want {}", b.String(), err)
	}
}
