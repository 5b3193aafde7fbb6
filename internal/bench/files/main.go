// Command files measures what checking the text files costs the
// standalone command: it runs mpreslint ./... and mpreslint -files=false
// ./... in a directory, alternating (A B, B A, …), and prints the median
// wall and CPU times (user+sys) and the median and range of the paired
// ratios.
//
//	go run ./internal/bench/files [-n 5] [dir]   (default: $(go env GOROOT)/src)
//
// It builds mpreslint from the current tree once; the packages' export
// data is in the build cache after the first run, which is not counted.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

type sample struct{ wall, cpu time.Duration }

func main() {
	log.SetFlags(0)
	log.SetPrefix("bench/files: ")
	n := flag.Int("n", 5, "repetitions")
	flag.Parse()
	dir := flag.Arg(0)
	if dir == "" {
		out, err := exec.Command("go", "env", "GOROOT").Output()
		if err != nil {
			log.Fatal(err)
		}
		dir = filepath.Join(strings.TrimSpace(string(out)), "src")
	}
	tmp, err := os.MkdirTemp("", "mpreslint-bench-")
	if err != nil {
		log.Fatal(err)
	}
	defer func() { _ = os.RemoveAll(tmp) }() // best effort: the directory is temporary
	bin := filepath.Join(tmp, "mpreslint")
	if out, err := exec.Command("go", "build", "-o", bin, "./cmd/mpreslint").CombinedOutput(); err != nil {
		log.Fatalf("building mpreslint: %v\n%s", err, out)
	}
	modes := [][]string{{"./..."}, {"-files=false", "./..."}}
	run(bin, dir, modes[0]) // warm the build cache
	samples := make([][]sample, len(modes))
	for i := range *n {
		for j := range modes {
			m := (i + j) % len(modes) // A B, B A, …
			samples[m] = append(samples[m], run(bin, dir, modes[m]))
		}
	}
	fmt.Printf("%s, %d runs each\n", dir, *n)
	for m, args := range modes {
		fmt.Printf("mpreslint %-22s wall %.2f s, CPU %.2f s\n", strings.Join(args, " "), median(samples[m], func(s sample) float64 { return s.wall.Seconds() }), median(samples[m], func(s sample) float64 { return s.cpu.Seconds() }))
	}
	for _, kind := range []struct {
		name string
		of   func(sample) time.Duration
	}{{"wall", func(s sample) time.Duration { return s.wall }}, {"CPU", func(s sample) time.Duration { return s.cpu }}} {
		var ratios []float64
		for i := range samples[0] {
			ratios = append(ratios, kind.of(samples[0][i]).Seconds()/kind.of(samples[1][i]).Seconds())
		}
		slices.Sort(ratios)
		fmt.Printf("-files / -files=false, %s: %.2f× (%.2f–%.2f)\n", kind.name, median(ratios, func(r float64) float64 { return r }), ratios[0], ratios[len(ratios)-1])
	}
}

// run runs mpreslint with args in dir, which may report findings.
func run(bin, dir string, args []string) sample {
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if exit, ok := err.(*exec.ExitError); err != nil && (!ok || exit.ExitCode() != 3) {
		log.Fatalf("mpreslint %s: %v", strings.Join(args, " "), err)
	}
	return sample{wall, cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()}
}

func median[T any](s []T, f func(T) float64) float64 {
	v := make([]float64, len(s))
	for i, x := range s {
		v[i] = f(x)
	}
	slices.Sort(v)
	if len(v)%2 == 1 {
		return v[len(v)/2]
	}
	return (v[len(v)/2-1] + v[len(v)/2]) / 2
}
