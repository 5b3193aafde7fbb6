package driver

import (
	"bufio"
	"fmt"
	"go/token"
	"io"
)

// writeText prints each finding as the go command prints a diagnostic,
// file:line:col: message, and its related positions after it, their
// messages indented by a tab, as x/tools' drivers do.
func writeText(w io.Writer, findings []Finding, paths pathDisplay) error {
	bw := bufio.NewWriter(w)
	for _, f := range findings {
		fmt.Fprintf(bw, "%s: %s\n", position(f.Pos, paths), f.Message)
		for _, r := range f.Related {
			fmt.Fprintf(bw, "%s: \t%s\n", position(r.Pos, paths), r.Message)
		}
	}
	return bw.Flush()
}

func position(pos token.Position, paths pathDisplay) string {
	pos.Filename = paths.file(pos.Filename)
	return pos.String()
}
