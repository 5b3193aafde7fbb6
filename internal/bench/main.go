// Command bench measures mpreslint against its type-checking floor, the
// analyzer of ./floor that walks the same literals and does nothing else,
// over the same packages:
//
//	go run ./internal/bench [-n 5] [packages]   (default: go/... net/...)
//
// Modes: go vet -vettool=BIN, standalone BIN, and the analysis alone: both
// analyzers run in this process, one package at a time, over packages
// loaded once as the standalone mode loads them.
//
// Before each repetition it builds both tools from the current tree with
// a new -ldflags=-X=main.salt=<run>-<N> (no such variable: the flag alone
// changes the build ID), so that their tool IDs differ from those of every
// earlier run and go vet's cache of results misses. The build cache is
// warmed first, so no run compiles. Runs alternate A B, B A, … and the
// medians are printed: wall and CPU time (user+sys of the process tree),
// and the ratios of paired runs with their range.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/mpreslint/mpreslint/analyzer"
	"github.com/mpreslint/mpreslint/internal/bench/floor"
)

// A mode runs a tool binary over the packages.
type mode struct {
	name string
	args func(tool string, pkgs []string) []string // the command line
	ok   []int                                     // exit codes with or without findings
}

var modes = []mode{
	{"go vet", func(tool string, pkgs []string) []string {
		return append([]string{"go", "vet", "-vettool=" + tool}, pkgs...)
	}, []int{0, 1}},
	{"standalone", func(tool string, pkgs []string) []string {
		return append([]string{tool}, pkgs...)
	}, []int{0, 3}},
}

// The tools, A and B: names, packages of their commands, analyzers.
var (
	names     = []string{"mpreslint", "floor"}
	commands  = []string{"./cmd/mpreslint", "./internal/bench/floor/vettool"}
	analyzers = []*analysis.Analyzer{analyzer.Analyzer, floor.Analyzer}
)

// sample is the cost of one run.
type sample struct{ wall, cpu time.Duration }

func main() {
	log.SetFlags(0)
	log.SetPrefix("bench: ")
	n := flag.Int("n", 5, "repetitions")
	flag.Parse()
	if *n < 1 {
		log.Fatal("-n must be at least 1")
	}
	pkgs := flag.Args()
	if len(pkgs) == 0 {
		pkgs = []string{"go/...", "net/..."}
	}
	root, err := output("go", "list", "-m", "-f", "{{.Dir}}", "github.com/mpreslint/mpreslint")
	if err != nil {
		log.Fatalf("run me inside the mpreslint module: %v", err)
	}
	tmp, err := os.MkdirTemp("", "mpreslint-bench-")
	if err != nil {
		log.Fatal(err)
	}
	defer func() {
		if err := os.RemoveAll(tmp); err != nil {
			log.Print(err)
		}
	}()
	// Salts unique to this run: a tool ID seen by an earlier run would
	// find that run's results in go vet's cache.
	run0 := strconv.FormatInt(time.Now().UnixNano(), 36)
	b := &builder{root: root, dir: tmp, ids: make(map[string]bool)}

	fmt.Printf("packages %s, %d repetitions, GOMAXPROCS %d, load %s\n", strings.Join(pkgs, " "), *n, runtime.GOMAXPROCS(0), loadavg())
	warm := b.tools(run0 + "-warm")
	for _, m := range modes { // fill the build cache
		for _, tool := range warm {
			run(m, tool, pkgs)
		}
	}
	loaded, err := packages.Load(&packages.Config{Mode: packages.LoadSyntax | packages.NeedModule, Tests: true}, pkgs...)
	if err != nil {
		log.Fatal(err)
	}

	samples := make(map[string][]sample) // by mode and tool name
	add := func(mode string, t int, s sample) {
		samples[mode+"/"+names[t]] = append(samples[mode+"/"+names[t]], s)
	}
	for i := range *n {
		tools := b.tools(run0 + "-" + strconv.Itoa(i))
		order := []int{0, 1}
		if i%2 == 1 {
			order = []int{1, 0}
		}
		for _, m := range modes {
			for _, t := range order {
				add(m.name, t, run(m, tools[t], pkgs))
			}
		}
		for _, t := range order {
			add("analysis", t, analyze(analyzers[t], loaded))
		}
	}

	fmt.Printf("load after %s; medians:\n", loadavg())
	fmt.Printf("%-11s %-23s %-23s %s\n", "", names[0], names[1], "mpreslint/floor")
	rows := []string{"go vet", "standalone", "analysis"}
	for _, row := range rows {
		a, f := samples[row+"/"+names[0]], samples[row+"/"+names[1]]
		fmt.Printf("%-11s %-23s %-23s %s\n", row, costs(a), costs(f), ratios(a, f))
	}
	fmt.Printf("(analysis: in process, one package at a time, so cpu = wall)\n")
	fmt.Printf("mpreslint standalone/go vet: %s\n", ratios(samples["standalone/mpreslint"], samples["go vet/mpreslint"]))
}

// builder builds the tools.
type builder struct {
	root, dir string
	ids       map[string]bool // tool IDs seen
}

// tools builds mpreslint and the floor with salt and returns their paths.
func (b *builder) tools(salt string) []string {
	var paths []string
	for i, pkg := range commands {
		exe := filepath.Join(b.dir, names[i]+"-"+salt)
		cmd := exec.Command("go", "build", "-o", exe, "-ldflags=-X=main.salt="+salt, pkg)
		cmd.Dir, cmd.Stderr = b.root, os.Stderr
		if err := cmd.Run(); err != nil {
			log.Fatalf("building %s: %v", pkg, err)
		}
		// go vet keys its cache with the buildID that -V=full prints.
		out, err := output(exe, "-V=full")
		id := out[strings.LastIndex(out, " ")+1:]
		if err != nil || b.ids[id] {
			log.Fatalf("%s has no new tool ID (%q, %v): go vet would reuse cached results", exe, id, err)
		}
		b.ids[id] = true
		paths = append(paths, exe)
	}
	return paths
}

// run runs tool in mode m over pkgs and returns its cost.
func run(m mode, tool string, pkgs []string) sample {
	args := m.args(tool, pkgs)
	cmd := exec.Command(args[0], args[1:]...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) || !slices.Contains(m.ok, ee.ExitCode()) {
			log.Fatalf("%s: %v\n%s", strings.Join(args, " "), err, stderr.Bytes())
		}
	}
	// On Linux the rusage of a waited-for process includes its waited-for
	// descendants: go vet's tool runs, the go list of standalone.
	return sample{wall, cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()}
}

// analyze runs a over pkgs in process, one package at a time, and returns
// its cost: the analysis alone, with the inspector it requires.
func analyze(a *analysis.Analyzer, pkgs []*packages.Package) sample {
	runtime.GC() // start from a clean heap
	start := time.Now()
	if _, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, &checker.Options{Sequential: true}); err != nil {
		log.Fatal(err)
	}
	wall := time.Since(start)
	return sample{wall, wall}
}

// costs formats the medians of samples.
func costs(s []sample) string {
	return fmt.Sprintf("wall %5.2fs cpu %5.2fs",
		median(s, func(s sample) float64 { return s.wall.Seconds() }),
		median(s, func(s sample) float64 { return s.cpu.Seconds() }))
}

// ratios formats the medians of the ratios of paired samples, with their
// range.
func ratios(a, b []sample) string {
	var wall, cpu []float64
	for i := range a {
		wall = append(wall, a[i].wall.Seconds()/b[i].wall.Seconds())
		cpu = append(cpu, a[i].cpu.Seconds()/b[i].cpu.Seconds())
	}
	id := func(x float64) float64 { return x }
	return fmt.Sprintf("wall %.3f× (%.2f–%.2f) cpu %.3f× (%.2f–%.2f)",
		median(wall, id), slices.Min(wall), slices.Max(wall), median(cpu, id), slices.Min(cpu), slices.Max(cpu))
}

func median[T any](s []T, f func(T) float64) float64 {
	var xs []float64
	for _, x := range s {
		xs = append(xs, f(x))
	}
	slices.Sort(xs)
	if len(xs)%2 == 1 {
		return xs[len(xs)/2]
	}
	return (xs[len(xs)/2-1] + xs[len(xs)/2]) / 2
}

func output(name string, args ...string) (string, error) {
	out, err := exec.Command(name, args...).Output()
	return strings.TrimSpace(string(out)), err
}

// loadavg returns the 1, 5 and 15 minute load averages, if known.
func loadavg() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	return strings.Join(strings.Fields(string(data))[:3], " ")
}
