package lsp

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/mpreslint/mpreslint/internal/finding"
)

func TestRead(t *testing.T) {
	frame := func(body string) string { return fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(body), body) }
	for _, tt := range []struct {
		name  string
		input string
		want  []string // bodies, then "error: …" for an error
	}{
		{"two messages", frame(`{"a":1}`) + frame(`{"b":"é"}`), []string{`{"a":1}`, `{"b":"é"}`, "EOF"}},
		{"content type and case", "content-length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}", []string{"{}", "EOF"}},
		{"bare newlines", "Content-Length: 2\n\n{}", []string{"{}", "EOF"}},
		{"empty body", frame(""), []string{"", "EOF"}},
		{"no length, then a message", "Content-Type: x\r\n\r\n" + frame("{}"), []string{"framing: no Content-Length", "{}", "EOF"}},
		{"bad length", "Content-Length: -3\r\n\r\n" + frame("{}"), []string{"framing: bad Content-Length", "{}", "EOF"}},
		{"huge length", "Content-Length: 99999999999\r\n\r\n", []string{"framing: bad Content-Length", "EOF"}},
		{"no colon", "garbage\r\n\r\n" + frame("{}"), []string{"framing: has no colon", "{}", "EOF"}},
		{"short body", "Content-Length: 10\r\n\r\n{}", []string{"unexpected EOF"}},
		{"header cut", "Content-Len", []string{"unexpected EOF"}},
		{"nothing", "", []string{"EOF"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := newReader(strings.NewReader(tt.input))
			for i, want := range tt.want {
				body, err := r.read()
				var fe *framingError
				got := string(body)
				switch {
				case errors.As(err, &fe):
					got = "framing: " + fe.msg
				case err != nil:
					got = err.Error()
				}
				if !strings.HasPrefix(want, "framing: ") && got != want || strings.HasPrefix(want, "framing: ") && !strings.Contains(got, strings.TrimPrefix(want, "framing: ")) {
					t.Fatalf("read %d: %q, want %q", i, got, want)
				}
				if err != nil && fe == nil {
					return
				}
			}
		})
	}
}

func TestMapper(t *testing.T) {
	text := "aé😀b\n\nx\r\nlast"
	for _, tt := range []struct {
		offset       int
		utf16, utf8b Position
	}{
		{0, Position{0, 0}, Position{0, 0}},
		{1, Position{0, 1}, Position{0, 1}},
		{3, Position{0, 2}, Position{0, 3}},  // after é (2 bytes, 1 unit)
		{7, Position{0, 4}, Position{0, 7}},  // after 😀 (4 bytes, 2 units)
		{8, Position{0, 5}, Position{0, 8}},  // the line break
		{9, Position{1, 0}, Position{1, 0}},  // the empty line
		{11, Position{2, 1}, Position{2, 1}}, // \r counts
		{13, Position{3, 0}, Position{3, 0}},
		{17, Position{3, 4}, Position{3, 4}}, // the end
		{99, Position{3, 4}, Position{3, 4}}, // clamped
		{-1, Position{0, 0}, Position{0, 0}},
	} {
		if got := newMapper(text, encUTF16).position(tt.offset); got != tt.utf16 {
			t.Errorf("UTF-16 position(%d) = %+v, want %+v", tt.offset, got, tt.utf16)
		}
		if got := newMapper(text, encUTF8).position(tt.offset); got != tt.utf8b {
			t.Errorf("UTF-8 position(%d) = %+v, want %+v", tt.offset, got, tt.utf8b)
		}
	}
}

// TestProtocolErrors sends malformed and out-of-place messages: each gets
// its JSON-RPC error, and the server goes on.
func TestProtocolErrors(t *testing.T) {
	c := start(t, Options{}, time.Millisecond)
	raw := func(body string) {
		t.Helper()
		if _, err := fmt.Fprintf(c.toSrv, "Content-Length: %d\r\n\r\n%s", len(body), body); err != nil {
			t.Fatal(err)
		}
	}
	errorOf := func(id string) *rpcError {
		t.Helper()
		return c.wait("the error of "+id, func(m incoming) bool { return m.Error != nil && string(m.ID) == id }).Error
	}
	// Before initialize.
	raw(`{"jsonrpc":"2.0","id":"early","method":"textDocument/codeAction","params":{}}`)
	if e := errorOf(`"early"`); e.Code != codeServerNotInitialized {
		t.Errorf("request before initialize: %v", e)
	}
	c.initialize(map[string]any{}, nil)
	for _, tt := range []struct {
		body string
		id   string
		code int
	}{
		{`{"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{}}`, "1", codeMethodNotFound},
		{`{"jsonrpc":"2.0","id":2,"method":"textDocument/codeAction","params":[1]}`, "2", codeInvalidParams},
		{`{"jsonrpc":"2.0","id":3,"method":"textDocument/codeAction"}`, "3", codeInvalidParams},
		{`{"jsonrpc":"2.0","id":4,"method":"initialize","params":{}}`, "4", codeInvalidRequest},
		{`{"jsonrpc":"2.0","id":{"x":1},"method":"shutdown"}`, "null", codeInvalidRequest},
		{`{"jsonrpc":"2.0","id":`, "null", codeParseError},
		{`[1,2]`, "null", codeInvalidRequest},
		{`{"jsonrpc":"2.0","id":5,"method":"shutdown"` + "\x00", "null", codeParseError},
		{`{"jsonrpc":"2.0"}`, "null", codeInvalidRequest},
	} {
		c.mu.Lock()
		c.received = nil
		c.mu.Unlock()
		raw(tt.body)
		if e := errorOf(tt.id); e.Code != tt.code {
			t.Errorf("%s: error %v, want code %d", tt.body, e, tt.code)
		}
	}
	// Bad framing, then notifications with bad params: logged, not fatal.
	if _, err := io.WriteString(c.toSrv, "Content-Length: x\r\n\r\n"); err != nil {
		t.Fatal(err)
	}
	raw(`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":7}}`)
	raw(`{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///nowhere.yaml","version":2},"contentChanges":[]}}`)
	raw(`{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":1}}`)
	raw(`{"jsonrpc":"2.0","id":9,"result":null}`) // a response to no request
	uri := fileURI(t.TempDir() + "/ok.yaml")
	c.open(uri, "url: https://api.mixpanel.com\n")
	if d := c.diagnostics(uri, 1); len(d) != 1 {
		t.Errorf("after the bad messages: %+v", d)
	}
	if logs := c.logs(messageError); len(logs) != 3 {
		t.Errorf("logged errors %q, want the framing and the two bad notifications", logs)
	}
	// After shutdown.
	if _, err := c.call("shutdown", nil); err != nil {
		t.Fatal(err)
	}
	if _, err := c.call("textDocument/codeAction", map[string]any{}); err == nil || err.Code != codeInvalidRequest {
		t.Errorf("request after shutdown: %v", err)
	}
	if code := c.exit(false); code != 0 {
		t.Errorf("exit after shutdown: %d", code)
	}
}

func TestExitCodes(t *testing.T) {
	t.Run("exit without shutdown", func(t *testing.T) {
		c := start(t, Options{}, time.Millisecond)
		c.initialize(map[string]any{}, nil)
		if code := c.exit(false); code != 1 {
			t.Errorf("exit code %d, want 1", code)
		}
	})
	t.Run("exit before initialize", func(t *testing.T) {
		c := start(t, Options{}, time.Millisecond)
		if code := c.exit(false); code != 1 {
			t.Errorf("exit code %d, want 1", code)
		}
	})
	t.Run("input ends", func(t *testing.T) {
		c := start(t, Options{}, time.Millisecond)
		c.initialize(map[string]any{}, nil)
		_ = c.toSrv.Close()
		if code := <-c.code; code != 1 {
			t.Errorf("exit code %d, want 1", code)
		}
		c.code <- 1
	})
	t.Run("input ends after shutdown", func(t *testing.T) {
		c := start(t, Options{}, time.Millisecond)
		c.initialize(map[string]any{}, nil)
		if _, err := c.call("shutdown", nil); err != nil {
			t.Fatal(err)
		}
		_ = c.toSrv.Close()
		if code := <-c.code; code != 0 {
			t.Errorf("exit code %d, want 0", code)
		}
		c.code <- 0
	})
	t.Run("flags", func(t *testing.T) {
		var stderr strings.Builder
		if code := Main([]string{"-region=us"}, strings.NewReader(""), io.Discard, &stderr); code != 2 || !strings.Contains(stderr.String(), "invalid region") {
			t.Errorf("-region=us: code %d, %q", code, stderr.String())
		}
		if code := Main([]string{"./..."}, strings.NewReader(""), io.Discard, &stderr); code != 2 {
			t.Errorf("an argument: code %d", code)
		}
		stderr.Reset()
		if code := Main([]string{"-h"}, strings.NewReader(""), io.Discard, &stderr); code != 0 || !strings.Contains(stderr.String(), "Usage: mpreslint lsp") {
			t.Errorf("-h: code %d, %q", code, stderr.String())
		}
	})
}

// TestPanics checks that a panic in a check is logged once, as an error,
// and that the server goes on serving.
func TestPanics(t *testing.T) {
	dir := t.TempDir()
	c := start(t, Options{}, time.Millisecond, func(s *Server) {
		text := s.checkText
		s.checkText = func(path, src string, opts Options) []finding.Finding {
			if strings.HasSuffix(path, "boom.yaml") {
				panic("text boom")
			}
			return text(path, src, opts)
		}
		s.checkGo = func(ctx context.Context, _ string, _ []string, _ map[string][]byte, _ Options) (map[string][]finding.Finding, error) {
			panic("go boom")
		}
	})
	c.initialize(map[string]any{}, nil)
	c.open(fileURI(dir+"/boom.yaml"), "url: https://api.mixpanel.com\n")
	c.open(fileURI(dir+"/main.go"), "package main\n")
	c.wait("the Go check's panic", func(m incoming) bool {
		return m.Method == "window/logMessage" && strings.Contains(string(m.Params), "go boom")
	})
	ok := fileURI(dir + "/ok.yaml")
	c.open(ok, "url: https://api.mixpanel.com\n")
	if d := c.diagnostics(ok, 1); len(d) != 1 {
		t.Errorf("after the panics: %+v", d)
	}
	logs := c.logs(messageError)
	if len(logs) != 2 || !strings.Contains(logs[0], "panic in the check of") || !strings.Contains(logs[0], "text boom") || !strings.Contains(logs[1], "go boom") {
		t.Errorf("logged errors %q, want one per panic", logs)
	}
	// A check that panicked publishes nothing: no false all-clear.
	for _, name := range []string{"/boom.yaml", "/main.go"} {
		if p := c.published(fileURI(dir + name)); len(p) > 0 {
			t.Errorf("%s published after a panic: %+v", name, p)
		}
	}
	if !strings.Contains(c.stderr.String(), "text boom") {
		t.Errorf("standard error %q lacks the panic", c.stderr)
	}
	if code := c.exit(true); code != 0 {
		t.Errorf("exit %d", code)
	}
}

// TestNoGoroutineLeft checks that after exit no goroutine of the server
// is left, the Go checks' included.
func TestNoGoroutineLeft(t *testing.T) {
	before := runtime.NumGoroutine()
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"go.mod": goMod, "main.go": clean})
	func() {
		c := start(t, Options{}, 5*time.Millisecond)
		c.initialize(map[string]any{}, nil)
		uri := fileURI(dir + "/main.go")
		c.open(uri, dirty)
		c.diagnostics(uri, 1)
		c.change(uri, 2, clean) // a check pending or running at exit
		if code := c.exit(true); code != 0 {
			t.Errorf("exit %d", code)
		}
		_ = c.toSrv.Close()
	}()
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		buf := make([]byte, 1<<16)
		t.Errorf("%d goroutines left, %d before:\n%s", n, before, buf[:runtime.Stack(buf, true)])
	}
}
