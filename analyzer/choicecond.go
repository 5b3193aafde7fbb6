package analyzer

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/mpreslint/mpreslint/residency"
)

// regionKey reports whether a composite literal's key names a region:
// "eu", "US", RegionIN, a field EU, Europe or India, a field USHost.
func (x *choices) regionKey(key ast.Expr) bool {
	var names []string
	if tv, ok := x.pass.TypesInfo.Types[key]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		names = append(names, constant.StringVal(tv.Value))
	}
	switch key := ast.Unparen(key).(type) {
	case *ast.Ident:
		names = append(names, key.Name)
	case *ast.SelectorExpr:
		names = append(names, key.Sel.Name)
	case *ast.BasicLit:
		if s, err := strconv.Unquote(key.Value); err == nil {
			names = append(names, s)
		}
	}
	for _, name := range names {
		for _, word := range residency.Words(name) {
			if _, ok := residency.WordRegion(word); ok || residency.IsDefaultWord(word) {
				return true
			}
		}
	}
	return false
}

// isChoiceCall reports whether the arguments of call are arms of a choice:
// it calls a function of the user's (a ternary helper), not one of the
// standard library or a builtin.
func (x *choices) isChoiceCall(call *ast.CallExpr) bool {
	switch fn := typeutil.Callee(x.pass.TypesInfo, call).(type) {
	case *types.Func:
		pkg := fn.Pkg()
		if pkg == nil {
			return false
		}
		return pkg == x.pass.Pkg || strings.Contains(strings.Split(pkg.Path(), "/")[0], ".")
	case *types.Var:
		return true // a function value
	}
	return false
}
