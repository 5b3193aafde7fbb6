package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/textproto"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// TestAnalysesSetting checks that the gopls setting
// "analyses": {"mpreslint": false} turns mpreslint off. The gopls command
// line cannot pass settings, so this test speaks LSP to `gopls serve`.
func TestAnalysesSetting(t *testing.T) {
	requireIntegration(t)
	gopls := binary(t, goplsEU)
	dir := fixture(t)
	for _, tt := range []struct {
		name     string
		settings map[string]any
		want     int // mpreslint diagnostics in host.go
	}{
		{"default", map[string]any{}, 1},
		{"on", map[string]any{"analyses": map[string]bool{"mpreslint": true}}, 1},
		{"off", map[string]any{"analyses": map[string]bool{"mpreslint": false}}, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := startLSP(t, gopls, dir, tt.settings)
			got := 0
			for _, d := range s.diagnose(filepath.Join(dir, "host.go")) {
				if d.Source == "mpreslint" {
					got++
				}
			}
			if got != tt.want {
				t.Errorf("settings %v: got %d mpreslint diagnostics in host.go, want %d", tt.settings, got, tt.want)
			}
		})
	}
}

// lspSession is a minimal LSP client of `gopls serve`.
type lspSession struct {
	t        *testing.T
	in       io.Writer
	out      *textproto.Reader
	settings map[string]any
	lastID   int
	diags    map[string][]lspDiagnostic // last published, by URI
}

type lspDiagnostic struct{ Source, Message string }

type lspMessage struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id,omitempty"`
	Method  string          `json:"method,omitempty"`
	Params  json.RawMessage `json:"params,omitempty"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   *struct {
		Message string `json:"message"`
	} `json:"error,omitempty"`
}

func startLSP(t *testing.T, gopls, dir string, settings map[string]any) *lspSession {
	cmd := command(dir, gopls, "serve")
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = in.Close() // ends the session: gopls exits on end of input
		if err := cmd.Wait(); err != nil && !t.Failed() {
			t.Errorf("gopls serve: %v\n%s", err, stderr.Bytes())
		}
	})
	s := &lspSession{
		t:        t,
		in:       in,
		out:      textproto.NewReader(bufio.NewReader(out)),
		settings: settings,
		diags:    make(map[string][]lspDiagnostic),
	}
	root := fileURI(dir)
	s.call("initialize", map[string]any{
		"processId":        os.Getpid(),
		"rootUri":          root,
		"workspaceFolders": []any{map[string]string{"uri": root, "name": "fixture"}},
		"capabilities":     map[string]any{"workspace": map[string]bool{"configuration": true}},
	})
	s.send(nil, "initialized", map[string]any{})
	t.Cleanup(func() {
		s.call("shutdown", nil)
		s.send(nil, "exit", nil)
	})
	return s
}

// diagnose opens file and returns its diagnostics.
func (s *lspSession) diagnose(file string) []lspDiagnostic {
	text, err := os.ReadFile(file)
	if err != nil {
		s.t.Fatal(err)
	}
	uri := fileURI(file)
	s.send(nil, "textDocument/didOpen", map[string]any{
		"textDocument": map[string]any{"uri": uri, "languageId": "go", "version": 1, "text": string(text)},
	})
	// gopls publishes the diagnostics before it answers.
	s.call("workspace/executeCommand", map[string]any{
		"command":   "gopls.diagnose_files",
		"arguments": []any{map[string]any{"Files": []string{uri}}},
	})
	return s.diags[uri]
}

// call sends a request and returns its result, answering the server's
// requests and recording its diagnostics meanwhile.
func (s *lspSession) call(method string, params any) json.RawMessage {
	s.t.Helper()
	s.lastID++
	id := json.RawMessage(strconv.Itoa(s.lastID))
	s.send(id, method, params)
	for {
		msg := s.read()
		switch {
		case msg.Method == "" && string(msg.ID) == string(id):
			if msg.Error != nil {
				s.t.Fatalf("%s: %s", method, msg.Error.Message)
			}
			return msg.Result
		case msg.Method == "workspace/configuration":
			var p struct{ Items []any }
			s.unmarshal(msg.Params, &p)
			result := make([]any, len(p.Items))
			for i := range result {
				result[i] = s.settings
			}
			s.reply(msg.ID, result)
		case msg.Method == "textDocument/publishDiagnostics":
			var p struct {
				URI         string
				Diagnostics []lspDiagnostic
			}
			s.unmarshal(msg.Params, &p)
			s.diags[p.URI] = p.Diagnostics
		case msg.ID != nil && msg.Method != "":
			s.reply(msg.ID, nil) // other requests: registerCapability and such
		}
	}
}

// reply answers the server's request id.
func (s *lspSession) reply(id json.RawMessage, result any) {
	s.write(lspMessage{ID: id, Result: s.marshal(result)})
}

// send sends a request, or a notification if id is nil.
func (s *lspSession) send(id json.RawMessage, method string, params any) {
	msg := lspMessage{ID: id, Method: method}
	if params != nil {
		msg.Params = s.marshal(params)
	}
	s.write(msg)
}

func (s *lspSession) write(msg lspMessage) {
	msg.JSONRPC = "2.0"
	data := s.marshal(msg)
	if _, err := fmt.Fprintf(s.in, "Content-Length: %d\r\n\r\n%s", len(data), data); err != nil {
		s.t.Fatal(err)
	}
}

func (s *lspSession) marshal(v any) json.RawMessage {
	data, err := json.Marshal(v)
	if err != nil {
		s.t.Fatal(err)
	}
	return data
}

func (s *lspSession) read() lspMessage {
	s.t.Helper()
	header, err := s.out.ReadMIMEHeader()
	if err != nil {
		s.t.Fatalf("reading from gopls: %v", err)
	}
	n, err := strconv.Atoi(header.Get("Content-Length"))
	if err != nil {
		s.t.Fatalf("reading from gopls: bad Content-Length: %v", err)
	}
	data := make([]byte, n)
	if _, err := io.ReadFull(s.out.R, data); err != nil {
		s.t.Fatalf("reading from gopls: %v", err)
	}
	var msg lspMessage
	if err := json.Unmarshal(data, &msg); err != nil {
		s.t.Fatalf("reading from gopls: %v", err)
	}
	return msg
}

func (s *lspSession) unmarshal(data json.RawMessage, v any) {
	if err := json.Unmarshal(data, v); err != nil {
		s.t.Fatal(err)
	}
}

func fileURI(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		panic(err)
	}
	return "file://" + filepath.ToSlash(abs)
}
