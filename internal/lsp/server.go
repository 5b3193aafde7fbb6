// Package lsp is `mpreslint lsp`: a language server (LSP 3.17 over
// standard input and output) that an editor runs beside gopls. It reports
// mpreslint's findings in the open Go files (the analyzer, run over the
// file's package loaded with go/packages and an overlay of the unsaved
// buffers) and in the open text files (the file scan of internal/files,
// on the buffer), and offers their fixes as code actions.
//
// The protocol is the standard library's: JSON-RPC framing is a header
// and a body, and the server needs a dozen of LSP's messages.
package lsp

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/mpreslint/mpreslint/internal/finding"
)

// Main runs `mpreslint lsp` with args, the arguments after "lsp", and
// returns its exit code: 0 after shutdown and exit, 1 on exit without
// shutdown or when the input ends first, 2 on bad usage.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	opts, code, ok := parseFlags(args, stderr)
	if !ok {
		return code
	}
	return newServer(stdout, stderr, opts).run(stdin)
}

// goDebounce is how long a Go package waits after a change to one of its
// open files before it is checked: a burst of keystrokes costs one load.
const goDebounce = 150 * time.Millisecond

// Lifecycle states.
const (
	stateNew          = iota // before initialize
	stateRunning             // after initialize
	stateShuttingDown        // after shutdown
)

// A Server is one session of the language server.
type Server struct {
	out      *writer
	logw     io.Writer
	debounce time.Duration
	// The checks, replaced in tests.
	checkGo   func(ctx context.Context, dir string, paths []string, overlay map[string][]byte, opts Options) (map[string][]finding.Finding, error)
	checkText func(path, text string, opts Options) []finding.Finding

	ctx    context.Context // canceled at shutdown
	cancel context.CancelFunc
	slots  chan struct{}  // one per Go check that may run at once
	wg     sync.WaitGroup // the pending and running Go checks
	pubMu  sync.Mutex     // holds a document's version check and its publication together

	mu         sync.Mutex
	state      int
	closed     bool   // no more checks start
	encoding   string // of positions: encUTF16 or encUTF8
	docChanges bool   // the client takes versioned document edits
	opts       Options
	docs       map[string]*document  // the open documents, by URI
	packages   map[string]*goPackage // the Go checks, by directory
}

// A document is an open file.
type document struct {
	uri, path string // path is empty for a URI that is no file
	version   int32
	text      string
	// The findings last published and the version they are of.
	findings  []finding.Finding
	published int32
	hasResult bool
}

// A goPackage is the pending or running check of the open Go files of a
// directory.
type goPackage struct {
	gen    int // counts the changes; a check of an older one is stale
	timer  *time.Timer
	cancel context.CancelFunc // of the running check
}

func newServer(out, logw io.Writer, opts Options) *Server {
	ctx, cancel := context.WithCancel(context.Background())
	return &Server{
		out:       &writer{w: out},
		logw:      logw,
		debounce:  goDebounce,
		checkGo:   checkGo,
		checkText: checkText,
		ctx:       ctx,
		cancel:    cancel,
		slots:     make(chan struct{}, runtime.GOMAXPROCS(0)),
		encoding:  encUTF16,
		opts:      opts,
		docs:      make(map[string]*document),
		packages:  make(map[string]*goPackage),
	}
}

// run serves the messages of in until exit or the end of in, and returns
// the exit code. It returns once every check has stopped.
func (s *Server) run(in io.Reader) int {
	defer s.close()
	r := newReader(in)
	for {
		body, err := r.read()
		var fe *framingError
		switch {
		case errors.As(err, &fe):
			s.logf(messageError, "%v", err)
			continue
		case err != nil:
			if !errors.Is(err, io.EOF) {
				s.logf(messageError, "reading: %v", err)
			}
			return s.exitCode()
		}
		if exit := s.handle(body); exit {
			return s.exitCode()
		}
	}
}

// exitCode is 0 after shutdown, 1 otherwise.
func (s *Server) exitCode() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.state == stateShuttingDown {
		return 0
	}
	return 1
}

// close stops the checks, pending and running, and waits for them.
func (s *Server) close() {
	s.mu.Lock()
	s.closed = true
	for _, p := range s.packages {
		if p.timer != nil && p.timer.Stop() {
			s.wg.Done()
		}
		if p.cancel != nil {
			p.cancel()
		}
	}
	s.mu.Unlock()
	s.cancel()
	s.wg.Wait()
}

// handle handles one message body. It reports whether the server is to
// exit.
func (s *Server) handle(body []byte) (exit bool) {
	var m message
	if trimmed := bytes.TrimSpace(body); len(trimmed) > 0 && trimmed[0] == '[' && json.Valid(trimmed) {
		s.replyError(nullID, codeInvalidRequest, "invalid request: batches are not part of LSP")
		return false
	}
	if err := json.Unmarshal(body, &m); err != nil {
		s.replyError(nullID, codeParseError, "parse error: "+err.Error())
		return false
	}
	if m.Method == "" {
		if !m.isRequest() {
			s.replyError(nullID, codeInvalidRequest, "invalid request: no method")
		}
		return false // a response: the server sends no requests
	}
	if m.isRequest() && !validID(m.ID) {
		s.replyError(nullID, codeInvalidRequest, "invalid request: id must be a number or a string")
		return false
	}
	defer func() {
		if r := recover(); r != nil {
			s.logf(messageError, "panic handling %s: %v\n%s", m.Method, r, debug.Stack())
			if m.isRequest() {
				s.replyError(m.ID, codeInternalError, fmt.Sprintf("internal error: %v", r))
			}
		}
	}()
	if m.Method == "exit" {
		return true
	}
	s.mu.Lock()
	state := s.state
	s.mu.Unlock()
	if !m.isRequest() {
		if state == stateRunning {
			if err := s.notify(m.Method, m.Params); err != nil {
				s.logf(messageError, "%s: %v", m.Method, err)
			}
		}
		return false
	}
	switch {
	case state == stateNew && m.Method != "initialize":
		s.replyError(m.ID, codeServerNotInitialized, "server not initialized")
	case state != stateNew && m.Method == "initialize":
		s.replyError(m.ID, codeInvalidRequest, "initialize sent twice")
	case state == stateShuttingDown:
		s.replyError(m.ID, codeInvalidRequest, "the server is shutting down")
	default:
		result, err := s.request(m.Method, m.Params)
		var re *rpcError
		switch {
		case errors.As(err, &re):
			s.replyError(m.ID, re.Code, re.Message)
		case err != nil:
			s.replyError(m.ID, codeInternalError, err.Error())
		default:
			s.reply(m.ID, result)
		}
	}
	return false
}

func validID(id json.RawMessage) bool {
	var v any
	if json.Unmarshal(id, &v) != nil {
		return false
	}
	switch v.(type) {
	case float64, string:
		return true
	}
	return false
}

// request answers the request method.
func (s *Server) request(method string, params json.RawMessage) (any, error) {
	switch method {
	case "initialize":
		var p InitializeParams
		if err := unmarshalParams(params, &p); err != nil {
			return nil, err
		}
		return s.initialize(p)
	case "shutdown":
		s.mu.Lock()
		s.state = stateShuttingDown
		s.mu.Unlock()
		s.close()
		return nil, nil
	case "textDocument/codeAction":
		var p CodeActionParams
		if err := unmarshalParams(params, &p); err != nil {
			return nil, err
		}
		return s.codeActions(p), nil
	}
	return nil, &rpcError{codeMethodNotFound, "method not found: " + method}
}

// notify handles the notification method.
func (s *Server) notify(method string, params json.RawMessage) error {
	switch method {
	case "textDocument/didOpen":
		var p DidOpenTextDocumentParams
		if err := unmarshalParams(params, &p); err != nil {
			return err
		}
		s.open(p.TextDocument)
	case "textDocument/didChange":
		var p DidChangeTextDocumentParams
		if err := unmarshalParams(params, &p); err != nil {
			return err
		}
		return s.change(p)
	case "textDocument/didClose":
		var p DidCloseTextDocumentParams
		if err := unmarshalParams(params, &p); err != nil {
			return err
		}
		s.closeDoc(p.TextDocument.URI)
	case "workspace/didChangeConfiguration":
		var p DidChangeConfigurationParams
		if err := unmarshalParams(params, &p); err != nil {
			return err
		}
		s.configure(p.Settings)
	}
	return nil // initialized, didSave, $/cancelRequest (every request is answered at once), …
}

func unmarshalParams(params json.RawMessage, v any) error {
	if len(params) == 0 {
		return &rpcError{codeInvalidParams, "invalid params: none"}
	}
	if err := json.Unmarshal(params, v); err != nil {
		return &rpcError{codeInvalidParams, "invalid params: " + err.Error()}
	}
	return nil
}

// initialize reads the client's capabilities and options and returns the
// server's.
func (s *Server) initialize(p InitializeParams) (any, error) {
	opts, err := s.opts.apply(p.InitializationOptions)
	if err != nil {
		return nil, &rpcError{codeInvalidParams, "initializationOptions: " + err.Error()}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.opts = opts
	s.state = stateRunning
	if slices.Contains(p.Capabilities.General.PositionEncodings, encUTF8) {
		s.encoding = encUTF8
	}
	s.docChanges = p.Capabilities.Workspace.WorkspaceEdit.DocumentChanges
	return map[string]any{
		"capabilities": map[string]any{
			"positionEncoding": s.encoding,
			"textDocumentSync": map[string]any{"openClose": true, "change": syncFull},
			"codeActionProvider": map[string]any{
				"codeActionKinds": []string{kindQuickFix, kindFixAll},
			},
		},
		"serverInfo": map[string]any{"name": "mpreslint", "version": version()},
	}, nil
}

// version is mpreslint's module version, or "(devel)".
func version() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
		return info.Main.Version
	}
	return "(devel)"
}

func (s *Server) open(item TextDocumentItem) {
	s.mu.Lock()
	doc := &document{uri: item.URI, path: uriPath(item.URI), version: item.Version, text: item.Text}
	s.docs[item.URI] = doc
	s.mu.Unlock()
	s.check(doc.uri)
}

func (s *Server) change(p DidChangeTextDocumentParams) error {
	s.mu.Lock()
	doc := s.docs[p.TextDocument.URI]
	if doc == nil {
		s.mu.Unlock()
		return fmt.Errorf("%s is not open", p.TextDocument.URI)
	}
	for _, c := range p.ContentChanges {
		if c.Range != nil {
			s.mu.Unlock()
			return errors.New("incremental change, but the server asked for full text")
		}
		doc.text = c.Text
	}
	doc.version = p.TextDocument.Version
	s.mu.Unlock()
	s.check(doc.uri)
	return nil
}

func (s *Server) closeDoc(uri string) {
	s.mu.Lock()
	doc := s.docs[uri]
	delete(s.docs, uri)
	s.mu.Unlock()
	if doc == nil || doc.path == "" {
		return
	}
	s.pubMu.Lock()
	s.send("textDocument/publishDiagnostics", PublishDiagnosticsParams{URI: uri, Diagnostics: []Diagnostic{}})
	s.pubMu.Unlock()
	if isGo(doc.path) {
		// The package's other open files now see this one as it is on disk.
		s.mu.Lock()
		s.scheduleGo(filepath.Dir(doc.path))
		s.mu.Unlock()
	}
}

// configure applies the settings of workspace/didChangeConfiguration and
// checks every open file again.
func (s *Server) configure(raw json.RawMessage) {
	s.mu.Lock()
	opts, err := s.opts.apply(raw)
	if err != nil {
		s.mu.Unlock()
		s.showf(messageError, "mpreslint: %v", err)
		return
	}
	s.opts = opts
	uris := make([]string, 0, len(s.docs))
	for uri := range s.docs {
		uris = append(uris, uri)
	}
	s.mu.Unlock()
	slices.Sort(uris)
	for _, uri := range uris {
		s.check(uri)
	}
}

// uriPath returns the absolute file path of a file URI, or "".
func uriPath(uri string) string {
	u, err := url.Parse(uri)
	if err != nil || u.Scheme != "file" {
		return ""
	}
	p := u.Path
	if len(p) >= 3 && p[0] == '/' && p[2] == ':' {
		p = p[1:] // file:///C:/x on Windows
	}
	p = filepath.FromSlash(p)
	if !filepath.IsAbs(p) {
		return ""
	}
	return filepath.Clean(p)
}

// reply, replyError, send and logf write messages; a write error means
// the client is gone, and the read loop will end.
func (s *Server) reply(id json.RawMessage, result any) {
	_ = s.out.write(response{JSONRPC: "2.0", ID: id, Result: result})
}

func (s *Server) replyError(id json.RawMessage, code int, msg string) {
	_ = s.out.write(errorResponse{JSONRPC: "2.0", ID: id, Error: &rpcError{code, msg}})
}

func (s *Server) send(method string, params any) {
	_ = s.out.write(notification{JSONRPC: "2.0", Method: method, Params: params})
}

// logf logs to standard error and to the client's log.
func (s *Server) logf(typ int, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	_, _ = fmt.Fprintf(s.logw, "mpreslint lsp: %s\n", strings.TrimRight(msg, "\n"))
	s.send("window/logMessage", LogMessageParams{Type: typ, Message: msg})
}

// showf logs and shows a message to the user.
func (s *Server) showf(typ int, format string, args ...any) {
	s.logf(typ, format, args...)
	s.send("window/showMessage", LogMessageParams{Type: typ, Message: fmt.Sprintf(format, args...)})
}
