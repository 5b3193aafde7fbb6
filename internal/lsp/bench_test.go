//go:build unix

package lsp

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The benchmarks behind the README's figures (section "In the editor"):
//
//	go test -run '^$' -bench . -benchtime 10x ./internal/lsp
//
// The Go ones check a file of a real module, this one's analyzer/hosts.go
// by default (MPRESLINT_LSP_BENCH_FILE names another), with the build
// cache warm, as in an editor after the first load.

func benchGoFile(b *testing.B) (path, text string) {
	path = os.Getenv("MPRESLINT_LSP_BENCH_FILE")
	if path == "" {
		path = filepath.Join("..", "..", "analyzer", "hosts.go")
	}
	path, err := filepath.Abs(path)
	if err != nil {
		b.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	// A finding, so that there is something to publish.
	return path, string(data) + "\nvar _ = \"https://api.mixpanel.com/track\"\n"
}

// BenchmarkGoOpen measures a file's open to its first diagnostics: a
// load of its package with go/packages and the analysis.
func BenchmarkGoOpen(b *testing.B) {
	path, text := benchGoFile(b)
	defer reportCPU(b)()
	for b.Loop() {
		c := start(b, Options{}, 0)
		c.initialize(map[string]any{}, nil)
		c.open(fileURI(path), text)
		if d := c.diagnostics(fileURI(path), 1); len(d) == 0 {
			b.Fatal("no diagnostics")
		}
		b.StopTimer()
		c.exit(true)
		b.StartTimer()
	}
}

// BenchmarkGoChange measures a change to the diagnostics of its version,
// the debounce included. Each version is new text, as when typing.
func BenchmarkGoChange(b *testing.B) {
	path, text := benchGoFile(b)
	c := start(b, Options{}, goDebounce)
	c.initialize(map[string]any{}, nil)
	uri := fileURI(path)
	c.open(uri, text)
	c.diagnostics(uri, 1)
	v := int32(1)
	defer reportCPU(b)()
	for b.Loop() {
		v++
		c.change(uri, v, fmt.Sprintf("%s// %d\n", text, v))
		c.diagnostics(uri, v)
	}
	b.StopTimer()
	c.exit(true)
}

// BenchmarkTextChange measures a change of a 1,000-line YAML file to its
// diagnostics.
func BenchmarkTextChange(b *testing.B) {
	var sb strings.Builder
	for i := range 1000 {
		if i%100 == 0 {
			sb.WriteString("  url: https://api.mixpanel.com/track\n")
		} else {
			sb.WriteString("  key: value # a comment\n")
		}
	}
	text := sb.String()
	c := start(b, Options{}, goDebounce)
	c.initialize(map[string]any{}, nil)
	uri := fileURI(filepath.Join(b.TempDir(), "values.yaml"))
	c.open(uri, text)
	c.diagnostics(uri, 1)
	v := int32(1)
	defer reportCPU(b)()
	for b.Loop() {
		v++
		c.change(uri, v, text+strings.Repeat("\n", int(v%2)))
		if d := c.diagnostics(uri, v); len(d) != 10 {
			b.Fatalf("%d diagnostics", len(d))
		}
	}
	b.StopTimer()
	c.exit(true)
}

// reportCPU reports the CPU time (user and system, of the process and of
// the go commands it ran) per operation, which a loaded machine inflates
// less than the wall time; call the function it returns at the end.
func reportCPU(b *testing.B) func() {
	cpu := func() time.Duration {
		var self, children syscall.Rusage
		_ = syscall.Getrusage(syscall.RUSAGE_SELF, &self)
		_ = syscall.Getrusage(syscall.RUSAGE_CHILDREN, &children)
		var d time.Duration
		for _, tv := range []syscall.Timeval{self.Utime, self.Stime, children.Utime, children.Stime} {
			d += time.Duration(tv.Nano())
		}
		return d
	}
	start := cpu()
	return func() {
		b.ReportMetric(float64((cpu()-start).Milliseconds())/float64(b.N), "cpu-ms/op")
	}
}
