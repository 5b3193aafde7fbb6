package analyzer

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strconv"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/mpreslint/mpreslint/residency"
)

// hostSlot is where a client takes its host.
type hostSlot int

const (
	// slotArg: a URL argument; an empty one means the default host.
	slotArg hostSlot = iota
	// slotOption: a variadic option function; without it, the default.
	slotOption
	// slotField: an exported field of the returned client, preset to
	// the default.
	slotField
	// slotTwin: the constructor uses the default; a twin of it takes the
	// URL as an extra last argument.
	slotTwin
)

// sdkClient is one Go client of Mixpanel whose ingestion host defaults to
// the US: what mpreslint knows of it is this row and a stub under
// testdata/src. The official SDK, configured by options that set more
// than one host, is checked apart (checkOfficialClient).
type sdkClient struct {
	paths []string // import paths
	// constructors maps each constructor to the index of its URL
	// parameter (slotArg), used when the SDK's types are missing; -1 for
	// the other slots.
	constructors map[string]int
	slot         hostSlot
	// name is the URL parameter (slotArg, found by name when types are
	// at hand), the option function (slotOption), the field (slotField)
	// or the twin constructor (slotTwin).
	name        string
	defaultHost string // where data goes by default
}

// sdkClients are the clients with a US default, from ../shared/MIXPANEL.md.
var sdkClients = []sdkClient{
	{
		// §2.2: New(token, apiURL string) and siblings; an empty apiURL
		// becomes "https://api.mixpanel.com". §2.3: freshpaint-io/mixpanel
		// is a fork with the same constructors (mixpanel.go:337–356 at
		// ef2be7d).
		paths:        []string{"github.com/dukex/mixpanel", "github.com/freshpaint-io/mixpanel"},
		constructors: map[string]int{"New": 1, "NewWithSecret": 2, "NewFromClient": 2, "NewFromClientWithSecret": 3},
		slot:         slotArg,
		name:         "apiURL",
		defaultHost:  "api.mixpanel.com", //mpreslint:ignore the SDK's own US default, the data the sdk rule reports by
	},
	{
		// §2.3: NewMixpanel(token string) *Mixpanel, exported field
		// BaseUrl = "http://api.mixpanel.com" (mixpanel.go, 2015-06-30).
		paths:        []string{"github.com/timehop/go-mixpanel"},
		constructors: map[string]int{"NewMixpanel": -1},
		slot:         slotField,
		name:         "BaseUrl",
		defaultHost:  "api.mixpanel.com", //mpreslint:ignore the SDK's own US default, the data the sdk rule reports by
	},
	{
		// §2.3: New(token string) *Client, field BaseURL =
		// "https://api.mixpanel.com" (vizzlo/go-mixpanel v1.1.0, v1.2.0).
		paths:        []string{"vizzlo.com/mixpanel"},
		constructors: map[string]int{"New": -1},
		slot:         slotField,
		name:         "BaseURL",
		defaultHost:  "api.mixpanel.com", //mpreslint:ignore the SDK's own US default, the data the sdk rule reports by
	},
	{
		// §2.3: New(options ...Option) API and NewWithClient(httpClient,
		// options ...Option) API; WithApiUrl(value string) sets
		// Config.ApiUrl, else "https://api.mixpanel.com" (options.go,
		// mixpanel.go, v0.1 … v0.1.2).
		paths:        []string{"github.com/stryd/mixpanel-go"},
		constructors: map[string]int{"New": -1, "NewWithClient": -1},
		slot:         slotOption,
		name:         "WithApiUrl",
		defaultHost:  "api.mixpanel.com", //mpreslint:ignore the SDK's own US default, the data the sdk rule reports by
	},
	{
		// §2.3: NewMixpanel(token) uses MIXPANEL_BASE_URL =
		// "http://api.mixpanel.com"; NewMixpanelWithUrl(token, url string)
		// takes the URL (mixpanel.go, 2014).
		paths:        []string{"github.com/sjhitchner/go-mixpanel"},
		constructors: map[string]int{"NewMixpanel": -1},
		slot:         slotTwin,
		name:         "NewMixpanelWithUrl",
		defaultHost:  "api.mixpanel.com", //mpreslint:ignore the SDK's own US default, the data the sdk rule reports by
	},
}

// clientOf returns the row of the SDK at path.
func clientOf(path string) (*sdkClient, bool) {
	for i := range sdkClients {
		if slices.Contains(sdkClients[i].paths, path) {
			return &sdkClients[i], true
		}
	}
	return nil, false
}

// checkTableClient reports a client of the table left on its US default.
func (c *checker) checkTableClient(fs *fileState, cur inspector.Cursor, sc sdkCall, sdk *sdkClient) {
	call := sc.call
	if _, ok := sdk.constructors[sc.name]; !ok || call.Ellipsis.IsValid() {
		return // not a constructor, or an options slice that may hold the URL
	}
	if sdk.slot != slotField && !sc.onDefault(sdk) {
		return
	}
	target := c.opts.Region
	url := "https://" + residency.Host(residency.Ingestion, target)
	d := analysis.Diagnostic{Pos: call.Pos(), End: call.End(), Category: categorySDK}
	callee := sc.qualifier + sc.name
	switch sdk.slot {
	case slotArg:
		idx, _ := sc.urlParam(sdk)
		arg := call.Args[idx]
		d.Message = fmt.Sprintf("call to %s with an empty %s sends events to the US region (%s); %s must pass %s",
			callee, sdk.name, sdk.defaultHost, regionLabel(target), url)
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   "Use " + url,
			TextEdits: []analysis.TextEdit{{Pos: arg.Pos(), End: arg.End(), NewText: []byte(requote(sourceOf(arg), url))}},
		}}
	case slotOption:
		option := fmt.Sprintf("%s%s(%q)", sc.qualifier, sdk.name, url)
		d.Message = fmt.Sprintf("call to %s without %s sends events to the US region (%s); %s must add %s",
			callee, sdk.name, sdk.defaultHost, regionLabel(target), option)
		edit := analysis.TextEdit{Pos: call.Rparen, End: call.Rparen, NewText: []byte(option)}
		if len(call.Args) > 0 {
			edit = c.appendArg(call, option)
		}
		d.SuggestedFixes = []analysis.SuggestedFix{{Message: "Add " + option, TextEdits: []analysis.TextEdit{edit}}}
	case slotField:
		if sc.fn == nil || c.fieldSetBeforeEscape(cur, sdk.name) {
			return // without types, uses of the client cannot be followed
		}
		d.Message = fmt.Sprintf("client from %s keeps its %s on the US region (%s); %s must set %s to %q",
			callee, sdk.name, sdk.defaultHost, regionLabel(target), sdk.name, url)
	case slotTwin:
		twin := sc.qualifier + sdk.name
		d.Message = fmt.Sprintf("call to %s sends events to the US region (%s); %s must call %s with %s",
			callee, sdk.defaultHost, regionLabel(target), twin, url)
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message: fmt.Sprintf("Call %s with %s", twin, url),
			TextEdits: []analysis.TextEdit{
				{Pos: funcName(call).Pos(), End: funcName(call).End(), NewText: []byte(sdk.name)},
				c.appendArg(call, strconv.Quote(url)),
			},
		}}
	}
	w := want{client: true, host: true, family: residency.Ingestion}
	excused, considered := c.choices.excused(cur, w, nil)
	if excused {
		return // the regional URL is chosen at run time nearby
	}
	c.add(fs, cur, d, []want{w}, considered)
}

// onDefault reports whether the call, a constructor of sdk whose host is
// an argument, an option or a twin constructor, leaves the client on its
// default host: an empty URL (a URL of the user's is checked as a literal),
// no URL option, or the constructor without the URL.
func (sc sdkCall) onDefault(sdk *sdkClient) bool {
	switch sdk.slot {
	case slotArg:
		idx, ok := sc.urlParam(sdk)
		return ok && isEmptyString(sc.info, sc.call.Args[idx])
	case slotOption:
		return sc.withoutOption(sdk.name)
	case slotTwin:
		// Not a version without the twin.
		return (sc.fn == nil || sc.fn.Pkg().Scope().Lookup(sdk.name) != nil) && len(sc.call.Args) > 0
	}
	return false
}

// urlParam returns the index of the constructor's URL parameter.
func (sc sdkCall) urlParam(sdk *sdkClient) (int, bool) {
	i := sdk.constructors[sc.name]
	if sc.fn == nil {
		return i, len(sc.call.Args) == i+1
	}
	params := sc.fn.Signature().Params()
	i = slices.IndexFunc(slices.Collect(params.Variables()), func(v *types.Var) bool { return v.Name() == sdk.name })
	return i, i >= 0 && i < len(sc.call.Args)
}

// withoutOption reports whether the call's options are all the SDK's own
// and none is the option named name. It needs the SDK's types to know
// where the options start.
func (sc sdkCall) withoutOption(name string) bool {
	first, ok := sc.firstOption()
	if !ok || sc.fn == nil || first > len(sc.call.Args) {
		return false
	}
	for _, arg := range sc.call.Args[first:] {
		opt, ok := sc.optionName(arg)
		if !ok || opt == name {
			return false // an option of the user's own may set the URL
		}
	}
	return true
}

// funcName returns the identifier that names a called package function.
func funcName(call *ast.CallExpr) *ast.Ident {
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.SelectorExpr:
		return fun.Sel
	case *ast.Ident:
		return fun
	}
	return nil
}

// sourceOf returns the source of a string literal, or "" for any other
// expression.
func sourceOf(e ast.Expr) string {
	if lit, ok := ast.Unparen(e).(*ast.BasicLit); ok {
		return lit.Value
	}
	return ""
}

// fieldSetBeforeEscape reports whether the client built at cur has its
// field set before it escapes: the call's result is stored in a variable
// or a struct field, and the first use of that after the call, in the
// function that builds the client, assigns the field (other fields may be
// set first). At package level, any assignment of the field counts.
func (c *checker) fieldSetBeforeEscape(cur inspector.Cursor, field string) bool {
	info := c.pass.TypesInfo
	var stored func(ast.Expr) bool // whether an expression reads where the client is stored
	switch k, i := cur.ParentEdge(); k {
	case edge.AssignStmt_Rhs:
		as := cur.Parent().Node().(*ast.AssignStmt)
		if len(as.Lhs) == len(as.Rhs) {
			stored = func(e ast.Expr) bool { return sameVar(info, e, as.Lhs[i]) }
		}
	case edge.ValueSpec_Values:
		name := cur.Parent().Node().(*ast.ValueSpec).Names[i]
		stored = func(e ast.Expr) bool { return sameVar(info, e, name) }
	case edge.KeyValueExpr_Value:
		// Have: T{f: sdk.New(…)}; x.f of any x is the client.
		if f := storage(info, cur.Parent().Node().(*ast.KeyValueExpr).Key); f != nil && f.IsField() {
			stored = func(e ast.Expr) bool { _, isSel := e.(*ast.SelectorExpr); return isSel && storage(info, e) == f }
		}
	}
	if stored == nil {
		return false // escapes right away: returned, passed on, used
	}
	scope, inFunc := enclosingFunc(cur)
	if !inFunc {
		scope = c.pass.ResultOf[inspect.Analyzer].(*inspector.Inspector).Root()
	}
	end := cur.Node().End()
	for use := range scope.Preorder((*ast.Ident)(nil), (*ast.SelectorExpr)(nil)) {
		if inFunc && use.Node().Pos() < end || !stored(use.Node().(ast.Expr)) {
			continue
		}
		// Have: dest.F = …, or any other use.
		if use.ParentEdgeKind() == edge.SelectorExpr_X && use.Parent().ParentEdgeKind() == edge.AssignStmt_Lhs {
			if use.Parent().Node().(*ast.SelectorExpr).Sel.Name == field {
				return true
			}
			continue // another field set first
		}
		if inFunc {
			return false // escapes, or is used with the default
		}
	}
	return false
}

// sameVar reports whether a and b name the same variable, or the same
// field of the same variable.
func sameVar(info *types.Info, a, b ast.Expr) bool {
	a, b = ast.Unparen(a), ast.Unparen(b)
	va, vb := storage(info, a), storage(info, b)
	if va == nil || va != vb {
		return false
	}
	sa, okA := a.(*ast.SelectorExpr)
	sb, okB := b.(*ast.SelectorExpr)
	if okA != okB {
		return false
	}
	if okA && va.IsField() {
		return sameVar(info, sa.X, sb.X) // the same field of the same variable
	}
	return true
}
