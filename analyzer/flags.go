package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/mpreslint/mpreslint/internal/message"
	"github.com/mpreslint/mpreslint/residency"
)

// The feature flags of the official SDK ignore EuResidency() and
// InResidency(): they poll https://<APIHost>/flags, and an empty APIHost,
// like that of flags.DefaultLocalFlagsConfig(), is api.mixpanel.com
// (../shared/MIXPANEL.md §2.1, "Feature flags ignore the residency
// options"; "OpenFeature module").

// flagsConfigFuncs are the functions that take a flags config, by package.
var flagsConfigFuncs = map[string][]string{
	officialV1:  {"WithLocalFlags", "WithLocalFlagsAndTracker", "WithRemoteFlags"},
	officialV2:  {"WithLocalFlags", "WithLocalFlagsAndTracker", "WithRemoteFlags"},
	flagsV1:     {"NewLocalFeatureFlagsProvider", "NewRemoteFeatureFlagsProvider"},
	flagsV2:     {"NewLocalFeatureFlagsProvider", "NewRemoteFeatureFlagsProvider"},
	openFeature: {"NewProviderWithLocalConfig", "NewProviderWithRemoteConfig"},
}

// openFeatureOptions are, for each OpenFeature constructor that builds its
// own client, the flags option that builds it and the client's provider.
var openFeatureOptions = map[string][2]string{
	"NewProviderWithLocalConfig":  {"WithLocalFlags(config)", "LocalFlags"},
	"NewProviderWithRemoteConfig": {"WithRemoteFlags(config, nil)", "RemoteFlags"},
}

// checkFlagsCall checks a call that takes a flags config: the config must
// name the region's host, and an OpenFeature provider must not build its
// own client, which has no residency option.
func (c *checker) checkFlagsCall(fs *fileState, cur inspector.Cursor, sc sdkCall) {
	if sc.fn == nil || !slices.Contains(flagsConfigFuncs[sc.path], sc.name) {
		return // not a flags function, or its types are missing
	}
	if sc.path == openFeature {
		c.reportOpenFeature(fs, cur, sc)
	}
	params := sc.fn.Signature().Params()
	for i, arg := range sc.call.Args {
		if i < params.Len() && isFlagsConfig(params.At(i).Type()) {
			c.checkFlagsConfig(fs, cur, sc, arg)
		}
	}
}

func (c *checker) reportOpenFeature(fs *fileState, cur inspector.Cursor, sc sdkCall) {
	w := want{client: true}
	excused, considered := c.choices.excused(cur, w, nil)
	if excused {
		return // a client with the region in another arm of a choice
	}
	target := c.opts.Region
	option := regionOption(target)
	build := openFeatureOptions[sc.name]
	c.add(fs, cur, analysis.Diagnostic{
		Pos:      sc.call.Pos(),
		End:      sc.call.End(),
		Category: categorySDK,
		Message: fmt.Sprintf("call to %s%s builds a Mixpanel client without %s(), so flag exposure events go to the US region (%s); %s must build the client with mixpanel.NewApiClient(token, mixpanel.%s(), mixpanel.%s) and pass its %s to %sNewProvider",
			sc.qualifier, sc.name, option, residency.Host(residency.Ingestion, residency.US), regionLabel(target), option, build[0], build[1], sc.qualifier),
	}, []want{w}, considered)
}

// isFlagsConfig reports whether t is flags.LocalFlagsConfig or
// flags.RemoteFlagsConfig.
func isFlagsConfig(t types.Type) bool {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || !isFlagsPath(named.Obj().Pkg().Path()) {
		return false
	}
	name := named.Obj().Name()
	return name == "LocalFlagsConfig" || name == "RemoteFlagsConfig"
}

// usHostConfig says why a flags config provably polls the US host.
type usHostConfig struct {
	why   string              // "without APIHost", "from flags.DefaultLocalFlagsConfig()", …
	edits []analysis.TextEdit // the fix, if there is an exact one
}

// checkFlagsConfig reports a flags config, passed to sc as arg, whose
// APIHost is provably the US host. A config of unknown origin (a
// parameter, a field, a call of the user's) is not reported.
func (c *checker) checkFlagsConfig(fs *fileState, cur inspector.Cursor, sc sdkCall, arg ast.Expr) {
	host := residency.Host(residency.Ingestion, c.opts.Region)
	var (
		cfg     usHostConfig
		ok      bool
		subject = "flags config"
	)
	switch e := ast.Unparen(arg).(type) {
	case *ast.Ident:
		v, isVar := c.pass.TypesInfo.Uses[e].(*types.Var)
		if !isVar || c.seenConfigs[v] {
			return // not a variable, or reported at its first use
		}
		cfg, ok = c.localConfig(cur, v, host)
		if ok {
			if c.seenConfigs == nil {
				c.seenConfigs = make(map[*types.Var]bool)
			}
			c.seenConfigs[v] = true
		}
		subject += " " + e.Name
	default:
		cfg, ok = c.configValue(e, host)
	}
	if !ok {
		return
	}
	d := analysis.Diagnostic{
		Pos:      arg.Pos(),
		End:      arg.End(),
		Category: categorySDK,
		Message: fmt.Sprintf("%s %s: the feature flags of %s%s are fetched from the US region (%s); %s must set APIHost to %q",
			subject, cfg.why, sc.qualifier, sc.name, residency.Host(residency.Ingestion, residency.US), regionLabel(c.opts.Region), host),
	}
	if cfg.edits == nil {
		c.addAlone(fs, d)
		return
	}
	d.SuggestedFixes = []analysis.SuggestedFix{{Message: fmt.Sprintf("Set APIHost to %q", host), TextEdits: cfg.edits}}
	// The fix writes the region's ingestion host into the config: a
	// choice whose sibling arm is wrong would then look deliberate.
	c.findings = append(c.findings, &finding{fs: fs, diag: d, node: arg, cursor: cur, insertsHost: true})
}

// configValue classifies a config expression: a default config or a
// composite literal.
func (c *checker) configValue(e ast.Expr, host string) (usHostConfig, bool) {
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		path, qualifier, name, ok := packageFunc(c.pass.TypesInfo, nil, e.Fun)
		if ok && isFlagsPath(path) && (name == "DefaultLocalFlagsConfig" || name == "DefaultRemoteFlagsConfig") && len(e.Args) == 0 {
			return usHostConfig{why: fmt.Sprintf("from %s%s()", qualifier, name)}, true
		}
	case *ast.CompositeLit:
		return c.configLiteral(e, host)
	}
	return usHostConfig{}, false // unknown
}

// configLiteral classifies flags.LocalFlagsConfig{…} or
// flags.RemoteFlagsConfig{…}; the host lives in its embedded
// FlagsConfig.
func (c *checker) configLiteral(lit *ast.CompositeLit, host string) (usHostConfig, bool) {
	inner, ok := keyedElt(lit, "FlagsConfig")
	if !ok {
		return usHostConfig{}, false // positional fields
	}
	if inner == nil {
		qualifier, ok := c.flagsQualifier(lit.Type)
		cfg := usHostConfig{why: "without APIHost"}
		if ok {
			cfg.edits = insertElt(c.pass.Fset, lit, fmt.Sprintf("FlagsConfig: %sFlagsConfig{APIHost: %q}", qualifier, host))
		}
		return cfg, true
	}
	flagsLit, isLit := ast.Unparen(inner).(*ast.CompositeLit)
	if !isLit {
		return usHostConfig{}, false // a FlagsConfig from elsewhere
	}
	value, ok := keyedElt(flagsLit, "APIHost")
	switch {
	case !ok:
		return usHostConfig{}, false
	case value == nil:
		return usHostConfig{why: "without APIHost", edits: insertElt(c.pass.Fset, flagsLit, fmt.Sprintf("APIHost: %q", host))}, true
	case isEmptyString(c.pass.TypesInfo, value):
		edit := analysis.TextEdit{Pos: value.Pos(), End: value.End(), NewText: []byte(requote(sourceOf(value), host))}
		return usHostConfig{why: "with an empty APIHost", edits: []analysis.TextEdit{edit}}, true
	}
	return usHostConfig{}, false // a host: the literal rules check it
}

// keyedElt returns the value of the field key in a keyed struct literal,
// or nil if the literal omits it; ok is false for a positional literal.
func keyedElt(lit *ast.CompositeLit, key string) (value ast.Expr, ok bool) {
	for _, elt := range lit.Elts {
		kv, isKV := elt.(*ast.KeyValueExpr)
		if !isKV {
			return nil, false
		}
		if id, isID := kv.Key.(*ast.Ident); isID && id.Name == key {
			return kv.Value, true
		}
	}
	return nil, true
}

// flagsQualifier returns how the config literal's type expression spells
// the flags package ("flags." or "" after a dot import), if it names
// the flags type itself rather than an alias.
func (c *checker) flagsQualifier(typ ast.Expr) (string, bool) {
	info := c.pass.TypesInfo
	switch t := typ.(type) {
	case *ast.SelectorExpr:
		x, ok := t.X.(*ast.Ident)
		if !ok {
			return "", false
		}
		pkg, ok := info.Uses[x].(*types.PkgName)
		obj, isType := info.Uses[t.Sel].(*types.TypeName)
		return x.Name + ".", ok && isType && !obj.IsAlias() && isFlagsPath(pkg.Imported().Path())
	case *ast.Ident:
		obj, ok := info.Uses[t].(*types.TypeName)
		return "", ok && !obj.IsAlias() && obj.Pkg() != nil && isFlagsPath(obj.Pkg().Path())
	}
	return "", false
}

// insertElt returns the edit that adds the element elt first in lit,
// on a line of its own if lit's elements are.
func insertElt(fset *token.FileSet, lit *ast.CompositeLit, elt string) []analysis.TextEdit {
	line := func(p token.Pos) int { return fset.Position(p).Line }
	indent := func(p token.Pos) string { return strings.Repeat("\t", max(fset.Position(p).Column-1, 0)) }
	switch {
	case len(lit.Elts) == 0 && line(lit.Lbrace) == line(lit.Rbrace):
		return []analysis.TextEdit{{Pos: lit.Lbrace + 1, End: lit.Lbrace + 1, NewText: []byte(elt)}}
	case len(lit.Elts) == 0:
		return []analysis.TextEdit{{Pos: lit.Rbrace, End: lit.Rbrace, NewText: []byte("\t" + elt + ",\n" + indent(lit.Rbrace))}}
	case line(lit.Lbrace) == line(lit.Elts[0].Pos()):
		return []analysis.TextEdit{{Pos: lit.Elts[0].Pos(), End: lit.Elts[0].Pos(), NewText: []byte(elt + ", ")}}
	}
	first := lit.Elts[0].Pos()
	return []analysis.TextEdit{{Pos: first, End: first, NewText: []byte(elt + ",\n" + indent(first))}}
}

// localConfig classifies the local variable v holding a config passed at
// cur: built from a default config, a literal or the zero value, and
// neither assigned to nor addressed in the function that declares it.
func (c *checker) localConfig(cur inspector.Cursor, v *types.Var, host string) (usHostConfig, bool) {
	if v.IsField() || v.Parent() == nil || v.Parent() == c.pass.Pkg.Scope() {
		return usHostConfig{}, false // a field or a package-level variable: set who knows where
	}
	file, ok := enclosingFile(cur)
	if !ok {
		return usHostConfig{}, false
	}
	curDef, ok := file.FindByPos(v.Pos(), v.Pos()+token.Pos(len(v.Name())))
	if !ok {
		return usHostConfig{}, false
	}
	stmt, init, ok := definition(curDef)
	if !ok {
		return usHostConfig{}, false // a parameter, a range variable, …
	}
	fn, ok := enclosingFunc(curDef)
	if !ok || c.changedIn(fn, v) {
		return usHostConfig{}, false
	}
	var cfg usHostConfig
	if init == nil {
		cfg = usHostConfig{why: "without APIHost"} // var cfg flags.LocalFlagsConfig
	} else if cfg, ok = c.configValue(init, host); !ok {
		return usHostConfig{}, false
	}
	if _, isLit := ast.Unparen(init).(*ast.CompositeLit); !isLit {
		cfg.edits = c.assignAfter(stmt, fmt.Sprintf("%s.APIHost = %q", v.Name(), host))
	}
	return cfg, true
}

// definition returns the statement that declares the identifier at
// curDef and the value it gets, nil for the zero value.
func definition(curDef inspector.Cursor) (stmt inspector.Cursor, init ast.Expr, ok bool) {
	if _, isID := curDef.Node().(*ast.Ident); !isID {
		return stmt, nil, false
	}
	switch k, i := curDef.ParentEdge(); k {
	case edge.AssignStmt_Lhs:
		as := curDef.Parent().Node().(*ast.AssignStmt)
		if as.Tok != token.DEFINE || len(as.Lhs) != len(as.Rhs) {
			return stmt, nil, false
		}
		return curDef.Parent(), as.Rhs[i], true
	case edge.ValueSpec_Names:
		spec := curDef.Parent().Node().(*ast.ValueSpec)
		decl := curDef.Parent().Parent()
		if decl.ParentEdgeKind() != edge.DeclStmt_Decl {
			return stmt, nil, false
		}
		switch {
		case len(spec.Values) == len(spec.Names):
			return decl.Parent(), spec.Values[i], true
		case len(spec.Values) == 0 && spec.Type != nil:
			return decl.Parent(), nil, true
		}
	}
	return stmt, nil, false
}

// changedIn reports whether fn assigns to v, its FlagsConfig or its
// APIHost, or takes the address of any of it.
func (c *checker) changedIn(fn inspector.Cursor, v *types.Var) bool {
	for curID := range fn.Preorder((*ast.Ident)(nil)) {
		if c.pass.TypesInfo.Uses[curID.Node().(*ast.Ident)] != v {
			continue
		}
		// Have: v, v.FlagsConfig, v.APIHost, v.EnablePolling, …
		top, path := curID, ""
		for top.ParentEdgeKind() == edge.SelectorExpr_X {
			top = top.Parent()
			sel := top.Node().(*ast.SelectorExpr)
			if s, ok := c.pass.TypesInfo.Selections[sel]; ok && s.Kind() != types.FieldVal {
				return true // a method may change v
			}
			path += "." + sel.Sel.Name
		}
		for top.ParentEdgeKind() == edge.ParenExpr_X {
			top = top.Parent()
		}
		switch top.ParentEdgeKind() {
		case edge.AssignStmt_Lhs, edge.RangeStmt_Key, edge.RangeStmt_Value:
			if path == "" || strings.Contains(path, ".FlagsConfig") || strings.Contains(path, ".APIHost") {
				return true
			}
		case edge.UnaryExpr_X:
			if top.Parent().Node().(*ast.UnaryExpr).Op == token.AND {
				return true // passed by pointer: may be set anywhere
			}
		}
	}
	return false
}

// assignAfter returns the edit that puts the statement text on a line of
// its own right after stmt, a statement of a block, or nil where that is
// not exact: stmt shares its last line with another statement or a
// comment that goes on.
func (c *checker) assignAfter(stmt inspector.Cursor, text string) []analysis.TextEdit {
	switch stmt.ParentEdgeKind() {
	case edge.BlockStmt_List, edge.CaseClause_Body, edge.CommClause_Body:
	default:
		return nil // e.g. the init of an if statement
	}
	fset := c.pass.Fset
	n := stmt.Node()
	tf := fset.File(n.Pos())
	end := tf.Line(n.End())
	if end >= tf.LineCount() {
		return nil
	}
	if next, ok := stmt.NextSibling(); ok && tf.Line(next.Node().Pos()) == end {
		return nil // another statement follows on the same line
	}
	file, _ := enclosingFile(stmt)
	for _, group := range file.Node().(*ast.File).Comments {
		if group.Pos() >= n.End() && tf.Line(group.Pos()) == end && tf.Line(group.End()) > end {
			return nil // a block comment goes on past the line
		}
	}
	indent := strings.Repeat("\t", max(fset.Position(n.Pos()).Column-1, 0))
	at := tf.LineStart(end + 1)
	return []analysis.TextEdit{{Pos: at, End: at, NewText: []byte(indent + text + "\n")}}
}

// checkAPIHostLiteral reports a string literal given to a flags APIHost
// that is not a bare host name. It returns whether it reported the
// literal, which the host rules must then leave alone: one finding, one
// fix, for a literal that has both a scheme and a US host.
func (c *checker) checkAPIHostLiteral(fs *fileState, cur inspector.Cursor, lit *ast.BasicLit) bool {
	if lit.Kind != token.STRING || !strings.ContainsRune(lit.Value, '/') || !c.isAPIHost(cur) {
		return false // fast path: not a URL, or not an APIHost
	}
	value, err := strconv.Unquote(lit.Value)
	if err != nil || !strings.Contains(value, "/") {
		return false
	}
	target := c.opts.Region
	bare := bareHost(value)
	var (
		wrong      []residency.Match
		wants      []want
		considered = make(map[ast.Node]bool)
	)
	for _, m := range residency.Find(bare) {
		if !m.Wrong(target) {
			continue
		}
		if m.Exists {
			w := want{host: true, family: m.Family, rest: message.NormalPath(m.Rest)}
			excused, seen := c.choices.excused(cur, w, nil)
			if excused {
				continue
			}
			wants = append(wants, w)
			maps.Copy(considered, seen)
		}
		wrong = append(wrong, m)
	}
	fixed := residency.Replace(bare, wrong, target)
	msg := fmt.Sprintf("APIHost %q is not a bare host name: the flags provider requests https://<APIHost>/flags, so every flags request fails; use %q", value, fixed)
	if len(wrong) > 0 {
		msg = fmt.Sprintf("APIHost %q is not a bare host name, so every flags request fails, and host %s is %s; %s must use %q",
			value, wrong[0].Host, whereIs(wrong[0]), regionLabel(target), fixed)
	}
	d := analysis.Diagnostic{Pos: lit.Pos(), End: lit.End(), Category: categorySDK, Message: msg}
	if fixed != "" {
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   "Use " + fixed,
			TextEdits: []analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte(requote(lit.Value, fixed))}},
		}}
	}
	c.add(fs, cur, d, wants, considered)
	return true
}

// whereIs says what is wrong with a host of another region.
func whereIs(m residency.Match) string {
	if !m.Exists {
		return "a name that does not exist"
	}
	return "in the " + m.Region.Label() + " region"
}

// isAPIHost reports whether the expression at cur is assigned to the
// APIHost field of a flags config, in a literal or by an assignment.
func (c *checker) isAPIHost(cur inspector.Cursor) bool {
	info := c.pass.TypesInfo
	var field types.Object
	switch k, i := cur.ParentEdge(); k {
	case edge.KeyValueExpr_Value:
		if key, ok := cur.Parent().Node().(*ast.KeyValueExpr).Key.(*ast.Ident); ok {
			field = info.Uses[key]
		}
	case edge.AssignStmt_Rhs:
		as := cur.Parent().Node().(*ast.AssignStmt)
		if len(as.Lhs) != len(as.Rhs) {
			return false
		}
		if sel, ok := ast.Unparen(as.Lhs[i]).(*ast.SelectorExpr); ok {
			if s, ok := info.Selections[sel]; ok {
				field = s.Obj()
			}
		}
	}
	v, ok := field.(*types.Var)
	return ok && v.IsField() && v.Name() == "APIHost" && v.Pkg() != nil && isFlagsPath(v.Pkg().Path())
}

// bareHost returns the host[:port] of a URL, or of host/path.
func bareHost(s string) string {
	if _, rest, ok := strings.Cut(s, "://"); ok {
		s = rest
	}
	s = strings.TrimPrefix(s, "//")
	if i := strings.IndexAny(s, "/?#"); i >= 0 {
		s = s[:i]
	}
	if i := strings.LastIndex(s, "@"); i >= 0 {
		s = s[i+1:]
	}
	return s
}

func enclosingFile(cur inspector.Cursor) (inspector.Cursor, bool) {
	for f := range cur.Enclosing((*ast.File)(nil)) {
		return f, true
	}
	return cur, false
}
