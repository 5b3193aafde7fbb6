package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/mpreslint/mpreslint/internal/message"
	"github.com/mpreslint/mpreslint/residency"
)

// yields reports whether the arm at cur yields what w wants in the target
// region, at the field path path. Wrong yields it meets are recorded.
func (x *choices) yields(s *search, cur inspector.Cursor, path []string, w want) bool {
	if len(path) > 0 {
		field, ok := x.field(s, cur, path[0])
		if !ok {
			return false
		}
		return x.yields(s, field, path[1:], w)
	}
	found := false
	cur.Inspect([]ast.Node{(*ast.BasicLit)(nil), (*ast.CallExpr)(nil), (*ast.Ident)(nil)}, func(c inspector.Cursor) bool {
		if !found && s.inserted != nil && c.Node() == s.inserted && w.host && w.family == residency.Ingestion {
			found = true // a fix that writes the ingestion host there, taken as applied
		}
		if !found {
			found = x.yieldsAt(s, c, w)
		}
		return !found && !x.isLogCall(c.Node())
	})
	return found
}

// yieldsAt reports whether the literal, call or identifier at c yields
// what w wants in the target region.
func (x *choices) yieldsAt(s *search, c inspector.Cursor, w want) bool {
	switch n := c.Node().(type) {
	case *ast.BasicLit:
		return w.host && n.Kind == token.STRING && residency.Mentions(n.Value) && !x.recognizes(c) && x.litYields(s, n, w)
	case *ast.CallExpr:
		c := x.clients(n)
		// A client's fix gives it the region; a URL argument's fix
		// writes the ingestion host.
		if c.builds && (w.client || c.urlFix && w.host && w.family == residency.Ingestion) {
			if c.regional && w.client || s.fixed[n] {
				return true
			}
			s.considered[n] = true
		}
	case *ast.Ident:
		obj := x.pass.TypesInfo.Uses[n]
		init, ok := x.inits[obj]
		if !ok && obj != nil && obj.Pkg() != x.pass.Pkg {
			return w.host && x.importedYields(obj, w) && !x.recognizes(c)
		}
		if !ok || s.visiting[obj] || s.depth >= maxDepth || x.recognizes(c) {
			return false
		}
		if _, isFunc := obj.(*types.Func); isFunc && s.depth >= maxFuncDepth {
			return false // a function's body: followed only near the choice
		}
		s.visiting[obj] = true
		s.depth++
		defer func() { s.visiting[obj] = false; s.depth-- }()
		return x.yields(s, init, nil, w)
	}
	return false
}

// litYields reports whether the string literal lit names the host that w
// wants in the target region.
func (x *choices) litYields(s *search, lit *ast.BasicLit, w want) bool {
	value, err := strconv.Unquote(lit.Value)
	if err != nil {
		return false
	}
	for _, m := range residency.Find(value) {
		if m.Family != w.family || !samePlace(m.Rest, w.rest) {
			continue
		}
		if m.Exists && m.Region == x.target || s.fixed[lit] {
			return true
		}
		s.considered[lit] = true
	}
	// The fix of a mixpanel.init call without api_host adds the region's
	// ingestion host.
	if w.family == residency.Ingestion && len(residency.FindJSInits(value, x.target)) > 0 {
		if s.fixed[lit] {
			return true
		}
		s.considered[lit] = true
	}
	return false
}

// importedYields reports whether obj, a constant of another package,
// names the host that w wants in the target region.
func (x *choices) importedYields(obj types.Object, w want) bool {
	c, ok := obj.(*types.Const)
	if !ok || c.Val().Kind() != constant.String {
		return false
	}
	for _, m := range residency.Find(constant.StringVal(c.Val())) {
		if m.Family == w.family && samePlace(m.Rest, w.rest) && m.Exists && m.Region == x.target {
			return true
		}
	}
	return false
}

// samePlace reports whether two URLs' parts after the host, a and b, name
// the same place: equal but for a trailing slash, or one of them empty
// (a base URL).
func samePlace(a, b string) bool {
	a, b = message.NormalPath(a), message.NormalPath(b)
	return a == "" || b == "" || a == b
}

// field returns the value of the field (or string map key) name in the
// composite literal that cur is, points to, or was declared with.
func (x *choices) field(s *search, cur inspector.Cursor, name string) (inspector.Cursor, bool) {
	for range maxDepth {
		switch n := cur.Node().(type) {
		case *ast.ParenExpr:
			cur = cur.ChildAt(edge.ParenExpr_X, -1)
		case *ast.UnaryExpr:
			cur = cur.ChildAt(edge.UnaryExpr_X, -1)
		case *ast.Ident:
			init, ok := x.inits[x.pass.TypesInfo.Uses[n]]
			if !ok {
				return cur, false
			}
			cur = init
		case *ast.CompositeLit:
			for i, elt := range n.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok && x.keyName(kv.Key) == name {
					return cur.ChildAt(edge.CompositeLit_Elts, i).ChildAt(edge.KeyValueExpr_Value, -1), true
				}
			}
			return cur, false
		default:
			return cur, false
		}
	}
	return cur, false
}

// keyName names a composite literal's key: a field name, or a string
// constant's value.
func (x *choices) keyName(key ast.Expr) string {
	if tv, ok := x.pass.TypesInfo.Types[key]; ok && tv.Value != nil {
		return tv.Value.ExactString()
	}
	if id, ok := key.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}
