package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
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

// callSplitsByRegion reports whether arguments i and j of call, a choice
// call, are picked by the region: the callee's name or another argument
// names it (pick(isEU, eu, us), forRegion(r, us, eu)); mirror(us, eu)
// sends to both.
func (x *choices) callSplitsByRegion(call *ast.CallExpr, i, j int) bool {
	var name string
	switch fn := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		name = fn.Name
	case *ast.SelectorExpr:
		name = fn.Sel.Name
	}
	if residency.NamesRegion(name) {
		return true
	}
	for k, arg := range call.Args {
		if k != i && k != j && !x.isConstant(arg) && x.namesRegion(arg) {
			return true
		}
	}
	return false
}

// A branch is an arm of a region choice only when what takes it names the
// region: its if condition, or its switch's tag or cases. Any if or switch
// is not a choice: a retry that fails over after N attempts, a debug or
// dry-run branch, an if false.

// namesRegion reports whether the expression e names the region: a region
// word (us, eu, europe, in, india…) or a concept word (region, residency)
// in one of its identifiers, fields or strings, or an operand of a type so
// named (a value of type Region).
func (x *choices) namesRegion(e ast.Node) bool {
	if e == nil {
		return false
	}
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // a function's body is not its value
		case *ast.Ident:
			found = x.identNamesRegion(n)
		case *ast.BasicLit:
			if n.Kind == token.STRING {
				s, err := strconv.Unquote(n.Value)
				found = err == nil && residency.NamesRegion(s)
			}
		}
		return !found
	})
	return found
}

// identNamesRegion reports whether the identifier id, or its type, names
// the region. A lone lower-case in names India only as a string, a bool or
// a value of a region-named type: in is the usual name of a reader.
func (x *choices) identNamesRegion(id *ast.Ident) bool {
	obj := x.pass.TypesInfo.ObjectOf(id)
	var typ types.Type
	if obj != nil {
		typ = obj.Type()
	}
	if typeNamesRegion(typ) {
		return true
	}
	if !residency.NamesRegion(id.Name) {
		return false
	}
	if id.Name == "in" {
		basic, ok := types.Unalias(typ).(*types.Basic)
		return ok && basic.Info()&(types.IsString|types.IsBoolean) != 0
	}
	return true
}

// typeNamesRegion reports whether t, or what it points to, is a named type
// whose name names the region: Region, DataResidency.
func typeNamesRegion(t types.Type) bool {
	if t == nil {
		return false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	return ok && residency.NamesRegion(named.Obj().Name())
}

// isConstant reports whether e always has the same value: if false, an if
// on a constant flag.
func (x *choices) isConstant(e ast.Expr) bool {
	tv, ok := x.pass.TypesInfo.Types[e]
	return ok && tv.Value != nil
}

// condNamesRegion reports whether the condition or tag e names the region
// and can change.
func (x *choices) condNamesRegion(e ast.Expr) bool {
	return e != nil && !x.isConstant(e) && x.namesRegion(e)
}

// ifChainConds returns the conditions of the if chain at top, in order:
// arm i of ifChainArms is taken by conds[i], the final else by none.
func ifChainConds(top inspector.Cursor) []ast.Expr {
	var conds []ast.Expr
	for s := top.Node().(*ast.IfStmt); s != nil; {
		conds = append(conds, s.Cond)
		s, _ = s.Else.(*ast.IfStmt)
	}
	return conds
}

// armsSplitByRegion reports whether arms i and j of the if chain at top
// are taken by a condition that names the region: the earlier arm's.
func (x *choices) armsSplitByRegion(top inspector.Cursor, i, j int) bool {
	conds := ifChainConds(top)
	k := min(i, j)
	return k < len(conds) && x.condNamesRegion(conds[k])
}

// switchNamesRegion reports whether the switch, type switch or select at
// sw picks its clause by the region: its tag, or one of its cases.
func (x *choices) switchNamesRegion(sw inspector.Cursor) bool {
	switch s := sw.Node().(type) {
	case *ast.SwitchStmt:
		if s.Tag != nil {
			if x.isConstant(s.Tag) {
				return false
			}
			if x.namesRegion(s.Tag) {
				return true
			}
		}
		for _, stmt := range s.Body.List {
			for _, e := range stmt.(*ast.CaseClause).List {
				if s.Tag == nil && x.condNamesRegion(e) || s.Tag != nil && x.namesRegion(e) {
					return true
				}
			}
		}
	case *ast.TypeSwitchStmt:
		if x.namesRegion(s.Assign) {
			return true
		}
		for _, stmt := range s.Body.List {
			for _, e := range stmt.(*ast.CaseClause).List {
				if x.namesRegion(e) {
					return true
				}
			}
		}
	case *ast.SelectStmt:
		for _, stmt := range s.Body.List {
			if x.namesRegion(stmt.(*ast.CommClause).Comm) {
				return true
			}
		}
	}
	return false
}

// branchNamesRegion reports whether the branch br (an if's body or final
// else, a case or comm clause) is taken by a condition that names the
// region.
func (x *choices) branchNamesRegion(br inspector.Cursor) bool {
	switch br.Node().(type) {
	case *ast.CaseClause, *ast.CommClause:
		return x.switchNamesRegion(br.Parent().Parent()) // clause → body → switch
	}
	switch br.ParentEdgeKind() {
	case edge.IfStmt_Body:
		return x.condNamesRegion(br.Parent().Node().(*ast.IfStmt).Cond)
	case edge.IfStmt_Else:
		for _, cond := range ifChainConds(ifChainTop(br.Parent())) {
			if x.condNamesRegion(cond) {
				return true
			}
		}
	}
	return false
}

// splitByRegion reports whether a and b, in one function, are apart in a
// region choice: a branch that names the region holds one and not the
// other.
func (x *choices) splitByRegion(a, b inspector.Cursor) bool {
	for br := range enclosingBranches(a) {
		if !br.Contains(b) && x.branchNamesRegion(br) {
			return true
		}
	}
	for br := range enclosingBranches(b) {
		if !br.Contains(a) && x.branchNamesRegion(br) {
			return true
		}
	}
	return false
}

// inRegionBranch reports whether cur is in a branch that names the region,
// or in a function named for it (SetRegion, WithResidency, UseEU).
func (x *choices) inRegionBranch(cur inspector.Cursor) bool {
	for br := range enclosingBranches(cur) {
		if x.branchNamesRegion(br) {
			return true
		}
	}
	for fn := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		return residency.NamesRegion(fn.Node().(*ast.FuncDecl).Name.Name)
	}
	return false
}

// perRegionMember returns the target region's sibling of obj when obj is
// a member of a per-region set: constants or variables declared in one
// const or var block whose names differ only by a region word (EndpointUS,
// EndpointEU, EndpointIN), one of them for the target region.
func (x *choices) perRegionMember(obj types.Object) types.Object {
	scope := obj.Parent()
	init, ok := x.inits[obj]
	if scope == nil || !ok {
		return nil
	}
	block, ok := init.Parent().Parent().Node().(*ast.GenDecl)
	if !ok {
		return nil
	}
	stem, r, ok := residency.RegionStem(obj.Name())
	if !ok || r == x.target {
		return nil
	}
	for _, name := range scope.Names() {
		if s, r, ok := residency.RegionStem(name); !ok || r != x.target || s != stem {
			continue
		}
		if sibling := scope.Lookup(name); block.Pos() <= sibling.Pos() && sibling.Pos() < block.End() {
			return sibling
		}
	}
	return nil
}
