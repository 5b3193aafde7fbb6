package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/mpreslint/mpreslint/residency"
)

// The official Go SDK, whose clients mpreslint checks; the other clients
// are in sdkClients.
const (
	officialV1  = "github.com/mixpanel/mixpanel-go"
	officialV2  = "github.com/mixpanel/mixpanel-go/v2"
	flagsV1     = officialV1 + "/flags"
	flagsV2     = officialV2 + "/flags"
	openFeature = officialV1 + "/openfeature"
)

func isSDKPath(path string) bool {
	_, client := clientOf(path)
	return isOfficialPath(path) || isFlagsPath(path) || path == openFeature || client
}

func isOfficialPath(path string) bool {
	return path == officialV1 || path == officialV2
}

func isFlagsPath(path string) bool {
	return path == flagsV1 || path == flagsV2
}

// sdkPkgName is the name of the SDK package at path.
func sdkPkgName(path string) string {
	switch {
	case isFlagsPath(path):
		return "flags"
	case path == openFeature:
		return "openfeature"
	}
	return "mixpanel" // every client's package
}

// sdkImports returns the file's imports of SDK packages, by import name
// ("." for a dot import).
func sdkImports(file *ast.File) map[string]string {
	var m map[string]string
	for _, spec := range file.Imports {
		path, err := strconv.Unquote(spec.Path.Value)
		if err != nil || !isSDKPath(path) {
			continue
		}
		name := sdkPkgName(path)
		if spec.Name != nil {
			name = spec.Name.Name
		}
		if m == nil {
			m = make(map[string]string)
		}
		m[name] = path
	}
	return m
}

// sdkCall is a call of an SDK package-level function.
type sdkCall struct {
	call      *ast.CallExpr
	path      string            // the SDK's import path
	name      string            // the function's name
	fn        *types.Func       // nil when the package's types are missing
	qualifier string            // how the file spells the package: "mixpanel." or "" for a dot import
	info      *types.Info       // type information, possibly partial
	imports   map[string]string // the file's SDK imports
}

// resolveSDKCall resolves call to an SDK function by its callee's package
// path, so that renamed imports work and local packages that happen to be
// named mixpanel do not match. Where the SDK's types are missing (code that
// does not build), it falls back to the file's import declarations.
func (c *checker) resolveSDKCall(imports map[string]string, call *ast.CallExpr) (sdkCall, bool) {
	info := c.pass.TypesInfo
	sc := sdkCall{call: call, info: info, imports: imports}
	var ok bool
	sc.path, sc.qualifier, sc.name, ok = packageFunc(info, imports, call.Fun)
	if !ok || !isSDKPath(sc.path) {
		return sc, false
	}
	if fn, ok := typeutil.Callee(info, call).(*types.Func); ok {
		if fn.Pkg() == nil || fn.Pkg().Path() != sc.path || fn.Signature().Recv() != nil {
			return sc, false
		}
		sc.fn = fn
	}
	return sc, true
}

// packageFunc names the package-level function that fun, a called
// expression, refers to: pkg.F or, after a dot import, F. It returns the
// package's path, the qualifier as written ("pkg." or "") and the name.
// Where type information is missing, imports (name → path) stand in.
func packageFunc(info *types.Info, imports map[string]string, fun ast.Expr) (path, qualifier, name string, ok bool) {
	switch fun := ast.Unparen(fun).(type) {
	case *ast.SelectorExpr:
		x, ok := fun.X.(*ast.Ident)
		if !ok {
			return "", "", "", false // a method call or a call through a field
		}
		switch obj := info.Uses[x].(type) {
		case *types.PkgName:
			path = obj.Imported().Path()
		case nil:
			path = imports[x.Name] // no types: trust the imports
		default:
			return "", "", "", false // a variable or type named like the package
		}
		return path, x.Name + ".", fun.Sel.Name, path != ""
	case *ast.Ident:
		switch obj := info.Uses[fun].(type) {
		case *types.Func:
			if obj.Pkg() == nil {
				return "", "", "", false
			}
			path = obj.Pkg().Path()
		case nil:
			path = imports["."]
		default:
			return "", "", "", false
		}
		return path, "", fun.Name, path != ""
	}
	return "", "", "", false
}

// checkCall reports SDK clients built without the project's region.
func (c *checker) checkCall(fs *fileState, cur inspector.Cursor, call *ast.CallExpr) {
	sc, ok := c.resolveSDKCall(fs.imports, call)
	if !ok {
		c.checkWrapperCall(fs, cur, call)
		return
	}
	switch {
	case isOfficialPath(sc.path) && (sc.name == "NewApiClient" || sc.name == "NewClient"):
		c.checkOfficialClient(fs, cur, sc)
		c.checkProxyExport(fs, sc)
	default:
		if sdk, ok := clientOf(sc.path); ok {
			c.checkTableClient(fs, cur, sc, sdk)
		}
	}
	c.checkFlagsCall(fs, cur, sc)
}

// regionOption is the name of the official SDK's option for region r.
func regionOption(r residency.Region) string {
	if r == residency.IN {
		return "InResidency"
	}
	return "EuResidency"
}

// checkOfficialClient reports a mixpanel-go client built without the
// region option; the SDK then sends everything to US hosts.
func (c *checker) checkOfficialClient(fs *fileState, cur inspector.Cursor, sc sdkCall) {
	call := sc.call
	if call.Ellipsis.IsValid() || len(call.Args) == 0 {
		return // an options slice may hold the region
	}
	first, ok := sc.firstOption()
	if !ok || first > len(call.Args) {
		return // not variadic, or a call that does not type-check
	}
	target := c.opts.Region
	option := regionOption(target)
	regional, otherRegion, known := c.clientOptions(sc, first)
	if regional || !known {
		return // the region, a proxy, or an option of the user's own that may set the region
	}
	w := want{client: true}
	excused, considered := c.choices.excused(cur, w, nil)
	if excused {
		return // the region option is chosen at run time nearby
	}
	d := analysis.Diagnostic{
		Pos:      call.Pos(),
		End:      call.End(),
		Category: categorySDK,
	}
	if otherRegion != nil {
		c.reportOtherRegionOption(fs, cur, d, sc, otherRegion, option, considered)
		return
	}
	usHosts := residency.Host(residency.Ingestion, residency.US) + ", " + residency.Host(residency.Export, residency.US)
	if !sc.hasFunc(option) {
		d.Message = fmt.Sprintf("call to %s%s sends data to the US region (%s), and this version of %s has no %s(): upgrade to %s and add %s%s()",
			sc.qualifier, sc.name, usHosts, sc.path, option, officialV2, sc.qualifier, option)
		c.add(fs, cur, d, []want{w}, considered)
		return
	}
	d.Message = fmt.Sprintf("call to %s%s without %s() sends data to the US region (%s); %s must add %s%s()",
		sc.qualifier, sc.name, option, usHosts, regionLabel(target), sc.qualifier, option)
	d.SuggestedFixes = []analysis.SuggestedFix{{
		Message:   fmt.Sprintf("Add %s%s()", sc.qualifier, option),
		TextEdits: []analysis.TextEdit{c.appendArg(call, sc.qualifier+option+"()")},
	}}
	c.add(fs, cur, d, []want{w}, considered)
}

// clientOptions reads the options of an official client built by sc,
// whose options start at argument first: whether it is regional (the
// target region's option, or a proxy), the option of another region it
// has, and whether every option is the SDK's, so that the region is known.
// An HttpClient whose Transport reroutes every request is a proxy.
func (c *checker) clientOptions(sc sdkCall, first int) (regional bool, otherRegion *ast.CallExpr, known bool) {
	option := regionOption(c.opts.Region)
	for _, arg := range sc.call.Args[first:] {
		opt, ok := sc.optionName(arg)
		if !ok {
			return false, nil, false
		}
		switch opt {
		case option, "ProxyApiLocation", "ProxyDataLocation":
			regional = true
		case "EuResidency", "InResidency":
			otherRegion = ast.Unparen(arg).(*ast.CallExpr)
		case "HttpClient":
			if call := ast.Unparen(arg).(*ast.CallExpr); len(call.Args) == 1 && c.reroutingClient(call.Args[0]) {
				regional = true // its Transport sends to a proxy of the user's
			}
		}
	}
	return regional, otherRegion, true
}

// clientArm is what a call yields as an arm of a region choice.
type clientArm struct {
	builds   bool // the call builds an SDK client
	regional bool // that client sends to the target region, or to a proxy of the user's
	urlFix   bool // its fix writes the ingestion host as a URL argument
}

// sdkClientOf tells choices whether call builds an SDK client, and how.
func (c *checker) sdkClientOf(call *ast.CallExpr) clientArm {
	var imports map[string]string
	if fs := c.files[c.pass.Fset.File(call.Pos())]; fs != nil {
		imports = fs.imports
	}
	sc, ok := c.resolveSDKCall(imports, call)
	if !ok {
		if fs := c.files[c.pass.Fset.File(call.Pos())]; fs != nil {
			if w, ok := c.wrapperOf(call); ok {
				if regional, _, known := c.wrapperOptions(fs, w, call); known {
					return clientArm{builds: true, regional: regional} // newClient(token, mixpanel.EuResidency())
				}
			}
		}
		return clientArm{}
	}
	if isOfficialPath(sc.path) && (sc.name == "NewApiClient" || sc.name == "NewClient") {
		first, ok := sc.firstOption()
		if !ok || first > len(call.Args) || call.Ellipsis.IsValid() {
			return clientArm{}
		}
		regional, _, _ := c.clientOptions(sc, first)
		return clientArm{builds: true, regional: regional}
	}
	if sdk, ok := clientOf(sc.path); ok && sc.onDefault(sdk) {
		return clientArm{builds: true, urlFix: true}
	}
	return clientArm{}
}

// appendArg returns the edit that adds arg as the last argument of call;
// in a call whose closing parenthesis has a line of its own, on a line of
// its own too (the drivers indent it when they format the file).
func (c *checker) appendArg(call *ast.CallExpr, arg string) analysis.TextEdit {
	last := call.Args[len(call.Args)-1]
	fset := c.pass.Fset
	if fset.Position(call.Rparen).Line > fset.Position(last.End()).Line {
		return analysis.TextEdit{Pos: call.Rparen, End: call.Rparen, NewText: []byte(arg + ",\n")}
	}
	return analysis.TextEdit{Pos: last.End(), End: last.End(), NewText: []byte(", " + arg)}
}

// reportOtherRegionOption reports a client built with the option of
// another region, and offers to swap it for the target region's.
func (c *checker) reportOtherRegionOption(fs *fileState, cur inspector.Cursor, d analysis.Diagnostic, sc sdkCall, opt *ast.CallExpr, option string, considered map[ast.Node]bool) {
	var name *ast.Ident
	switch fun := ast.Unparen(opt.Fun).(type) {
	case *ast.SelectorExpr:
		name = fun.Sel
	case *ast.Ident:
		name = fun
	}
	other := residency.EU
	if name.Name == regionOption(residency.IN) {
		other = residency.IN
	}
	d.Message = fmt.Sprintf("call to %s%s with %s() sends data to the %s region; %s must use %s%s()",
		sc.qualifier, sc.name, name.Name, other.Label(), regionLabel(c.opts.Region), sc.qualifier, option)
	if sc.hasFunc(option) {
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   fmt.Sprintf("Use %s%s()", sc.qualifier, option),
			TextEdits: []analysis.TextEdit{{Pos: name.Pos(), End: name.End(), NewText: []byte(option)}},
		}}
	} else {
		d.Message += fmt.Sprintf(", which this version of %s lacks: upgrade to %s", sc.path, officialV2)
	}
	c.add(fs, cur, d, []want{{client: true}}, considered)
}

// firstOption returns the index of the first variadic options argument.
func (sc sdkCall) firstOption() (int, bool) {
	if sc.fn != nil {
		sig := sc.fn.Signature()
		if !sig.Variadic() {
			return 0, false
		}
		return sig.Params().Len() - 1, true
	}
	if sc.name == "NewApiClient" {
		return 1, true // NewApiClient(token string, options ...Options)
	}
	return 0, false // NewClient's signature changed across versions
}

// optionName returns the name of the SDK option function that arg calls.
func (sc sdkCall) optionName(arg ast.Expr) (string, bool) {
	call, ok := ast.Unparen(arg).(*ast.CallExpr)
	if !ok {
		return "", false
	}
	path, _, name, ok := packageFunc(sc.info, sc.imports, call.Fun)
	return name, ok && path == sc.path
}

// hasFunc reports whether the SDK package defines the function name.
func (sc sdkCall) hasFunc(name string) bool {
	if sc.fn != nil {
		_, ok := sc.fn.Pkg().Scope().Lookup(name).(*types.Func)
		return ok
	}
	return name == "EuResidency" || sc.path == officialV2
}

// isEmptyString reports whether e is the constant "".
func isEmptyString(info *types.Info, e ast.Expr) bool {
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		return tv.Value.ExactString() == `""`
	}
	lit, ok := ast.Unparen(e).(*ast.BasicLit)
	return ok && lit.Kind == token.STRING && (lit.Value == `""` || lit.Value == "``")
}
