package driver

import (
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

const modulePath = "github.com/mpreslint/mpreslint"

// Version returns mpreslint's module version in the running binary:
// "v1.2.3" when built from a released module, "(devel)" from a checkout
// (or a directory that replaces the module).
func Version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "(devel)"
	}
	return version(info)
}

func version(info *debug.BuildInfo) string {
	m := &info.Main
	if m.Path != modulePath {
		m = nil
		for _, dep := range info.Deps { // built as a tool of another module
			if dep.Path == modulePath {
				m = dep
			}
		}
	}
	if m == nil || m.Version == "" || m.Replace != nil && m.Replace.Version == "" {
		return "(devel)"
	}
	if m.Replace != nil {
		return m.Replace.Version
	}
	return m.Version
}

// PrintToolID answers go vet's and go fix's -V=full: the go command keys
// its cache of the tool's results on the line printed. It has the form
// the go command parses for a development build of one of its tools,
// "NAME version devel ... buildID=ID", with the ID a hash of the
// executable, so that a rebuilt binary never reuses results cached for
// another (as x/tools' unitchecker does), and mpreslint's version.
func PrintToolID(w io.Writer) error {
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	f, err := os.Open(exe)
	if err != nil {
		return err
	}
	h := sha256.New()
	_, err = io.Copy(h, f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	v := Version() + " "
	if v == "(devel) " {
		v = ""
	}
	_, err = fmt.Fprintf(w, "mpreslint version devel %sbuildID=%x\n", v, h.Sum(nil))
	return err
}
