package analyzer_test

// Fix stability, as a property of every fixture: for each finding that has
// a fix, applying that one fix alone and analyzing again yields exactly the
// other findings, none vanishing and none appearing, and the package still
// type-checks as well as before. Editors apply fixes one at a time.

import (
	"flag"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"go/types"
	"maps"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/packages"

	"github.com/mpreslint/mpreslint/analyzer"
	"github.com/mpreslint/mpreslint/residency"
)

// stabilitySuite is a set of packages checked with one set of options.
type stabilitySuite struct {
	dir      string // a GOPATH tree (with src/) or a module
	patterns []string
	opts     analyzer.Options
}

// stabilitySuites are the packages checked: every fixture of
// ../testdata/src with its options, and under -region=in too, and the
// end-to-end modules.
func stabilitySuites(t *testing.T) []stabilitySuite {
	var suites []stabilitySuite
	for opts, pkgs := range fixtureGroups(t) {
		suites = append(suites, stabilitySuite{"../testdata", pkgs, opts})
		if opts.Region != residency.IN {
			in := opts
			in.Region = residency.IN
			suites = append(suites, stabilitySuite{"../testdata", pkgs, in})
		}
	}
	return append(suites,
		stabilitySuite{"../testdata/old", []string{"oldsdk", "oldbroken"}, analyzer.Options{}},
		stabilitySuite{"../testdata/broken", []string{"brokentypes", "missingsdk"}, analyzer.Options{}},
		stabilitySuite{"../testdata/e2e/app", []string{"./..."}, analyzer.Options{}},
		stabilitySuite{"../testdata/e2e/app", []string{"./..."}, analyzer.Options{Region: residency.IN}},
		stabilitySuite{"../testdata/demo", []string{"./..."}, analyzer.Options{}},
		stabilitySuite{"../testdata/e2e/regions", []string{"./..."}, analyzer.Options{}},
	)
}

func TestFixStability(t *testing.T) {
	fixes := 0
	for _, suite := range stabilitySuites(t) {
		pkgs := loadForStability(t, suite.dir, suite.patterns)
		for _, pkg := range pkgs {
			if !strings.Contains(pkg.Dir, string(filepath.Separator)+"testdata"+string(filepath.Separator)) ||
				strings.Contains(pkg.PkgPath, "github.com/") {
				continue // the SDK stubs and mpreslint itself
			}
			name := fmt.Sprintf("%s/region=%s", pkg.PkgPath, suite.opts.Region)
			t.Run(name, func(t *testing.T) {
				fixes += checkStability(t, pkg, suite.opts)
			})
		}
	}
	if fixes < 50 && flag.Lookup("test.run").Value.String() == "" {
		t.Errorf("only %d fixes were tried: the fixtures are not loaded as expected", fixes)
	}
}

func loadForStability(t *testing.T, dir string, patterns []string) []*packages.Package {
	t.Helper()
	abs, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	env := append(os.Environ(), "GOPATH="+abs, "GO111MODULE=off", "GOWORK=off")
	if _, err := os.Stat(filepath.Join(abs, "go.mod")); err == nil {
		env = append(os.Environ(), "GO111MODULE=on", "GOPROXY=off", "GOWORK=off", "GOFLAGS=-mod=mod")
	}
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedFiles | packages.NeedImports | packages.NeedTypes |
			packages.NeedSyntax | packages.NeedTypesInfo | packages.NeedTypesSizes,
		Dir: abs,
		Env: env,
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	return pkgs
}

// stableDiag is a finding as compared across runs.
type stableDiag struct {
	file, category, message string
	offset                  int
	fix                     bool
	line                    int // for messages only
}

func (d stableDiag) String() string {
	fix := ""
	if d.fix {
		fix = " [fix]"
	}
	return fmt.Sprintf("%s:%d: %s: %s%s", filepath.Base(d.file), d.line, d.category, d.message, fix)
}

// checkStability applies each fix of pkg alone and compares the findings;
// it returns how many fixes it tried.
func checkStability(t *testing.T, pkg *packages.Package, opts analyzer.Options) int {
	src := readSources(t, pkg)
	fset, diags, typeErrs := analyzeSources(t, pkg, src, opts)
	before := stableDiags(fset, diags)
	tried := 0
	for i, d := range diags {
		if len(d.SuggestedFixes) == 0 {
			continue
		}
		tried++
		file := fset.File(d.Pos).Name()
		edits := d.SuggestedFixes[0].TextEdits
		fixedSrc, shift := applyEdits(t, fset, src[file], edits)
		if len(d.SuggestedFixes) != 1 {
			t.Errorf("%s: %d fixes, want one", before[i], len(d.SuggestedFixes))
		}
		for _, e := range edits {
			if fset.File(e.Pos).Name() != file {
				t.Errorf("%s: its fix edits another file", before[i])
			}
		}
		next := maps.Clone(src)
		next[file] = fixedSrc
		fset2, diags2, typeErrs2 := analyzeSources(t, pkg, next, opts)
		var want []stableDiag
		for j, o := range before {
			if j == i {
				continue
			}
			if o.file == file {
				o.offset = shift(o.offset)
			}
			want = append(want, o)
		}
		got := stableDiags(fset2, diags2)
		if missing, extra := diffDiags(want, got); len(missing)+len(extra) > 0 {
			t.Errorf("after the fix of %s:\nvanished: %v\nappeared: %v", before[i], missing, extra)
		}
		if typeErrs2 > typeErrs {
			t.Errorf("after the fix of %s: %d type errors, %d before", before[i], typeErrs2, typeErrs)
		}
	}
	return tried
}

// diffDiags returns the findings of want missing from got, and those of
// got not in want.
func diffDiags(want, got []stableDiag) (missing, extra []stableDiag) {
	key := func(d stableDiag) stableDiag { d.line = 0; return d }
	count := make(map[stableDiag]int)
	for _, d := range got {
		count[key(d)]++
	}
	for _, d := range want {
		if count[key(d)] > 0 {
			count[key(d)]--
		} else {
			missing = append(missing, d)
		}
	}
	for _, d := range got {
		if count[key(d)] > 0 {
			count[key(d)]--
			extra = append(extra, d)
		}
	}
	return missing, extra
}

func stableDiags(fset *token.FileSet, diags []analysis.Diagnostic) []stableDiag {
	var out []stableDiag
	for _, d := range diags {
		tf := fset.File(d.Pos)
		out = append(out, stableDiag{file: tf.Name(), offset: tf.Offset(d.Pos), category: d.Category, message: d.Message, fix: len(d.SuggestedFixes) > 0})
		out[len(out)-1].line = tf.Line(d.Pos)
	}
	return out
}

// applyEdits applies edits to src and returns the result and a function
// that maps an offset in src, outside the edits, to the result.
func applyEdits(t *testing.T, fset *token.FileSet, src []byte, edits []analysis.TextEdit) ([]byte, func(int) int) {
	type span struct {
		start, end int
		text       []byte
	}
	var spans []span
	for _, e := range edits {
		tf := fset.File(e.Pos)
		end := e.End
		if !end.IsValid() {
			end = e.Pos
		}
		spans = append(spans, span{tf.Offset(e.Pos), tf.Offset(end), e.NewText})
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	var out []byte
	last := 0
	for _, s := range spans {
		if s.start < last {
			t.Fatalf("overlapping edits %v", edits)
		}
		out = append(out, src[last:s.start]...)
		out = append(out, s.text...)
		last = s.end
	}
	out = append(out, src[last:]...)
	shift := func(off int) int {
		delta := 0
		for _, s := range spans {
			if s.end <= off && s.start < off || s.start == s.end && s.start <= off {
				delta += len(s.text) - (s.end - s.start)
			}
		}
		return off + delta
	}
	return out, shift
}

// analyzeSources parses and type-checks pkg's files from src, runs the
// analyzer, and returns its findings and the number of type errors.
func analyzeSources(t *testing.T, pkg *packages.Package, src map[string][]byte, opts analyzer.Options) (*token.FileSet, []analysis.Diagnostic, int) {
	t.Helper()
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range pkg.GoFiles {
		f, err := parser.ParseFile(fset, name, src[name], parser.ParseComments|parser.SkipObjectResolution)
		if f == nil {
			t.Fatalf("parse %s: %v", name, err)
		}
		files = append(files, f)
	}
	typeErrs := 0
	conf := types.Config{
		Importer: importerFunc(func(path string) (*types.Package, error) {
			if imp, ok := pkg.Imports[path]; ok && imp.Types != nil {
				return imp.Types, nil
			}
			return nil, fmt.Errorf("no package %s", path)
		}),
		Error: func(error) { typeErrs++ },
		Sizes: pkg.TypesSizes,
	}
	info := &types.Info{
		Types:        make(map[ast.Expr]types.TypeAndValue),
		Defs:         make(map[*ast.Ident]types.Object),
		Uses:         make(map[*ast.Ident]types.Object),
		Implicits:    make(map[ast.Node]types.Object),
		Selections:   make(map[*ast.SelectorExpr]*types.Selection),
		Scopes:       make(map[ast.Node]*types.Scope),
		Instances:    make(map[*ast.Ident]types.Instance),
		FileVersions: make(map[*ast.File]string),
	}
	tpkg, _ := conf.Check(pkg.PkgPath, fset, files, info)
	var diags []analysis.Diagnostic
	pass := &analysis.Pass{
		Fset:       fset,
		Files:      files,
		Pkg:        tpkg,
		TypesInfo:  info,
		TypesSizes: pkg.TypesSizes,
		ResultOf:   make(map[*analysis.Analyzer]any),
		Report:     func(d analysis.Diagnostic) { diags = append(diags, d) },
		// One package alone: no facts from its imports.
		ImportObjectFact:  func(types.Object, analysis.Fact) bool { return false },
		ExportObjectFact:  func(types.Object, analysis.Fact) {},
		AllObjectFacts:    func() []analysis.ObjectFact { return nil },
		ImportPackageFact: func(*types.Package, analysis.Fact) bool { return false },
		ExportPackageFact: func(analysis.Fact) {},
		AllPackageFacts:   func() []analysis.PackageFact { return nil },
		ReadFile: func(name string) ([]byte, error) {
			if b, ok := src[name]; ok {
				return b, nil
			}
			return nil, os.ErrNotExist
		},
	}
	pass.Analyzer = inspect.Analyzer
	res, err := inspect.Analyzer.Run(pass)
	if err != nil {
		t.Fatal(err)
	}
	a := analyzer.New(opts)
	pass.Analyzer = a
	pass.ResultOf[inspect.Analyzer] = res
	if _, err := a.Run(pass); err != nil {
		t.Fatal(err)
	}
	return fset, diags, typeErrs
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// TestGeneratedHasNoFixes checks the findings in generated files directly:
// analysistest does not apply fixes in generated files, so its golden
// files cannot tell.
func TestGeneratedHasNoFixes(t *testing.T) {
	pkgs := loadForStability(t, "../testdata", []string{"generated"})
	_, diags, _ := analyzeSources(t, pkgs[0], readSources(t, pkgs[0]), analyzer.Options{})
	if len(diags) == 0 {
		t.Fatal("no findings in the generated fixture")
	}
	for _, d := range diags {
		if len(d.SuggestedFixes) > 0 {
			t.Errorf("finding %q in a generated file has a fix", d.Message)
		}
	}
}

// TestWriteGolden rewrites the .golden files of the fixture packages named
// in MPRESLINT_GOLDEN (comma-separated, under ../testdata/src) as
// analysistest wants them: every first fix applied, then gofmt. Review
// the result before committing it.
func TestWriteGolden(t *testing.T) {
	names := os.Getenv("MPRESLINT_GOLDEN")
	if names == "" {
		t.Skip("set MPRESLINT_GOLDEN=pkg[,pkg] to rewrite golden files")
	}
	for _, pkg := range loadForStability(t, "../testdata", strings.Split(names, ",")) {
		src := readSources(t, pkg)
		fset, diags, _ := analyzeSources(t, pkg, src, analyzer.Options{})
		edits := make(map[string][]analysis.TextEdit)
		for _, d := range diags {
			if len(d.SuggestedFixes) > 0 {
				for _, e := range d.SuggestedFixes[0].TextEdits {
					name := fset.File(e.Pos).Name()
					edits[name] = append(edits[name], e)
				}
			}
		}
		for name, es := range edits {
			out, _ := applyEdits(t, fset, src[name], es)
			formatted, err := format.Source(out)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if err := os.WriteFile(name+".golden", formatted, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// readSources reads pkg's Go files by name.
func readSources(t *testing.T, pkg *packages.Package) map[string][]byte {
	t.Helper()
	src := make(map[string][]byte)
	for _, f := range pkg.GoFiles {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		src[f] = b
	}
	return src
}
