package finding

import (
	"cmp"
	"fmt"
	"go/token"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
)

// FromDiagnostic is the finding of the diagnostic d of the analyzer named
// analyzer in package pkgID, whose files fset holds. Positions are where
// //line comments put them when lineDirectives (as go vet reports), else
// in the files as they are (as an editor's buffer has them). Edits are
// always in the files as they are: that is where they apply.
func FromDiagnostic(fset *token.FileSet, pkgID, analyzer string, d analysis.Diagnostic, lineDirectives bool) Finding {
	pos := func(p token.Pos) token.Position { return fset.PositionFor(p, lineDirectives) }
	f := Finding{
		Package:  pkgID,
		Analyzer: analyzer,
		Pos:      pos(d.Pos),
		End:      pos(cmp.Or(d.End, d.Pos)),
		Category: d.Category,
		URL:      d.URL,
		Message:  d.Message,
	}
	for _, r := range d.Related {
		f.Related = append(f.Related, Related{Pos: pos(r.Pos), End: pos(cmp.Or(r.End, r.Pos)), Message: r.Message})
	}
	for _, sf := range d.SuggestedFixes {
		fix := Fix{Message: sf.Message}
		for _, e := range sf.TextEdits {
			start, end := fset.PositionFor(e.Pos, false), fset.PositionFor(cmp.Or(e.End, e.Pos), false)
			fix.Edits = append(fix.Edits, Edit{Filename: start.Filename, Start: start.Offset, End: end.Offset, New: string(e.NewText)})
		}
		f.Fixes = append(f.Fixes, fix)
	}
	return f
}

// FromGraph returns the findings of the root actions of graph, in their
// order, each once (a file of a package and of its test variant is
// analyzed twice), and the errors of the actions that failed. Positions
// are as FromDiagnostic gives them.
func FromGraph(graph *checker.Graph, lineDirectives bool) (findings []Finding, errs []string) {
	type key struct {
		file       string
		start, end int
		message    string
	}
	seen := make(map[key]bool)
	for _, act := range graph.Roots {
		if act.Err != nil {
			errs = append(errs, fmt.Sprintf("%s: %v", act.Package.ID, act.Err))
			continue
		}
		for _, d := range act.Diagnostics {
			f := FromDiagnostic(act.Package.Fset, act.Package.ID, act.Analyzer.Name, d, lineDirectives)
			k := key{f.Pos.Filename, f.Pos.Offset, f.End.Offset, f.Message}
			if !seen[k] {
				seen[k] = true
				findings = append(findings, f)
			}
		}
	}
	return findings, errs
}
