package driver

import (
	"encoding/json"
	"io"

	"github.com/mpreslint/mpreslint/internal/files"
)

// analyzerName is the analyzer's name, under which the JSON output lists
// what the run found.
const analyzerName = "mpreslint"

// The JSON form of x/tools' analysis drivers (singlechecker, unitchecker
// and go vet -json): package ID → analyzer name → diagnostics. Positions
// are absolute, as there.
type (
	jsonDiagnostic struct {
		Category       string        `json:"category,omitempty"`
		Posn           string        `json:"posn"` // file:line:col
		End            string        `json:"end"`
		Message        string        `json:"message"`
		SuggestedFixes []jsonFix     `json:"suggested_fixes,omitempty"`
		Related        []jsonRelated `json:"related,omitempty"`
	}
	jsonRelated struct {
		Posn    string `json:"posn"`
		End     string `json:"end"`
		Message string `json:"message"`
	}
	jsonFix struct {
		Message string     `json:"message"`
		Edits   []jsonEdit `json:"edits"`
	}
	jsonEdit struct {
		Filename string `json:"filename"`
		Start    int    `json:"start"`
		End      int    `json:"end"`
		New      string `json:"new"`
	}
)

// jsonError is x/tools' form of an analysis that failed on a package,
// in place of its diagnostics.
type jsonError struct {
	Err string `json:"error"`
}

// writeJSON prints the findings as one JSON object. Each file skipped is
// an entry of its own, under its absolute name (no package ID is one),
// in the form x/tools gives an analysis that failed on a package:
// {"/abs/web/app.js": {"mpreslint": {"error": "skipped: minified"}}}.
// Consumers of x/tools' JSON read that form already, and count no
// finding for it.
func writeJSON(w io.Writer, findings []Finding, skipped []files.Skip) error {
	tree := make(map[string]map[string]any)
	for _, f := range findings {
		d := jsonDiagnostic{Category: f.Category, Posn: f.Pos.String(), End: f.End.String(), Message: f.Message}
		for _, fix := range f.Fixes {
			jf := jsonFix{Message: fix.Message}
			for _, e := range fix.Edits {
				jf.Edits = append(jf.Edits, jsonEdit(e))
			}
			d.SuggestedFixes = append(d.SuggestedFixes, jf)
		}
		for _, r := range f.Related {
			d.Related = append(d.Related, jsonRelated{Posn: r.Pos.String(), End: r.End.String(), Message: r.Message})
		}
		if tree[f.Package] == nil {
			tree[f.Package] = make(map[string]any)
		}
		list, _ := tree[f.Package][f.Analyzer].([]jsonDiagnostic)
		tree[f.Package][f.Analyzer] = append(list, d)
	}
	for _, s := range skipped {
		tree[s.Path] = map[string]any{analyzerName: jsonError{"skipped: " + s.Reason}}
	}
	data, err := json.MarshalIndent(tree, "", "\t")
	if err != nil {
		return err
	}
	_, err = w.Write(append(data, '\n'))
	return err
}
