package lsp

import (
	"slices"
	"strings"

	"github.com/mpreslint/mpreslint/internal/finding"
)

// codeActions returns the quick fixes of the findings that overlap the
// range of p, and the fix-all action of the file, if the findings
// published are of the document's current version: none for a stale
// one, whose offsets no longer hold.
func (s *Server) codeActions(p CodeActionParams) []CodeAction {
	actions := []CodeAction{}
	s.mu.Lock()
	defer s.mu.Unlock()
	doc := s.docs[p.TextDocument.URI]
	if doc == nil || !doc.hasResult || doc.published != doc.version {
		return actions
	}
	m := newMapper(doc.text, s.encoding)
	quick, all := wants(p.Context.Only, kindQuickFix), wants(p.Context.Only, kindFixAll)
	here := false // a fixable finding overlaps the range
	for _, f := range doc.findings {
		d := s.diagnostic(doc, m, f)
		if !overlaps(d.Range, p.Range) {
			continue
		}
		for i, fix := range f.Fixes {
			edits, ok := textEdits(doc.path, m, fix.Edits)
			if !ok {
				continue
			}
			here = true
			if quick {
				actions = append(actions, CodeAction{
					Title:       fix.Message,
					Kind:        kindQuickFix,
					Diagnostics: []Diagnostic{d},
					IsPreferred: i == 0,
					Edit:        s.workspaceEdit(doc, edits),
				})
			}
		}
	}
	// Asked for by kind (a fix-all on save), or beside a quick fix.
	if all && (len(p.Context.Only) > 0 || here) {
		if edits := mergeFixes(doc.path, doc.findings); len(edits) > 0 {
			te, _ := textEdits(doc.path, m, edits)
			actions = append(actions, CodeAction{Title: "Fix all mpreslint findings", Kind: kindFixAll, Edit: s.workspaceEdit(doc, te)})
		}
	}
	return actions
}

// wants reports whether the kinds only (all if empty) take kind: a kind
// takes its sub-kinds, "source" takes "source.fixAll.mpreslint".
func wants(only []string, kind string) bool {
	return len(only) == 0 || slices.ContainsFunc(only, func(o string) bool {
		return kind == o || strings.HasPrefix(kind, o+".")
	})
}

// textEdits returns the edits as LSP edits of the file path; ok is false
// if one of them is in another file.
func textEdits(path string, m *mapper, edits []finding.Edit) (out []TextEdit, ok bool) {
	for _, e := range edits {
		if e.Filename != path {
			return nil, false
		}
		out = append(out, TextEdit{Range: m.rangeOf(e.Start, e.End), NewText: e.New})
	}
	return out, true
}

// workspaceEdit returns the edit of doc: versioned, if the client takes
// it, so that it refuses to apply it to another version.
func (s *Server) workspaceEdit(doc *document, edits []TextEdit) *WorkspaceEdit {
	if s.docChanges {
		v := doc.version
		return &WorkspaceEdit{DocumentChanges: []TextDocumentEdit{{
			TextDocument: OptionalVersionedTextDocumentIdentifier{URI: doc.uri, Version: &v},
			Edits:        edits,
		}}}
	}
	return &WorkspaceEdit{Changes: map[string][]TextEdit{doc.uri: edits}}
}

// mergeFixes returns the edits of the first fix of each finding whose
// fix lies in the file path, merged as mpreslint -fix merges them.
func mergeFixes(path string, findings []finding.Finding) []finding.Edit {
	inFile := slices.DeleteFunc(slices.Clone(findings), func(f finding.Finding) bool {
		return len(f.Fixes) > 0 && slices.ContainsFunc(f.Fixes[0].Edits, func(e finding.Edit) bool { return e.Filename != path })
	})
	files, _ := finding.MergeFixes(inFile)
	return files[path]
}
