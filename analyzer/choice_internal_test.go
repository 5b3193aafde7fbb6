package analyzer

// Unit tests of the jobs of the choice rule, each on small type-checked
// sources: what names the region (choicecond.go), what ends the flow
// (flow.go), what recognizes or mentions a host (recognize.go), which
// members form a per-region set (choicecond.go), and which fixes would
// repeat a case (fixsafety.go).

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/mpreslint/mpreslint/residency"
)

// testChoices type-checks src, a file of package p, and returns the
// choices of its package for EU projects, and its root cursor.
func testChoices(t *testing.T, src string) (*choices, inspector.Cursor) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{
		Types:      make(map[ast.Expr]types.TypeAndValue),
		Defs:       make(map[*ast.Ident]types.Object),
		Uses:       make(map[*ast.Ident]types.Object),
		Selections: make(map[*ast.SelectorExpr]*types.Selection),
	}
	conf := types.Config{Importer: importer.Default()}
	pkg, err := conf.Check("p", fset, []*ast.File{f}, info)
	if err != nil {
		t.Fatal(err)
	}
	pass := &analysis.Pass{Fset: fset, Files: []*ast.File{f}, Pkg: pkg, TypesInfo: info, ResultOf: make(map[*analysis.Analyzer]any)}
	insp := inspector.New(pass.Files)
	pass.ResultOf[inspect.Analyzer] = insp
	x := newChoices(pass, residency.EU, func(string) bool { return false }, func(*ast.CallExpr) clientArm { return clientArm{} })
	x.index()
	return x, insp.Root()
}

// funcBody returns the cursor of the body of the function name.
func funcBody(t *testing.T, root inspector.Cursor, name string) inspector.Cursor {
	t.Helper()
	for cur := range root.Preorder((*ast.FuncDecl)(nil)) {
		if cur.Node().(*ast.FuncDecl).Name.Name == name {
			return cur
		}
	}
	t.Fatalf("no function %s", name)
	return root
}

// firstIf returns the cursor of the first if statement of the function name.
func firstIf(t *testing.T, root inspector.Cursor, name string) inspector.Cursor {
	t.Helper()
	for cur := range funcBody(t, root, name).Preorder((*ast.IfStmt)(nil)) {
		return cur
	}
	t.Fatalf("no if in %s", name)
	return root
}

func TestCondNamesRegion(t *testing.T) {
	const src = `package p

import (
	"io"
	"os"
)

type DataRegion int

const Frankfurt DataRegion = 1

type settings struct{ DataResidency string }

const useEU = false

func isEU(eu bool) {
	if eu {
	}
}
func region(region string) {
	if region == "" {
	}
}
func env() {
	if os.Getenv("MIXPANEL_REGION") == "eu" {
	}
}
func field(s settings) {
	if s.DataResidency == "x" {
	}
}
func typed(d DataRegion) {
	if d == Frankfurt {
	}
}
func india(r string) {
	if r == "in" {
	}
}
func inString(in string) {
	if in != "" {
	}
}
func debug(debug bool) {
	if debug {
	}
}
func retry(attempt int) {
	if attempt > 3 {
	}
}
func never() {
	if false {
	}
}
func constant() {
	if useEU {
	}
}
func loggedIn(loggedIn bool) {
	if loggedIn {
	}
}
func reader(in io.Reader) {
	if in != nil {
	}
}
`
	x, root := testChoices(t, src)
	for name, want := range map[string]bool{
		"isEU": true, "region": true, "env": true, "field": true, "typed": true, "india": true, "inString": true,
		"debug": false, "retry": false, "never": false, "constant": false, "loggedIn": false, "reader": false,
	} {
		cond := firstIf(t, root, name).Node().(*ast.IfStmt).Cond
		if got := x.condNamesRegion(cond); got != want {
			t.Errorf("%s: condNamesRegion(%s) = %v, want %v", name, types.ExprString(cond), got, want)
		}
	}
}

func TestSplitByRegion(t *testing.T) {
	const src = `package p

func f(region string, debug bool) (string, string) {
	if debug {
		return "a", "debug"
	}
	if region == "eu" {
		return "b", "eu"
	}
	switch region {
	case "in":
		return "c", "in"
	}
	return "d", "default"
}
`
	x, root := testChoices(t, src)
	rets := make(map[string]inspector.Cursor)
	for cur := range funcBody(t, root, "f").Preorder((*ast.ReturnStmt)(nil)) {
		lit := cur.Node().(*ast.ReturnStmt).Results[1].(*ast.BasicLit)
		rets[strings.Trim(lit.Value, `"`)] = cur
	}
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"eu", "default", true},
		{"in", "default", true},
		{"eu", "in", true},
		{"debug", "default", false},
		{"debug", "eu", true}, // the eu return is in a region branch the debug one is not in
	} {
		if got := x.splitByRegion(rets[tt.a], rets[tt.b]); got != tt.want {
			t.Errorf("splitByRegion(%s, %s) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestTerminates(t *testing.T) {
	const src = `package p

import (
	"log"
	"os"
	"runtime"
	"testing"
)

func builtin(b bool) {
	if b {
		panic("x")
	}
}
func local(b bool) {
	panic := func(string) {}
	if b {
		panic("x")
	}
}
func exit(b bool) {
	if b {
		os.Exit(1)
	}
}
func fatal(b bool) {
	if b {
		log.Fatalf("x")
	}
}
func goexit(b bool) {
	if b {
		runtime.Goexit()
	}
}
func testFatal(t *testing.T, b bool) {
	if b {
		t.Fatal("x")
	}
}
func printed(b bool) {
	if b {
		log.Print("x")
	}
}
`
	x, root := testChoices(t, src)
	for name, want := range map[string]bool{
		"builtin": true, "local": false, "exit": true, "fatal": true, "goexit": true, "testFatal": true, "printed": false,
	} {
		if got := x.terminates(firstIf(t, root, name).Node().(*ast.IfStmt).Body); got != want {
			t.Errorf("%s: terminates = %v, want %v", name, got, want)
		}
	}
}

func TestIsLogVerb(t *testing.T) {
	for name, want := range map[string]bool{
		"Printf": true, "Println": true, "Logf": true, "Log": true, "Infow": true, "Debug": true, "Warning": true,
		"Errorf": true, "Fatal": true, "Panicf": true, "InfoContext": true, "Trace": true,
		"Login": false, "Errors": false, "Post": false, "Information": false, "Send": false, "": false,
	} {
		if got := isLogVerb(name); got != want {
			t.Errorf("isLogVerb(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestRecognizesAndMentions(t *testing.T) {
	const src = `package p

import (
	"fmt"
	"strings"
)

const usHost = "https://api.mixpanel.com"

type logger struct{}

func (logger) Debugf(string, ...any) {}

func f(u string, lg logger) (string, error) {
	switch u {
	case usHost + "/track":
	}
	_ = strings.HasPrefix(u, usHost)
	lg.Debugf("%s", usHost)
	_ = u == usHost
	return usHost, fmt.Errorf("%s", usHost)
}
`
	x, root := testChoices(t, src)
	var got []string
	for cur := range funcBody(t, root, "f").Preorder((*ast.Ident)(nil)) {
		if cur.Node().(*ast.Ident).Name != "usHost" {
			continue
		}
		switch {
		case x.recognizes(cur):
			got = append(got, "recognizes")
		case x.isMention(cur):
			got = append(got, "mention")
		default:
			got = append(got, "use")
		}
	}
	want := "recognizes recognizes mention recognizes use mention"
	if strings.Join(got, " ") != want {
		t.Errorf("usHost's uses: got %q, want %q", strings.Join(got, " "), want)
	}
}

func TestPerRegionMember(t *testing.T) {
	const src = `package p

const (
	EndpointUS = "https://api.mixpanel.com"
	EndpointEU = "https://api-eu.mixpanel.com"
	EndpointIN = "https://api-in.mixpanel.com"
)

const schemeUS = "https://api.mixpanel.com"

const schemeEU = "https://api-eu.mixpanel.com"

const (
	loginUS = "https://mixpanel.com/login"
	signupEU = "https://eu.mixpanel.com/signup"
)
`
	x, _ := testChoices(t, src)
	scope := x.pass.Pkg.Scope()
	for name, want := range map[string]string{
		"EndpointUS": "EndpointEU", "EndpointIN": "EndpointEU", "EndpointEU": "",
		"schemeUS": "", // not declared in one block with its sibling
		"loginUS":  "", // no sibling of the same name
	} {
		got := ""
		if s := x.perRegionMember(scope.Lookup(name)); s != nil {
			got = s.Name()
		}
		if got != want {
			t.Errorf("perRegionMember(%s) = %q, want %q", name, got, want)
		}
	}
}

func TestCaseClash(t *testing.T) {
	const src = `package p

const (
	usEngage = "https://api.mixpanel.com/engage"
	euEngage = "https://api-eu.mixpanel.com/engage"
	usTrack  = "https://api.mixpanel.com/track"
)

func region(u string) string {
	switch u {
	case usEngage + "?verbose=1":
		return "us"
	case euEngage + "?verbose=1":
		return "eu"
	case usTrack:
		return "us"
	}
	return ""
}
`
	x, root := testChoices(t, src)
	lits := make(map[string]inspector.Cursor)
	for cur := range root.Preorder((*ast.BasicLit)(nil)) {
		if cur.ParentEdgeKind().String() == "ValueSpec.Values" {
			lits[strings.Trim(cur.Node().(*ast.BasicLit).Value, `"`)] = cur
		}
	}
	if got := x.caseClash(lits["https://api.mixpanel.com/engage"], "https://api-eu.mixpanel.com/engage"); !strings.Contains(got, "switch case beside euEngage + \"?verbose=1\"") {
		t.Errorf("caseClash(usEngage) = %q, want the clash with euEngage + \"?verbose=1\"", got)
	}
	if got := x.caseClash(lits["https://api.mixpanel.com/track"], "https://api-eu.mixpanel.com/track"); got != "" {
		t.Errorf("caseClash(usTrack) = %q, want none", got)
	}
}
