package lsp

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"maps"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/mpreslint/mpreslint/analyzer"
	"github.com/mpreslint/mpreslint/internal/files"
	"github.com/mpreslint/mpreslint/internal/finding"
)

// What is checked.
type kind int

const (
	unchecked kind = iota // no file, a format not checked, code of others
	goFile
	textFile
)

// kindOf returns how the file path is checked under opts.
func kindOf(path string, opts Options) kind {
	switch {
	case path == "" || othersCode(path):
		return unchecked
	case isGo(path):
		if !opts.IncludeTests && strings.HasSuffix(path, "_test.go") {
			return unchecked
		}
		return goFile
	case files.Checks(path, files.Options{Region: opts.Region, IncludeTests: opts.IncludeTests}):
		return textFile
	}
	return unchecked
}

func isGo(path string) bool { return strings.HasSuffix(path, ".go") }

// othersCode reports whether path is in a vendor or node_modules
// directory, code of others that the command does not check either.
func othersCode(path string) bool {
	for _, dir := range strings.Split(filepath.ToSlash(filepath.Dir(path)), "/") {
		if dir == "vendor" || dir == "node_modules" {
			return true
		}
	}
	return false
}

// check checks the open document uri as it now is: a text file at once,
// a Go file's package after the debounce.
func (s *Server) check(uri string) {
	s.mu.Lock()
	doc := s.docs[uri]
	if doc == nil || s.closed {
		s.mu.Unlock()
		return
	}
	opts, path, version, text := s.opts, doc.path, doc.version, doc.text
	k := kindOf(path, opts)
	if k == goFile {
		s.scheduleGo(filepath.Dir(path))
	}
	s.mu.Unlock()
	switch k {
	case textFile:
		var found []finding.Finding
		if s.guard("the check of "+path, func() { found = s.checkText(path, text, opts) }) {
			s.publish(uri, version, found)
		}
	case unchecked:
		if path != "" {
			s.publish(uri, version, nil) // clears what an earlier configuration found
		}
	}
}

// scheduleGo (with s.mu held) checks the open Go files of dir after the
// debounce, and stops a check of them that is pending or running: it is
// stale.
func (s *Server) scheduleGo(dir string) {
	if s.closed {
		return
	}
	p := s.packages[dir]
	if p == nil {
		p = &goPackage{}
		s.packages[dir] = p
	}
	p.gen++
	if p.cancel != nil {
		p.cancel()
		p.cancel = nil
	}
	if p.timer != nil && p.timer.Stop() {
		s.wg.Done()
	}
	gen := p.gen
	s.wg.Add(1)
	p.timer = time.AfterFunc(s.debounce, func() {
		defer s.wg.Done()
		s.runGo(dir, gen)
	})
}

// runGo checks the open Go files of dir, unless a change came after the
// one that scheduled it (gen), and publishes their findings.
func (s *Server) runGo(dir string, gen int) {
	s.mu.Lock()
	p := s.packages[dir]
	if s.closed || p == nil || p.gen != gen {
		s.mu.Unlock()
		return
	}
	p.timer = nil
	ctx, cancel := context.WithCancel(s.ctx)
	defer cancel()
	p.cancel = cancel
	opts := s.opts
	overlay := make(map[string][]byte)
	versions := make(map[string]int32) // of the checked documents, by URI
	var paths []string
	for _, d := range s.docs {
		if d.path == "" || !isGo(d.path) {
			continue
		}
		overlay[d.path] = []byte(d.text)
		if filepath.Dir(d.path) == dir && kindOf(d.path, opts) == goFile {
			paths = append(paths, d.path)
			versions[d.uri] = d.version
		}
	}
	if len(paths) == 0 {
		delete(s.packages, dir)
	}
	s.mu.Unlock()
	if len(paths) == 0 {
		return
	}
	slices.Sort(paths)
	// As many packages at once as there are processors: a change of
	// settings re-checks every open package.
	select {
	case s.slots <- struct{}{}:
		defer func() { <-s.slots }()
	case <-ctx.Done():
		return
	}
	var (
		found map[string][]finding.Finding
		err   error
	)
	ok := s.guard("the check of "+dir, func() { found, err = s.checkGo(ctx, dir, paths, overlay, opts) })
	if !ok || ctx.Err() != nil {
		return // a panic (logged), stale, or the server is shutting down
	}
	if err != nil {
		s.logf(messageWarning, "%s: %v", dir, err)
	}
	for uri, v := range versions {
		if err == nil || found != nil {
			s.publish(uri, v, found[uriPath(uri)])
		}
	}
	s.mu.Lock()
	if p.gen == gen {
		p.cancel = nil
	}
	s.mu.Unlock()
}

// guard runs f and reports whether it returned; a panic in it is logged
// as one error, and the server goes on.
func (s *Server) guard(what string, f func()) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			s.logf(messageError, "panic in %s: %v\n%s", what, r, debug.Stack())
		}
	}()
	f()
	return true
}

// publish publishes the findings of version of the document uri, if it
// is still at that version, and keeps them for its code actions.
func (s *Server) publish(uri string, version int32, found []finding.Finding) {
	s.pubMu.Lock()
	defer s.pubMu.Unlock()
	s.mu.Lock()
	doc := s.docs[uri]
	if doc == nil || doc.version != version {
		s.mu.Unlock()
		return
	}
	doc.findings, doc.published, doc.hasResult = found, version, true
	m := newMapper(doc.text, s.encoding)
	diags := make([]Diagnostic, 0, len(found))
	for _, f := range found {
		diags = append(diags, s.diagnostic(doc, m, f))
	}
	s.mu.Unlock()
	s.send("textDocument/publishDiagnostics", PublishDiagnosticsParams{URI: uri, Version: &version, Diagnostics: diags})
}

// diagnostic returns the diagnostic of the finding f of doc.
func (s *Server) diagnostic(doc *document, m *mapper, f finding.Finding) Diagnostic {
	d := Diagnostic{
		Range:    m.rangeOf(f.Pos.Offset, f.End.Offset),
		Severity: severityError,
		Code:     f.Category,
		Source:   "mpreslint",
		Message:  f.Message,
	}
	if f.Category == "directive" {
		d.Severity = severityWarning // as in SARIF: a comment to tidy, not data leaving the region
	}
	d.CodeDescription = &CodeDescription{Href: cmp.Or(f.URL, analyzer.ReadmeURL+"#"+f.Category)}
	for _, r := range f.Related {
		if r.Pos.Filename == doc.path {
			d.RelatedInformation = append(d.RelatedInformation, DiagnosticRelatedInformation{
				Location: Location{URI: doc.uri, Range: m.rangeOf(r.Pos.Offset, r.End.Offset)},
				Message:  r.Message,
			})
		}
	}
	return d
}

// checkText is the file scan of a buffer.
func checkText(path, text string, opts Options) []finding.Finding {
	found := files.CheckSource(path, text, files.Options{Region: opts.Region, IncludeTests: opts.IncludeTests})
	for i := range found {
		found[i].Package = filepath.Dir(path)
		found[i].Analyzer = "mpreslint"
	}
	return found
}

// checkGo loads the packages of the Go files paths of dir, with the open
// buffers in overlay, runs the analyzer over them and returns the
// findings by file. The go command runs in dir, so it finds the file's
// own module (or go.work).
func checkGo(ctx context.Context, dir string, paths []string, overlay map[string][]byte, opts Options) (map[string][]finding.Finding, error) {
	overlay = maps.Clone(overlay)
	for path, content := range overlay {
		if onDisk, err := os.ReadFile(path); err == nil && bytes.Equal(onDisk, content) {
			delete(overlay, path) // an unchanged buffer costs the go command nothing
		}
	}
	pkgs, err := loadGo(ctx, dir, paths, overlay, opts, false)
	if err == nil && !importsKnown(pkgs) {
		// A buffer imports a package that the files on disk do not.
		pkgs, err = loadGo(ctx, dir, paths, overlay, opts, true)
	}
	if err != nil {
		return nil, err
	}
	a := analyzer.New(analyzer.Options{Region: opts.Region, IncludeTests: opts.IncludeTests})
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		return nil, err
	}
	all, errs := finding.FromGraph(graph, false)
	found := make(map[string][]finding.Finding)
	for _, f := range all {
		found[f.Pos.Filename] = append(found[f.Pos.Filename], f)
	}
	for _, fs := range found {
		slices.SortStableFunc(fs, func(x, y finding.Finding) int {
			return cmp.Or(cmp.Compare(x.Pos.Offset, y.Pos.Offset), cmp.Compare(x.Message, y.Message))
		})
	}
	if len(errs) > 0 {
		return found, fmt.Errorf("analysis: %s", strings.Join(errs, "; "))
	}
	return found, nil
}

// loadGo loads the packages of the Go files paths of dir with the
// buffers of overlay (see setOverlay; all tells the go command of the
// buffers of dir too).
func loadGo(ctx context.Context, dir string, paths []string, overlay map[string][]byte, opts Options, all bool) ([]*packages.Package, error) {
	cfg := &packages.Config{
		Context: ctx,
		Mode:    packages.LoadSyntax,
		Dir:     dir,
		Tests:   opts.IncludeTests,
	}
	if err := setOverlay(cfg, overlay, dir, all); err != nil {
		return nil, err
	}
	defer cleanOverlay(cfg)
	patterns := make([]string, len(paths))
	for i, p := range paths {
		patterns[i] = "file=" + p
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, err
	}
	if len(pkgs) == 0 {
		return nil, fmt.Errorf("no package holds %s", strings.Join(paths, ", "))
	}
	return pkgs, nil
}

// importsKnown reports whether the go command listed every package that
// the parsed files of pkgs import.
func importsKnown(pkgs []*packages.Package) bool {
	for _, p := range pkgs {
		for _, f := range p.Syntax {
			for _, imp := range f.Imports {
				path, err := strconv.Unquote(imp.Path.Value)
				if err == nil && path != "C" && p.Imports[path] == nil {
					return false
				}
			}
		}
	}
	return true
}

// setOverlay makes cfg load the files of overlay with its contents.
//
// go/packages's own Config.Overlay makes it distrust the export data of
// every dependency and type-check them all from source: 0.6 s of CPU for
// a package that imports golang.org/x/tools. When every overlaid file
// exists on disk, setOverlay instead has ParseFile read the buffers, so
// that only the packages asked for are type-checked from source, and
// hands the go command (-overlay) the buffers of other directories, so
// that the export data of a dependency with an open buffer is of the
// buffer. Unless all, the buffers of dir, the packages checked, are not
// the go command's: it would compile them for export data that nothing
// reads, 0.5 s of CPU on each change for a mid-size package. The go
// command then lists their imports as on disk, and checkGo loads again
// with all if a buffer imports more. A buffer of a file not yet on disk
// takes go/packages's way.
func setOverlay(cfg *packages.Config, overlay map[string][]byte, dir string, all bool) error {
	if len(overlay) == 0 {
		return nil
	}
	for path := range overlay {
		if _, err := os.Stat(path); err != nil {
			cfg.Overlay = overlay
			return nil
		}
	}
	cfg.ParseFile = func(fset *token.FileSet, filename string, src []byte) (*ast.File, error) {
		if content, ok := overlay[filename]; ok {
			src = content
		}
		// As go/packages parses by default.
		return parser.ParseFile(fset, filename, src, parser.AllErrors|parser.ParseComments)
	}
	replace := make(map[string][]byte)
	for path, content := range overlay {
		if all || filepath.Dir(path) != dir {
			replace[path] = content
		}
	}
	if len(replace) == 0 {
		return nil
	}
	tmp, err := os.MkdirTemp("", "mpreslint-lsp-")
	if err != nil {
		return err
	}
	files := make(map[string]string, len(replace))
	i := 0
	for path, content := range replace {
		i++
		name := filepath.Join(tmp, fmt.Sprintf("%d-%s", i, filepath.Base(path)))
		if err := os.WriteFile(name, content, 0o600); err != nil {
			_ = os.RemoveAll(tmp)
			return err
		}
		files[path] = name
	}
	data, err := json.Marshal(map[string]any{"Replace": files})
	if err == nil {
		err = os.WriteFile(filepath.Join(tmp, "overlay.json"), data, 0o600)
	}
	if err != nil {
		_ = os.RemoveAll(tmp)
		return err
	}
	cfg.BuildFlags = append(cfg.BuildFlags, "-overlay="+filepath.Join(tmp, "overlay.json"))
	return nil
}

// cleanOverlay removes the files that setOverlay wrote.
func cleanOverlay(cfg *packages.Config) {
	for _, f := range cfg.BuildFlags {
		if file, ok := strings.CutPrefix(f, "-overlay="); ok {
			_ = os.RemoveAll(filepath.Dir(file))
		}
	}
}
