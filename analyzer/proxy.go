package analyzer

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/mpreslint/mpreslint/residency"
)

// checkProxyExport reports a client of the official SDK built with
// ProxyApiLocation alone, whose Export is called in the package:
// ProxyApiLocation moves ingestion only, and Export stays on the US
// data.mixpanel.com (../shared/MIXPANEL.md §2.1, "Option order").
func (c *checker) checkProxyExport(fs *fileState, sc sdkCall) {
	call := sc.call
	first, ok := sc.firstOption()
	if sc.fn == nil || !ok || call.Ellipsis.IsValid() || first > len(call.Args) {
		return
	}
	proxied := false
	for _, arg := range call.Args[first:] {
		opt, ok := sc.optionName(arg)
		if !ok {
			return // an option of the user's own may set the data side
		}
		switch opt {
		case "ProxyApiLocation":
			proxied = true
		case "ProxyDataLocation", "EuResidency", "InResidency":
			return // export goes to a proxy, or to a region
		}
	}
	if !proxied {
		return
	}
	export, ok := c.exportIndex().exportOf(call)
	if !ok {
		return // no Export of this client in the package
	}
	target := c.opts.Region
	remedy := fmt.Sprintf("add %sProxyDataLocation(…)", sc.qualifier)
	if option := regionOption(target); sc.hasFunc(option) {
		remedy += fmt.Sprintf(" or put %s%s() before %sProxyApiLocation(…)", sc.qualifier, option, sc.qualifier)
	}
	c.addAlone(fs, analysis.Diagnostic{
		Pos:      call.Pos(),
		End:      call.End(),
		Category: categorySDK,
		Message: fmt.Sprintf("call to %s%s with ProxyApiLocation but without ProxyDataLocation or a region option: the client's Export reads the US region (%s); %s must %s",
			sc.qualifier, sc.name, residency.Host(residency.Export, residency.US), regionLabel(target), remedy),
		Related: []analysis.RelatedInformation{{Pos: export.Pos(), End: export.End(), Message: "Export called here"}},
	})
}

// exportIndex follows the official SDK's clients through the package's
// variables and struct fields to the calls of their Export method.
type exportIndex struct {
	flows   map[any][]*types.Var  // a value (a constructor call or a variable) → where it is stored
	exports map[any]*ast.CallExpr // a receiver (variable or call) → its first Export call
}

func (c *checker) exportIndex() *exportIndex {
	if c.exports != nil {
		return c.exports
	}
	x := &exportIndex{flows: make(map[any][]*types.Var), exports: make(map[any]*ast.CallExpr)}
	info := c.pass.TypesInfo
	insp := c.pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	flow := func(dst ast.Expr, src ast.Expr) {
		if v := storage(info, dst); v != nil {
			if key := valueKey(info, src); key != nil {
				x.flows[key] = append(x.flows[key], v)
			}
		}
	}
	forEachFile(insp, func(curFile inspector.Cursor, file *ast.File) {
		if c.skipFile(c.pass.Fset.File(file.FileStart).Name()) {
			return
		}
		for cur := range curFile.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.KeyValueExpr)(nil), (*ast.CallExpr)(nil)) {
			switch n := cur.Node().(type) {
			case *ast.AssignStmt:
				if len(n.Lhs) == len(n.Rhs) {
					for i := range n.Lhs {
						flow(n.Lhs[i], n.Rhs[i])
					}
				}
			case *ast.ValueSpec:
				if len(n.Names) == len(n.Values) {
					for i := range n.Names {
						flow(n.Names[i], n.Values[i])
					}
				}
			case *ast.KeyValueExpr:
				if f := storage(info, n.Key); f != nil && f.IsField() {
					flow(n.Key, n.Value) // Have: T{f: client}
				}
			case *ast.CallExpr:
				if recv, ok := exportReceiver(info, n); ok {
					if key := valueKey(info, recv); key != nil && x.exports[key] == nil {
						x.exports[key] = n
					}
				}
			}
		}
	})
	c.exports = x
	return x
}

// exportOf returns an Export call on the client built by call.
func (x *exportIndex) exportOf(call *ast.CallExpr) (*ast.CallExpr, bool) {
	seen := map[any]bool{call: true}
	queue := []any{call}
	for len(queue) > 0 {
		key := queue[0]
		queue = queue[1:]
		if export := x.exports[key]; export != nil {
			return export, true
		}
		for _, v := range x.flows[key] {
			if !seen[v] {
				seen[v] = true
				queue = append(queue, v)
			}
		}
	}
	return nil, false
}

// exportReceiver returns x of a call x.Export(…) of the official SDK.
func exportReceiver(info *types.Info, call *ast.CallExpr) (ast.Expr, bool) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Export" {
		return nil, false
	}
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || !isOfficialPath(fn.Pkg().Path()) {
		return nil, false
	}
	recv := fn.Signature().Recv()
	if recv == nil {
		return nil, false
	}
	t := recv.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	return sel.X, ok && named.Obj().Name() == "ApiClient"
}

// valueKey identifies the value of e: the call that builds it, or the
// variable or field it is read from.
func valueKey(info *types.Info, e ast.Expr) any {
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok {
		return call
	}
	if v := storage(info, e); v != nil {
		return v
	}
	return nil
}

// storage returns the variable or struct field that e names.
func storage(info *types.Info, e ast.Expr) *types.Var {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		obj := info.Defs[e]
		if obj == nil {
			obj = info.Uses[e]
		}
		v, _ := obj.(*types.Var)
		return v
	case *ast.SelectorExpr:
		if s, ok := info.Selections[e]; ok && s.Kind() == types.FieldVal {
			return s.Obj().(*types.Var)
		}
		v, _ := info.Uses[e.Sel].(*types.Var) // a package-level variable of another package
		return v
	}
	return nil
}
