package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
)

// A client built with the official SDK's HttpClient option sends where
// that *http.Client's Transport sends. A Transport of the package's own
// whose RoundTrip sends the request elsewhere (it rewrites the request's
// host, or builds its own request from the path alone, to a proxy) is a
// proxy of the user's, as ProxyApiLocation is; one that passes the request
// on (a logging or retrying wrapper, req.Clone, http.NewRequest with
// req.URL.String()) still sends to the SDK's US host.

// reroutingClient reports whether e, the argument of the HttpClient
// option, is an *http.Client whose Transport reroutes every request.
func (c *checker) reroutingClient(e ast.Expr) bool {
	lit, ok := c.compositeOf(e)
	if !ok {
		return false
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if key, ok := kv.Key.(*ast.Ident); ok && key.Name == "Transport" {
			return c.reroutingTransport(kv.Value)
		}
	}
	return false
}

// reroutingTransport reports whether e is a value of a type of this
// package whose RoundTrip method sends every request elsewhere.
func (c *checker) reroutingTransport(e ast.Expr) bool {
	t := c.pass.TypesInfo.TypeOf(e)
	if t == nil {
		return false
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, c.pass.Pkg, "RoundTrip")
	method, ok := obj.(*types.Func)
	if !ok || method.Pkg() != c.pass.Pkg {
		return false
	}
	decl := c.funcDecl(method)
	if decl == nil || decl.Body == nil {
		return false
	}
	params := decl.Type.Params.List
	if len(params) != 1 || len(params[0].Names) != 1 {
		return false
	}
	req, ok := c.pass.TypesInfo.Defs[params[0].Names[0]].(*types.Var)
	return ok && reroutes(c.pass.TypesInfo, decl.Body, req)
}

// reroutes reports whether body, a RoundTrip method with the request req,
// sends the request elsewhere: it assigns req.URL or req.URL.Host, or it
// reads only the path, query, header, body and method of req and never
// passes req, a copy of it, or its URL whole on.
func reroutes(info *types.Info, body *ast.BlockStmt, req *types.Var) bool {
	rewrites, passesOn := false, false
	var stack []ast.Node
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		id, ok := n.(*ast.Ident)
		if !ok || info.Uses[id] != req {
			return true
		}
		switch requestUse(info, stack) {
		case useRewrite:
			rewrites = true
		case usePassOn:
			passesOn = true
		}
		return true
	})
	return rewrites || !passesOn
}

type reqUse int

const (
	useRead    reqUse = iota // a part that does not name the host
	usePassOn                // the request, a copy, or its URL goes on
	useRewrite               // the host is written
)

// urlParts are the fields and methods of a *url.URL that do not hold the host.
var urlParts = map[string]bool{"Path": true, "RawPath": true, "RawQuery": true, "Fragment": true, "EscapedPath": true, "Query": true, "RequestURI": true}

// requestUse classifies the use of the request at the top of stack, the
// path of nodes from RoundTrip's body to the identifier.
func requestUse(info *types.Info, stack []ast.Node) reqUse {
	parent := func(i int) ast.Node {
		if len(stack)-1-i < 0 {
			return nil
		}
		return stack[len(stack)-1-i]
	}
	sel, ok := parent(1).(*ast.SelectorExpr)
	if !ok {
		return usePassOn // req itself: an argument, a result, an assignment
	}
	if call, ok := parent(2).(*ast.CallExpr); ok && call.Fun == sel {
		if isRequestPointer(info.TypeOf(call)) {
			return usePassOn // req.Clone(ctx), req.WithContext(ctx)
		}
		return useRead // req.Context(), req.Cookie(…)
	}
	if sel.Sel.Name != "URL" {
		if sel.Sel.Name == "Host" && isAssigned(stack[:len(stack)-1]) {
			return useRewrite
		}
		return useRead // Header, Body, Method, ContentLength…
	}
	if isAssigned(stack[:len(stack)-1]) {
		return useRewrite // req.URL = u
	}
	part, ok := parent(2).(*ast.SelectorExpr)
	if !ok {
		return usePassOn // req.URL whole
	}
	if part.Sel.Name == "Host" && isAssigned(stack[:len(stack)-2]) {
		return useRewrite // req.URL.Host = proxy
	}
	if urlParts[part.Sel.Name] {
		return useRead
	}
	return usePassOn // req.URL.String(), req.URL.Host read…
}

// isAssigned reports whether the expression at the top of stack is the
// left-hand side of an assignment.
func isAssigned(stack []ast.Node) bool {
	if len(stack) < 2 {
		return false
	}
	as, ok := stack[len(stack)-2].(*ast.AssignStmt)
	if !ok || as.Tok == token.DEFINE {
		return false
	}
	e := stack[len(stack)-1]
	for _, lhs := range as.Lhs {
		if lhs == e {
			return true
		}
	}
	return false
}

// isRequestPointer reports whether t is *net/http.Request.
func isRequestPointer(t types.Type) bool {
	ptr, ok := t.(*types.Pointer)
	if !ok {
		return false
	}
	named, ok := ptr.Elem().(*types.Named)
	return ok && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == "net/http" && named.Obj().Name() == "Request"
}

// compositeOf returns the composite literal that e is, takes the address
// of, or that a local variable is declared with and never assigned again.
func (c *checker) compositeOf(e ast.Expr) (*ast.CompositeLit, bool) {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	switch e := e.(type) {
	case *ast.CompositeLit:
		return e, true
	case *ast.Ident:
		if init := c.soleValue(e); init != nil {
			return c.compositeOf(init)
		}
	}
	return nil, false
}

// soleValue returns the value a local variable is declared with, when it
// is not assigned anywhere else; nil otherwise.
func (c *checker) soleValue(id *ast.Ident) ast.Expr {
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.Parent() == nil || v.Parent() == c.pass.Pkg.Scope() {
		return nil
	}
	file := c.fileOf(v.Pos())
	if file == nil {
		return nil
	}
	var init ast.Expr
	assignedAgain := false
	ast.Inspect(file, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok {
			return true
		}
		for i, lhs := range as.Lhs {
			lid, ok := lhs.(*ast.Ident)
			if !ok {
				continue
			}
			switch {
			case c.pass.TypesInfo.Defs[lid] == v && len(as.Lhs) == len(as.Rhs):
				init = as.Rhs[i]
			case c.pass.TypesInfo.Uses[lid] == v:
				assignedAgain = true
			}
		}
		return true
	})
	if assignedAgain {
		return nil
	}
	return init
}

// fileOf returns the file of the package that holds pos.
func (c *checker) fileOf(pos token.Pos) *ast.File {
	for _, f := range c.pass.Files {
		if f.FileStart <= pos && pos < f.FileEnd {
			return f
		}
	}
	return nil
}

// funcDecl returns the declaration of fn in the package's files.
func (c *checker) funcDecl(fn *types.Func) *ast.FuncDecl {
	file := c.fileOf(fn.Pos())
	if file == nil {
		return nil
	}
	for _, d := range file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && c.pass.TypesInfo.Defs[fd.Name] == fn {
			return fd
		}
	}
	return nil
}
