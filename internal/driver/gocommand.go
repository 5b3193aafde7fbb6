package driver

import "strings"

// ToolIDRequest reports whether args are go vet's or go fix's request for
// the tool's ID, -V=full, which PrintToolID answers.
func ToolIDRequest(args []string) bool {
	return len(args) == 1 && strings.TrimLeft(args[0], "-") == "V=full"
}

// FromGoCommand reports whether go vet or go fix runs the tool, for
// x/tools' unitchecker to serve: with -flags, to list its flags, or on
// one package's *.cfg file.
func FromGoCommand(args []string) bool {
	if len(args) == 1 && strings.TrimLeft(args[0], "-") == "flags" {
		return true
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}
