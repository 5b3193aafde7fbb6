package lsp

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/mpreslint/mpreslint/residency"
)

// timeout bounds every wait of the tests: go list of a small module takes
// well under a second, but CI machines are slow and -race slows more.
const timeout = 60 * time.Second

// A client is an in-process LSP client of a Server, over pipes.
type client struct {
	t      testing.TB
	s      *Server
	out    *writer // to the server
	toSrv  *io.PipeWriter
	code   chan int // the exit code of run
	stderr *syncBuffer

	mu       sync.Mutex
	cond     *sync.Cond
	received []incoming // every message from the server, in order
	done     bool       // the server's output ended
	lastID   int
}

// incoming is a message from the server.
type incoming struct {
	ID     json.RawMessage `json:"id"`
	Method string          `json:"method"`
	Params json.RawMessage `json:"params"`
	Result json.RawMessage `json:"result"`
	Error  *rpcError       `json:"error"`
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// start starts a server with opts, its Go checks debounced by debounce,
// after setup (which may replace its checks) and returns its client.
// The server is stopped at the end of the test if it still runs.
func start(t testing.TB, opts Options, debounce time.Duration, setup ...func(*Server)) *client {
	t.Helper()
	if opts.Region == "" {
		opts.Region = residency.EU
	}
	srvIn, toSrv := io.Pipe()
	fromSrv, srvOut := io.Pipe()
	c := &client{t: t, out: &writer{w: toSrv}, toSrv: toSrv, code: make(chan int, 1), stderr: &syncBuffer{}}
	c.cond = sync.NewCond(&c.mu)
	c.s = newServer(srvOut, c.stderr, opts)
	c.s.debounce = debounce
	for _, f := range setup {
		f(c.s)
	}
	go func() {
		code := c.s.run(srvIn)
		_ = srvOut.Close()
		_ = srvIn.Close()
		c.code <- code
	}()
	go func() {
		r := newReader(fromSrv)
		for {
			body, err := r.read()
			c.mu.Lock()
			if err != nil {
				c.done = true
				c.cond.Broadcast()
				c.mu.Unlock()
				return
			}
			var m incoming
			if err := json.Unmarshal(body, &m); err != nil {
				t.Errorf("server wrote invalid JSON %q: %v", body, err)
			}
			c.received = append(c.received, m)
			c.cond.Broadcast()
			c.mu.Unlock()
		}
	}()
	t.Cleanup(func() {
		_ = toSrv.Close()
		select {
		case <-c.code:
		case <-time.After(timeout):
			t.Error("the server did not stop after its input ended")
		}
	})
	return c
}

// initialize sends initialize with the capabilities and options given
// and initialized, and returns the result.
func (c *client) initialize(capabilities, options any) json.RawMessage {
	c.t.Helper()
	res, err := c.call("initialize", map[string]any{"processId": nil, "rootUri": nil, "capabilities": capabilities, "initializationOptions": options})
	if err != nil {
		c.t.Fatalf("initialize: %v", err)
	}
	c.notify("initialized", map[string]any{})
	return res
}

// send writes a message.
func (c *client) send(v any) {
	c.t.Helper()
	if err := c.out.write(v); err != nil {
		c.t.Fatalf("writing to the server: %v", err)
	}
}

func (c *client) notify(method string, params any) {
	c.t.Helper()
	c.send(map[string]any{"jsonrpc": "2.0", "method": method, "params": params})
}

// call sends a request and waits for its response.
func (c *client) call(method string, params any) (json.RawMessage, *rpcError) {
	c.t.Helper()
	c.mu.Lock()
	c.lastID++
	id := c.lastID
	c.mu.Unlock()
	c.send(map[string]any{"jsonrpc": "2.0", "id": id, "method": method, "params": params})
	m := c.wait(fmt.Sprintf("the response to %s #%d", method, id), func(m incoming) bool {
		return m.Method == "" && string(m.ID) == fmt.Sprint(id)
	})
	return m.Result, m.Error
}

// wait returns the first message received that satisfies ok, waiting
// for it.
func (c *client) wait(what string, ok func(incoming) bool) incoming {
	c.t.Helper()
	m, found := c.waitFor(timeout, ok)
	if !found {
		c.t.Fatalf("no %s within %v; received:\n%s\nserver's log:\n%s", what, timeout, c.dump(), c.stderr)
	}
	return m
}

// waitFor is wait without failing.
func (c *client) waitFor(d time.Duration, ok func(incoming) bool) (incoming, bool) {
	deadline := time.Now().Add(d)
	timer := time.AfterFunc(d, func() {
		c.mu.Lock()
		c.cond.Broadcast()
		c.mu.Unlock()
	})
	defer timer.Stop()
	c.mu.Lock()
	defer c.mu.Unlock()
	for i := 0; ; {
		for ; i < len(c.received); i++ {
			if ok(c.received[i]) {
				return c.received[i], true
			}
		}
		if c.done || !time.Now().Before(deadline) {
			return incoming{}, false
		}
		c.cond.Wait()
	}
}

func (c *client) dump() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var b strings.Builder
	for _, m := range c.received {
		fmt.Fprintf(&b, "  %s %s %s %s\n", m.Method, m.ID, m.Params, m.Result)
	}
	return b.String()
}

// diagnostics waits for the diagnostics of uri at version.
func (c *client) diagnostics(uri string, version int32) []Diagnostic {
	c.t.Helper()
	m := c.wait(fmt.Sprintf("diagnostics of %s version %d", uri, version), func(m incoming) bool {
		p, ok := publishedOf(m)
		return ok && p.URI == uri && p.Version != nil && *p.Version == version
	})
	p, _ := publishedOf(m)
	return p.Diagnostics
}

// published returns every publishDiagnostics of uri received so far.
func (c *client) published(uri string) []PublishDiagnosticsParams {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []PublishDiagnosticsParams
	for _, m := range c.received {
		if p, ok := publishedOf(m); ok && p.URI == uri {
			out = append(out, p)
		}
	}
	return out
}

func publishedOf(m incoming) (PublishDiagnosticsParams, bool) {
	var p PublishDiagnosticsParams
	if m.Method != "textDocument/publishDiagnostics" {
		return p, false
	}
	if err := json.Unmarshal(m.Params, &p); err != nil {
		return p, false
	}
	return p, true
}

// logs returns the window/logMessage messages of type typ received.
func (c *client) logs(typ int) []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []string
	for _, m := range c.received {
		var p LogMessageParams
		if m.Method == "window/logMessage" && json.Unmarshal(m.Params, &p) == nil && p.Type == typ {
			out = append(out, p.Message)
		}
	}
	return out
}

func (c *client) open(uri, text string) {
	c.t.Helper()
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": "", "version": 1, "text": text}})
}

func (c *client) change(uri string, version int32, text string) {
	c.t.Helper()
	c.notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": uri, "version": version},
		"contentChanges": []map[string]any{{"text": text}},
	})
}

// codeActions asks for the code actions of rng in uri, of the kinds only.
func (c *client) codeActions(uri string, rng Range, only ...string) []CodeAction {
	c.t.Helper()
	ctx := map[string]any{"diagnostics": []any{}}
	if len(only) > 0 {
		ctx["only"] = only
	}
	res, err := c.call("textDocument/codeAction", map[string]any{"textDocument": map[string]any{"uri": uri}, "range": rng, "context": ctx})
	if err != nil {
		c.t.Fatalf("codeAction: %v", err)
	}
	var actions []CodeAction
	if err := json.Unmarshal(res, &actions); err != nil || actions == nil {
		c.t.Fatalf("codeAction result %s: not an array (%v)", res, err)
	}
	return actions
}

// exit sends shutdown (if asked) and exit and returns the exit code.
func (c *client) exit(shutdown bool) int {
	c.t.Helper()
	if shutdown {
		if _, err := c.call("shutdown", nil); err != nil {
			c.t.Fatalf("shutdown: %v", err)
		}
	}
	c.notify("exit", nil)
	select {
	case code := <-c.code:
		c.code <- code // for the cleanup
		return code
	case <-time.After(timeout):
		c.t.Fatal("no exit")
	}
	return -1
}

// fileURI is the URI of the file path.
func fileURI(path string) string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String()
}

// writeFiles writes files (slash-separated names → contents) under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o666); err != nil {
			t.Fatal(err)
		}
	}
}

// offsetOf returns the byte offset of the LSP position p in text, whose
// characters count UTF-16 code units, or bytes if utf8. It is written
// apart from the server's mapper, to check it.
func offsetOf(t *testing.T, text string, p Position, inUTF8 bool) int {
	t.Helper()
	lines := strings.SplitAfter(text, "\n")
	if p.Line >= len(lines) {
		t.Fatalf("position %+v after the text's end", p)
	}
	off := 0
	for _, l := range lines[:p.Line] {
		off += len(l)
	}
	line := lines[p.Line]
	if inUTF8 {
		return off + p.Character
	}
	units := 0
	for i, r := range line {
		if units == p.Character {
			return off + i
		}
		units += len(utf16.Encode([]rune{r}))
	}
	if units == p.Character {
		return off + len(line)
	}
	t.Fatalf("character %d is not at a character boundary of line %q", p.Character, line)
	return 0
}

// applyEdits applies LSP edits (sorted, non-overlapping, as a client
// must receive them) to text.
func applyEdits(t *testing.T, text string, edits []TextEdit, inUTF8 bool) string {
	t.Helper()
	var b strings.Builder
	last := 0
	for _, e := range edits {
		start, end := offsetOf(t, text, e.Range.Start, inUTF8), offsetOf(t, text, e.Range.End, inUTF8)
		if start < last || end < start {
			t.Fatalf("edits out of order or overlapping: %+v", edits)
		}
		b.WriteString(text[last:start])
		b.WriteString(e.NewText)
		last = end
	}
	b.WriteString(text[last:])
	if !utf8.ValidString(b.String()) {
		t.Fatalf("edits split a character: %q", b.String())
	}
	return b.String()
}

// editsOf returns the edits of uri in the action's workspace edit.
func editsOf(t *testing.T, a CodeAction, uri string) []TextEdit {
	t.Helper()
	if a.Edit == nil {
		t.Fatalf("action %q has no edit", a.Title)
	}
	if a.Edit.Changes != nil {
		return a.Edit.Changes[uri]
	}
	var out []TextEdit
	for _, dc := range a.Edit.DocumentChanges {
		if dc.TextDocument.URI == uri {
			out = append(out, dc.Edits...)
		}
	}
	return out
}
