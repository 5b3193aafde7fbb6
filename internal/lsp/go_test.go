package lsp

import (
	"context"
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mpreslint/mpreslint/internal/finding"
	"github.com/mpreslint/mpreslint/residency"
)

const goMod = "module example.com/m\n\ngo 1.25\n"

// clean and dirty are a Go file without and with a finding; dirty's is
// after non-ASCII text, on line 3 (0-based), at UTF-16 column 26.
const (
	clean = "package main\n\nconst s = \"é😀\"\nconst host = \"api-eu.mixpanel.com\"\n\nfunc main() { println(s, host) }\n"
	dirty = "package main\n\nconst s = \"é😀\"\nconst ü, host = \"😀\", \"api.mixpanel.com\"\n\nfunc main() { println(s, ü, host) }\n"
)

// TestGoRoundTrip checks a Go buffer that differs from the file on disk:
// its finding, its quick fix, and the diagnostics cleared after the fix.
func TestGoRoundTrip(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"go.mod": goMod, "main.go": clean})
	uri := fileURI(filepath.Join(dir, "main.go"))
	c := start(t, Options{}, 10*time.Millisecond)
	c.initialize(map[string]any{}, nil)
	c.open(uri, dirty)
	diags := c.diagnostics(uri, 1)
	want := Range{Start: Position{3, 23}, End: Position{3, 39}}
	if len(diags) != 1 || diags[0].Range != want || diags[0].Code != "host" || diags[0].Source != "mpreslint" {
		t.Fatalf("diagnostics %+v, want one of code host at %+v", diags, want)
	}
	actions := c.codeActions(uri, diags[0].Range, "quickfix")
	if len(actions) != 1 || actions[0].Title != "Use api-eu.mixpanel.com" {
		t.Fatalf("actions %+v", actions)
	}
	fixed := applyEdits(t, dirty, editsOf(t, actions[0], uri), false)
	if want := strings.Replace(dirty, `"api.mixpanel.com"`, `"api-eu.mixpanel.com"`, 1); fixed != want {
		t.Errorf("fixed:\n%s\nwant:\n%s", fixed, want)
	}
	c.change(uri, 2, fixed)
	if diags := c.diagnostics(uri, 2); len(diags) != 0 {
		t.Errorf("after the fix: %+v", diags)
	}
	if code := c.exit(true); code != 0 {
		t.Errorf("exit code %d", code)
	}
}

// TestGoPackage checks that a change to one open file of a package
// re-checks the others (the SDK rule looks across the files), and that
// closing a file re-checks the rest against it as it is on disk.
func TestGoPackage(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"go.mod": goMod, "main.go": clean, "b.go": "package main\n\nvar other = host\n"})
	main, b := fileURI(filepath.Join(dir, "main.go")), fileURI(filepath.Join(dir, "b.go"))
	c := start(t, Options{}, 10*time.Millisecond)
	c.initialize(map[string]any{}, nil)
	c.open(main, dirty)
	c.diagnostics(main, 1)
	c.open(b, "package main\n\nvar other = \"https://api.mixpanel.com\"\n")
	if d := c.diagnostics(b, 1); len(d) != 1 {
		t.Errorf("b.go: %+v", d)
	}
	c.change(b, 2, "package main\n\nvar other = ü\n") // uses main.go's buffer, not the file
	if d := c.diagnostics(b, 2); len(d) != 0 {
		t.Errorf("b.go fixed: %+v", d)
	}
	c.notify("textDocument/didClose", map[string]any{"textDocument": map[string]any{"uri": main}})
	// b.go now refers to ü, which main.go on disk lacks: a type error that
	// gopls reports, not mpreslint, which still checks the package.
	seen := 0
	c.wait("b.go checked again", func(m incoming) bool {
		if p, ok := publishedOf(m); ok && p.URI == b {
			seen++
		}
		return seen == 3 // versions 1, 2, and 2 again after the close
	})
	got := c.published(main)
	if last := got[len(got)-1]; last.Version != nil || len(last.Diagnostics) != 0 {
		t.Errorf("main.go after close: %+v, want cleared last", got)
	}
}

// TestMultiModule opens files of two modules of one workspace (no
// go.work): each is checked in its own module.
func TestMultiModule(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, map[string]string{
		"a/go.mod":      "module example.com/a\n\ngo 1.25\n",
		"a/main.go":     clean,
		"b/go.mod":      "module example.com/b\n\ngo 1.25\n",
		"b/cmd/main.go": clean,
		"b/deploy.yaml": "url: https://api.mixpanel.com\n",
	})
	c := start(t, Options{}, 10*time.Millisecond)
	c.initialize(map[string]any{}, nil)
	for _, name := range []string{"a/main.go", "b/cmd/main.go"} {
		uri := fileURI(filepath.Join(root, filepath.FromSlash(name)))
		c.open(uri, dirty)
		if d := c.diagnostics(uri, 1); len(d) != 1 {
			t.Errorf("%s: %+v, want 1 finding", name, d)
		}
	}
	if w := c.logs(messageWarning); len(w) > 0 {
		t.Errorf("warnings: %q", w)
	}
}

// TestGoIncludeTests checks that test files are checked only with
// includeTests, as on the command line.
func TestGoIncludeTests(t *testing.T) {
	dir := t.TempDir()
	test := "package main\n\nimport \"testing\"\n\nfunc TestX(t *testing.T) { t.Log(\"https://api.mixpanel.com\") }\n"
	writeFiles(t, dir, map[string]string{"go.mod": goMod, "main.go": clean, "main_test.go": test})
	uri := fileURI(filepath.Join(dir, "main_test.go"))
	for _, tests := range []bool{false, true} {
		c := start(t, Options{Region: residency.EU, IncludeTests: tests}, 10*time.Millisecond)
		c.initialize(map[string]any{}, nil)
		c.open(uri, test)
		want := map[bool]int{false: 0, true: 1}[tests]
		if d := c.diagnostics(uri, 1); len(d) != want {
			t.Errorf("includeTests %v: %+v, want %d findings", tests, d, want)
		}
	}
}

// TestStaleVersion checks that a code action asked for after a change,
// before the new version is checked, carries no edit: its offsets are of
// the old text.
func TestStaleVersion(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"go.mod": goMod, "main.go": clean})
	uri := fileURI(filepath.Join(dir, "main.go"))
	c := start(t, Options{}, 10*time.Millisecond)
	c.initialize(map[string]any{}, nil)
	c.open(uri, dirty)
	rng := c.diagnostics(uri, 1)[0].Range
	c.s.mu.Lock()
	c.s.debounce = time.Hour // version 2 waits, unchecked
	c.s.mu.Unlock()
	c.change(uri, 2, "// a new first line\n"+dirty)
	if got := c.codeActions(uri, rng); len(got) != 0 {
		t.Errorf("actions for a stale version: %+v", got)
	}
	c.s.mu.Lock()
	c.s.debounce = 10 * time.Millisecond
	c.s.mu.Unlock()
	c.change(uri, 3, "// a new first line\n"+dirty)
	d := c.diagnostics(uri, 3)
	if len(d) != 1 || d[0].Range.Start.Line != 4 {
		t.Fatalf("version 3: %+v", d)
	}
	if got := c.codeActions(uri, d[0].Range); len(got) != 2 {
		t.Errorf("actions for the current version: %+v", got)
	}
	if p := c.published(uri); len(p) != 2 {
		t.Errorf("published %+v, want versions 1 and 3", p)
	}
}

// TestBurst sends rapid changes to a Go file and a YAML file: the last
// diagnostics published are those of the last version, and no older
// version's come after them.
func TestBurst(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"go.mod": goMod, "main.go": clean})
	goURI, yamlURI := fileURI(filepath.Join(dir, "main.go")), fileURI(filepath.Join(dir, "values.yaml"))
	c := start(t, Options{}, 20*time.Millisecond)
	c.initialize(map[string]any{}, nil)
	c.open(goURI, clean)
	c.open(yamlURI, "a: 1\n")
	const n = 30
	for v := int32(2); v <= n; v++ {
		// The finding moves down a line with each version.
		pad := strings.Repeat("\n", int(v))
		c.change(goURI, v, strings.Replace(dirty, "\n\nconst s", pad+"const s", 1))
		c.change(yamlURI, v, pad+"url: https://api.mixpanel.com\n")
		time.Sleep(time.Duration(v%7) * time.Millisecond) // some changes come within the debounce, some after
	}
	for _, uri := range []string{goURI, yamlURI} {
		d := c.diagnostics(uri, n)
		wantLine := n + 1 // "package main", the padding, const s, the host
		if uri == yamlURI {
			wantLine = n
		}
		if len(d) != 1 || d[0].Range.Start.Line != wantLine {
			t.Errorf("%s version %d: %+v, want one finding on line %d", uri, n, d, wantLine)
		}
	}
	time.Sleep(300 * time.Millisecond)
	for _, uri := range []string{goURI, yamlURI} {
		p := c.published(uri)
		if last := p[len(p)-1]; *last.Version != n {
			t.Errorf("%s: version %d published last", uri, *last.Version)
		}
		for i := 1; i < len(p); i++ {
			if *p[i].Version < *p[i-1].Version {
				t.Errorf("%s: version %d published after %d", uri, *p[i].Version, *p[i-1].Version)
			}
		}
	}
}

// TestCancel checks that a change stops the check of the package running
// for an older version, and that its result is never published.
func TestCancel(t *testing.T) {
	dir := t.TempDir()
	uri := fileURI(filepath.Join(dir, "main.go"))
	started := make(chan int32, 10)
	var canceled atomic.Int32
	c := start(t, Options{}, time.Millisecond, func(s *Server) {
		s.checkGo = func(ctx context.Context, _ string, paths []string, overlay map[string][]byte, _ Options) (map[string][]finding.Finding, error) {
			text := string(overlay[paths[0]])
			var v int32
			_, _ = fmt.Sscanf(text, "// v%d", &v)
			started <- v
			if v == 1 {
				<-ctx.Done() // a slow load, made stale
				canceled.Add(1)
				return nil, ctx.Err()
			}
			return map[string][]finding.Finding{paths[0]: {{Pos: posAt(paths[0], 0), End: posAt(paths[0], 5), Category: "host", Message: text}}}, nil
		}
	})
	c.initialize(map[string]any{}, nil)
	c.open(uri, "// v1\npackage main\n")
	if v := <-started; v != 1 {
		t.Fatalf("first check of version %d", v)
	}
	c.change(uri, 2, "// v2\npackage main\n")
	d := c.diagnostics(uri, 2)
	if len(d) != 1 || !strings.HasPrefix(d[0].Message, "// v2") {
		t.Errorf("version 2: %+v", d)
	}
	if canceled.Load() != 1 {
		t.Errorf("the check of version 1 was not canceled")
	}
	for _, p := range c.published(uri) {
		if *p.Version != 2 {
			t.Errorf("published version %d", *p.Version)
		}
	}
	if code := c.exit(true); code != 0 {
		t.Errorf("exit %d", code)
	}
}

// TestShutdownStopsChecks checks that shutdown cancels a running check
// and a pending one, and returns once they have stopped.
func TestShutdownStopsChecks(t *testing.T) {
	dir := t.TempDir()
	running := make(chan bool, 1)
	var stopped atomic.Bool
	c := start(t, Options{}, time.Millisecond, func(s *Server) {
		s.checkGo = func(ctx context.Context, _ string, _ []string, _ map[string][]byte, _ Options) (map[string][]finding.Finding, error) {
			running <- true
			<-ctx.Done()
			time.Sleep(50 * time.Millisecond) // stopping takes a while
			stopped.Store(true)
			return nil, ctx.Err()
		}
	})
	c.initialize(map[string]any{}, nil)
	c.open(fileURI(filepath.Join(dir, "a", "main.go")), "package main\n")
	<-running
	c.s.mu.Lock()
	c.s.debounce = time.Hour
	c.s.mu.Unlock()
	c.open(fileURI(filepath.Join(dir, "b", "main.go")), "package main\n") // pending
	if code := c.exit(true); code != 0 {
		t.Errorf("exit %d", code)
	}
	if !stopped.Load() {
		t.Error("shutdown returned before the running check stopped")
	}
	if len(running) > 0 {
		t.Error("the pending check ran")
	}
}

func posAt(file string, offset int) token.Position {
	return token.Position{Filename: file, Offset: offset}
}

// TestGoNewFile checks a buffer of a file not yet on disk, in a package
// whose other file is open and changed too: the overlay of go/packages.
func TestGoNewFile(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"go.mod": goMod, "main.go": clean})
	main, added := fileURI(filepath.Join(dir, "main.go")), fileURI(filepath.Join(dir, "added.go"))
	c := start(t, Options{}, 10*time.Millisecond)
	c.initialize(map[string]any{}, nil)
	c.open(main, strings.Replace(clean, "const s = ", "const s, t = \"x\", ", 1))
	c.open(added, "package main\n\nvar u = t + \"https://api.mixpanel.com\"\n")
	if d := c.diagnostics(added, 1); len(d) != 1 || d[0].Range.Start != (Position{2, 21}) {
		t.Errorf("added.go: %+v, want one finding at 2:21", d)
	}
	if w := c.logs(messageWarning); len(w) > 0 {
		t.Errorf("warnings: %q", w)
	}
}

// TestLoadBuffers checks that the packages checked are type-checked from
// the buffers: a buffer's new import (the go command, not told of the
// buffers of the directory checked, must be asked again), and a
// dependency's buffer (told to the go command, for its export data).
func TestLoadBuffers(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"go.mod":     goMod,
		"main.go":    "package main\n\nfunc main() {}\n",
		"lib/lib.go": "package lib\n",
	})
	mainGo, libGo := filepath.Join(dir, "main.go"), filepath.Join(dir, "lib", "lib.go")
	overlay := map[string][]byte{
		mainGo: []byte("package main\n\nimport (\n\t\"strings\"\n\n\t\"example.com/m/lib\"\n)\n\nvar h = strings.ToUpper(lib.Host)\n\nfunc main() {}\n"),
		libGo:  []byte("package lib\n\nconst Host = \"api-eu.mixpanel.com\"\n"),
	}
	opts := Options{Region: residency.EU}
	pkgs, err := loadGo(t.Context(), dir, []string{mainGo}, overlay, opts, false)
	if err != nil {
		t.Fatal(err)
	}
	if importsKnown(pkgs) {
		t.Fatal("the go command listed the buffer's new imports without being told of the buffer")
	}
	pkgs, err = loadGo(t.Context(), dir, []string{mainGo}, overlay, opts, true)
	if err != nil {
		t.Fatal(err)
	}
	if !importsKnown(pkgs) || len(pkgs) != 1 || len(pkgs[0].Errors) > 0 {
		t.Fatalf("with the buffers: %d packages, errors %v", len(pkgs), pkgs[0].Errors)
	}
	if _, err := checkGo(t.Context(), dir, []string{mainGo}, overlay, opts); err != nil {
		t.Fatal(err)
	}
	if entries, _ := filepath.Glob(filepath.Join(os.TempDir(), "mpreslint-lsp-*")); len(entries) > 0 {
		t.Errorf("overlay files left: %v", entries)
	}
}

// TestGoChecksAtOnce checks that no more Go checks run at once than there
// are processors, and that those waiting still run.
func TestGoChecksAtOnce(t *testing.T) {
	dir := t.TempDir()
	var running, most atomic.Int32
	c := start(t, Options{}, time.Millisecond, func(s *Server) {
		s.checkGo = func(ctx context.Context, _ string, paths []string, _ map[string][]byte, _ Options) (map[string][]finding.Finding, error) {
			n := running.Add(1)
			defer running.Add(-1)
			for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
			}
			time.Sleep(20 * time.Millisecond)
			return map[string][]finding.Finding{}, nil
		}
	})
	c.initialize(map[string]any{}, nil)
	const n = 8
	for i := range n {
		c.open(fileURI(filepath.Join(dir, fmt.Sprint(i), "main.go")), "package main\n")
	}
	for i := range n {
		c.diagnostics(fileURI(filepath.Join(dir, fmt.Sprint(i), "main.go")), 1)
	}
	if m := most.Load(); m > int32(runtime.GOMAXPROCS(0)) {
		t.Errorf("%d checks at once, more than GOMAXPROCS %d", m, runtime.GOMAXPROCS(0))
	}
}
