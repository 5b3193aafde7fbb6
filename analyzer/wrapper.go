package analyzer

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/mpreslint/mpreslint/residency"
)

// A function of the package may build the official SDK's client with the
// options its callers pass:
//
//	func newClient(token string, opts ...mixpanel.Options) *mixpanel.ApiClient {
//		return mixpanel.NewApiClient(token, opts...)
//	}
//
// The SDK call inside is silent (its options slice may hold the region);
// each call of the function in the package is checked as the SDK call would
// be: newClient(token) sends to the US region and gets the region option
// as its last argument. Calls from other packages are not seen.

// optionWrapper is such a function.
type optionWrapper struct {
	name  string  // the function's name
	inner sdkCall // the SDK call inside it
	first int     // the index of its variadic options parameter
}

// wrapperOf returns the wrapper that call calls, if any.
func (c *checker) wrapperOf(call *ast.CallExpr) (*optionWrapper, bool) {
	fn := typeutil.StaticCallee(c.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() != c.pass.Pkg {
		return nil, false
	}
	if !c.hasWrappers() {
		return nil, false
	}
	w, ok := c.wrappers[fn]
	return w, ok
}

// hasWrappers reports whether the package has an option wrapper.
func (c *checker) hasWrappers() bool {
	if c.wrappers == nil {
		c.wrappers = c.findWrappers()
	}
	return len(c.wrappers) > 0
}

// findWrappers indexes the functions of the package that pass their
// variadic parameter, unchanged, as the options of an official client.
func (c *checker) findWrappers() map[*types.Func]*optionWrapper {
	info := c.pass.TypesInfo
	out := make(map[*types.Func]*optionWrapper)
	for _, file := range c.pass.Files {
		imports := sdkImports(file)
		if imports == nil {
			continue
		}
		for _, d := range file.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			fn, ok := info.Defs[fd.Name].(*types.Func)
			if !ok || !fn.Signature().Variadic() {
				continue
			}
			params := fn.Signature().Params()
			opts := params.At(params.Len() - 1)
			if w := c.wrapperIn(fd.Body, imports, opts); w != nil {
				w.name, w.first = fd.Name.Name, params.Len()-1
				out[fn] = w
			}
		}
	}
	return out
}

// wrapperIn returns the wrapper that body makes of its function, when it
// passes opts, never assigned, as the whole options of an official client.
func (c *checker) wrapperIn(body *ast.BlockStmt, imports map[string]string, opts *types.Var) *optionWrapper {
	info := c.pass.TypesInfo
	var found *optionWrapper
	assigned := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				if id, ok := ast.Unparen(lhs).(*ast.Ident); ok && info.Uses[id] == opts {
					assigned = true
				}
			}
		case *ast.CallExpr:
			if !n.Ellipsis.IsValid() {
				return true
			}
			last, ok := ast.Unparen(n.Args[len(n.Args)-1]).(*ast.Ident)
			if !ok || info.Uses[last] != opts {
				return true
			}
			sc, ok := c.resolveSDKCall(imports, n)
			if !ok || !isOfficialPath(sc.path) || (sc.name != "NewApiClient" && sc.name != "NewClient") {
				return true
			}
			if first, ok := sc.firstOption(); ok && first == len(n.Args)-1 {
				found = &optionWrapper{inner: sc}
			}
		}
		return true
	})
	if assigned {
		return nil
	}
	return found
}

// wrapperOptions reads the options a call of w passes, as clientOptions
// does for the SDK's own call.
func (c *checker) wrapperOptions(fs *fileState, w *optionWrapper, call *ast.CallExpr) (regional bool, otherRegion *ast.CallExpr, known bool) {
	if call.Ellipsis.IsValid() || len(call.Args) < w.first {
		return false, nil, false
	}
	sc := w.inner
	sc.call, sc.imports = call, fs.imports
	return c.clientOptions(sc, w.first)
}

// checkWrapperCall reports a call of an option wrapper that passes no
// region option, when no region choice excuses it.
func (c *checker) checkWrapperCall(fs *fileState, cur inspector.Cursor, call *ast.CallExpr) {
	w, ok := c.wrapperOf(call)
	if !ok {
		return
	}
	regional, otherRegion, known := c.wrapperOptions(fs, w, call)
	if regional || !known || otherRegion != nil {
		return // the region, a proxy, an option of the user's own, or another region's (left to its own rule)
	}
	wants := []want{{client: true}}
	excused, considered := c.choices.excused(cur, wants[0], nil)
	if excused {
		return
	}
	option := regionOption(c.opts.Region)
	q, imported := qualifierOf(fs.imports, w.inner.path)
	if !imported {
		q = w.inner.qualifier // the caller's file does not import the SDK: no fix
	}
	arg := q + option + "()"
	usHosts := residency.Host(residency.Ingestion, residency.US) + ", " + residency.Host(residency.Export, residency.US)
	d := analysis.Diagnostic{
		Pos:      call.Pos(),
		End:      call.End(),
		Category: categorySDK,
		Message: fmt.Sprintf("call to %s without %s() builds a client with %s%s, which sends data to the US region (%s); %s must add %s",
			w.name, option, w.inner.qualifier, w.inner.name, usHosts, regionLabel(c.opts.Region), arg),
	}
	if imported && w.inner.hasFunc(option) {
		edit := analysis.TextEdit{Pos: call.Rparen, End: call.Rparen, NewText: []byte(arg)}
		if len(call.Args) > 0 {
			edit = c.appendArg(call, arg)
		}
		d.SuggestedFixes = []analysis.SuggestedFix{{Message: "Add " + arg, TextEdits: []analysis.TextEdit{edit}}}
	}
	c.add(fs, cur, d, wants, considered)
}

// qualifierOf returns how a file whose SDK imports are imports spells the
// package at path: "mixpanel.", or "" after a dot import.
func qualifierOf(imports map[string]string, path string) (string, bool) {
	for name, p := range imports {
		if p != path || name == "_" {
			continue
		}
		if name == "." {
			return "", true
		}
		return name + ".", true
	}
	return "", false
}
