package driver

import (
	"bufio"
	"fmt"
	"io"
)

// writeText prints each finding as the go command prints a diagnostic:
// file:line:col: message.
func writeText(w io.Writer, findings []Finding, paths pathDisplay) error {
	bw := bufio.NewWriter(w)
	for _, f := range findings {
		fmt.Fprintf(bw, "%s:%d:%d: %s\n", paths.file(f.Pos.Filename), f.Pos.Line, f.Pos.Column, f.Message)
	}
	return bw.Flush()
}
