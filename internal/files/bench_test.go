package files

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mpreslint/mpreslint/residency"
)

// BenchmarkCheckGOROOT checks the text files of GOROOT, many of them
// configuration, HTML and JavaScript, none of them mentioning Mixpanel:
// the cost that -files adds to a run over a tree without Mixpanel. The
// cost of the whole command with and without -files is measured by
// go run ./internal/bench/files.
func BenchmarkCheckGOROOT(b *testing.B) {
	root := goroot(b)
	paths := Walk([]Root{{Dir: root, Tree: true}}, false).Files
	var size int64
	for _, p := range paths {
		if info, err := os.Stat(p); err == nil {
			size += info.Size()
		}
	}
	for b.Loop() {
		if _, errs := Check([]Root{{Dir: root, Tree: true}}, Options{Region: residency.EU}); len(errs) > 0 {
			b.Fatal(errs)
		}
	}
	b.ReportMetric(float64(len(paths)), "files")
	b.ReportMetric(float64(size)/(1<<20), "MiB")
}

// BenchmarkReadGOROOT reads and gates every file of GOROOT that has a
// format, those under testdata and the other skipped directories
// included: the cost per file of a tree with no Mixpanel mention.
func BenchmarkReadGOROOT(b *testing.B) {
	root := goroot(b)
	var paths []string
	var size int64
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() && formatOf(path) != nil {
			paths = append(paths, path)
			if info, err := d.Info(); err == nil {
				size += info.Size()
			}
		}
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		for _, p := range paths {
			if _, _, err := checkFile(p, residency.EU); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(paths)), "files")
	b.ReportMetric(float64(size)/(1<<20), "MiB")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(paths)), "ns/file")
}

func goroot(b *testing.B) string {
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		b.Skip("go env GOROOT:", err)
	}
	return strings.TrimSpace(string(out))
}
