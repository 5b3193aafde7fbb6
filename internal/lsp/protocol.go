package lsp

import "encoding/json"

// The part of LSP 3.17 that the server speaks; names as in the
// specification.

type (
	Position struct {
		Line      int `json:"line"`
		Character int `json:"character"`
	}
	Range struct {
		Start Position `json:"start"`
		End   Position `json:"end"`
	}
	Location struct {
		URI   string `json:"uri"`
		Range Range  `json:"range"`
	}
	TextEdit struct {
		Range   Range  `json:"range"`
		NewText string `json:"newText"`
	}
	CodeDescription struct {
		Href string `json:"href"`
	}
	DiagnosticRelatedInformation struct {
		Location Location `json:"location"`
		Message  string   `json:"message"`
	}
	Diagnostic struct {
		Range              Range                          `json:"range"`
		Severity           int                            `json:"severity"`
		Code               string                         `json:"code"`
		CodeDescription    *CodeDescription               `json:"codeDescription,omitempty"`
		Source             string                         `json:"source"`
		Message            string                         `json:"message"`
		RelatedInformation []DiagnosticRelatedInformation `json:"relatedInformation,omitempty"`
	}
	PublishDiagnosticsParams struct {
		URI         string       `json:"uri"`
		Version     *int32       `json:"version,omitempty"`
		Diagnostics []Diagnostic `json:"diagnostics"`
	}
	TextDocumentIdentifier struct {
		URI string `json:"uri"`
	}
	VersionedTextDocumentIdentifier struct {
		URI     string `json:"uri"`
		Version int32  `json:"version"`
	}
	TextDocumentItem struct {
		URI        string `json:"uri"`
		LanguageID string `json:"languageId"`
		Version    int32  `json:"version"`
		Text       string `json:"text"`
	}
	DidOpenTextDocumentParams struct {
		TextDocument TextDocumentItem `json:"textDocument"`
	}
	TextDocumentContentChangeEvent struct {
		Range *Range `json:"range,omitempty"`
		Text  string `json:"text"`
	}
	DidChangeTextDocumentParams struct {
		TextDocument   VersionedTextDocumentIdentifier  `json:"textDocument"`
		ContentChanges []TextDocumentContentChangeEvent `json:"contentChanges"`
	}
	DidCloseTextDocumentParams struct {
		TextDocument TextDocumentIdentifier `json:"textDocument"`
	}
	DidChangeConfigurationParams struct {
		Settings json.RawMessage `json:"settings"`
	}
	CodeActionContext struct {
		Diagnostics []Diagnostic `json:"diagnostics"`
		Only        []string     `json:"only,omitempty"`
	}
	CodeActionParams struct {
		TextDocument TextDocumentIdentifier `json:"textDocument"`
		Range        Range                  `json:"range"`
		Context      CodeActionContext      `json:"context"`
	}
	TextDocumentEdit struct {
		TextDocument OptionalVersionedTextDocumentIdentifier `json:"textDocument"`
		Edits        []TextEdit                              `json:"edits"`
	}
	OptionalVersionedTextDocumentIdentifier struct {
		URI     string `json:"uri"`
		Version *int32 `json:"version"`
	}
	WorkspaceEdit struct {
		Changes         map[string][]TextEdit `json:"changes,omitempty"`
		DocumentChanges []TextDocumentEdit    `json:"documentChanges,omitempty"`
	}
	CodeAction struct {
		Title       string         `json:"title"`
		Kind        string         `json:"kind"`
		Diagnostics []Diagnostic   `json:"diagnostics,omitempty"`
		IsPreferred bool           `json:"isPreferred,omitempty"`
		Edit        *WorkspaceEdit `json:"edit,omitempty"`
	}
	LogMessageParams struct {
		Type    int    `json:"type"`
		Message string `json:"message"`
	}
)

// InitializeParams is what the server reads of initialize's parameters.
type InitializeParams struct {
	Capabilities struct {
		General struct {
			PositionEncodings []string `json:"positionEncodings"`
		} `json:"general"`
		Workspace struct {
			WorkspaceEdit struct {
				DocumentChanges bool `json:"documentChanges"`
			} `json:"workspaceEdit"`
		} `json:"workspace"`
	} `json:"capabilities"`
	InitializationOptions json.RawMessage `json:"initializationOptions"`
}

// Diagnostic severities, message types, code action kinds, text
// document sync kinds.
const (
	severityError   = 1
	severityWarning = 2

	messageError   = 1
	messageWarning = 2

	kindQuickFix = "quickfix"
	kindFixAll   = "source.fixAll.mpreslint"

	syncFull = 1
)
