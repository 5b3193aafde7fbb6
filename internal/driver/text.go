package driver

import (
	"fmt"
	"go/token"
	"io"
	"strings"
)

// writeText prints each finding as the go command prints a diagnostic,
// file:line:col: message, and its related positions after it, their
// messages indented by a tab, as x/tools' drivers do.
func writeText(w io.Writer, findings []Finding, paths pathDisplay) error {
	var b strings.Builder
	for _, f := range findings {
		fmt.Fprintf(&b, "%s: %s\n", position(f.Pos, paths), f.Message)
		for _, r := range f.Related {
			fmt.Fprintf(&b, "%s: \t%s\n", position(r.Pos, paths), r.Message)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func position(pos token.Position, paths pathDisplay) string {
	pos.Filename = paths.file(pos.Filename)
	return pos.String()
}
