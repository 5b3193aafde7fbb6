package lsp

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
)

// maxMessage is the largest message body read: far above any buffer an
// editor sends, well below what would exhaust memory.
const maxMessage = 256 << 20

// JSON-RPC and LSP error codes.
const (
	codeParseError           = -32700
	codeInvalidRequest       = -32600
	codeMethodNotFound       = -32601
	codeInvalidParams        = -32602
	codeInternalError        = -32603
	codeServerNotInitialized = -32002
)

// A message is a JSON-RPC 2.0 message as read: a request (ID and
// Method), a notification (Method alone) or a response (ID alone).
type message struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id,omitempty"`
	Method  string          `json:"method,omitempty"`
	Params  json.RawMessage `json:"params,omitempty"`
}

// isRequest reports whether m expects a response.
func (m *message) isRequest() bool { return len(m.ID) > 0 && string(m.ID) != "null" }

// An rpcError is a JSON-RPC error object.
type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (e *rpcError) Error() string { return fmt.Sprintf("%s (%d)", e.Message, e.Code) }

// A framingError is a malformed header: the message it starts is lost,
// and reading goes on with the next header.
type framingError struct{ msg string }

func (e *framingError) Error() string { return "malformed message header: " + e.msg }

// reader reads the messages of the base protocol: headers, a blank line,
// and a body of Content-Length bytes.
type reader struct{ r *bufio.Reader }

func newReader(r io.Reader) *reader { return &reader{bufio.NewReader(r)} }

// read returns the next message body. It returns io.EOF at the end of
// the input between messages, a *framingError for a header it cannot
// use (the caller may read on), and any other error of the input.
func (r *reader) read() ([]byte, error) {
	length := -1
	var bad string
	lines := 0
	for {
		line, err := r.r.ReadString('\n')
		if err != nil {
			if errors.Is(err, io.EOF) && (line != "" || lines > 0) {
				err = io.ErrUnexpectedEOF
			}
			return nil, err
		}
		lines++
		line = strings.TrimRight(line, "\r\n")
		if line == "" {
			break
		}
		name, value, ok := strings.Cut(line, ":")
		switch {
		case !ok:
			bad = fmt.Sprintf("header line %q has no colon", truncate(line))
		case strings.EqualFold(strings.TrimSpace(name), "Content-Length"):
			n, err := strconv.Atoi(strings.TrimSpace(value))
			if err != nil || n < 0 || n > maxMessage {
				bad = fmt.Sprintf("bad Content-Length %q", truncate(strings.TrimSpace(value)))
			} else {
				length = n
			}
		}
	}
	switch {
	case bad != "":
		return nil, &framingError{bad}
	case length < 0:
		return nil, &framingError{"no Content-Length"}
	}
	body := make([]byte, length)
	if _, err := io.ReadFull(r.r, body); err != nil {
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return nil, err
	}
	return body, nil
}

func truncate(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

// writer writes messages, one at a time.
type writer struct {
	mu sync.Mutex
	w  io.Writer
}

// write writes v as one message.
func (w *writer) write(v any) error {
	body, err := json.Marshal(v)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n", len(body))
	b.Write(body)
	w.mu.Lock()
	defer w.mu.Unlock()
	_, err = w.w.Write(b.Bytes())
	return err
}

// The messages the server writes.
type (
	response struct {
		JSONRPC string          `json:"jsonrpc"`
		ID      json.RawMessage `json:"id"`
		Result  any             `json:"result"`
	}
	errorResponse struct {
		JSONRPC string          `json:"jsonrpc"`
		ID      json.RawMessage `json:"id"`
		Error   *rpcError       `json:"error"`
	}
	notification struct {
		JSONRPC string `json:"jsonrpc"`
		Method  string `json:"method"`
		Params  any    `json:"params"`
	}
)

var nullID = json.RawMessage("null")
