package files

import (
	"cmp"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/mpreslint/mpreslint/residency"
)

// A span is a part of a file: the bytes [start, end).
type span struct{ start, end int }

func (s span) holds(v value) bool { return s.start <= v.start && v.end <= s.end }

// A choice is a region choice of a file, or a list: its arms are the
// alternatives (the branches, the values of region keys) or the elements.
// As in Go, a host of another region is excused when it is in one arm and
// another arm yields the target region's host of the same API for the
// same path: the code picks the region on purpose, or the list holds both
// regions' hosts (an allowlist, a CSP source list).
type choice struct {
	arms []span
	keys []string // the key of each arm of a region map, or nil
	list bool     // a list, not a choice
}

// choices are the region choices and lists of one file, and what the
// excuse needs to know of it.
type choices struct {
	src    string
	values []value // in file order
	all    []choice
	ts     tokens
	decls  map[string][]span // a name → the string values assigned to it, in file order
	// useIndex maps a declared name to its uses, built on first need.
	useIndex map[string][]span
	declAt   map[int]string      // the start of a declared value → its name, built on first need
	byStem   map[string][]string // the target's members of per-region sets, by stem, built on first need
	armsAt   map[int][]armRef    // the start of a value or use → the arms that hold it, built on first need
	target   residency.Region
}

// newChoices finds the region choices and lists of src, a file of syntax
// syn whose comments are blanked out in code.
func newChoices(src, code string, syn *syntax, values []value, r residency.Region) *choices {
	x := &choices{src: src, values: values, target: r, decls: make(map[string][]span)}
	switch syn.values {
	case markup:
		for _, s := range scriptSpans(code) {
			x.ts.list = appendTokens(x.ts.list, tokenize(code, jsSyntax, s.start, s.end))
		}
	default:
		x.ts.list = tokenize(code, syn, 0, len(code))
	}
	x.ts.src = code
	x.codeChoices(syn)
	switch syn.structure {
	case indented:
		x.all = append(x.all, yamlChoices(code)...)
	case keyValues:
		x.all = append(x.all, keyValueChoices(code)...)
	}
	if syn.values == words && syn.structure != keyValues {
		x.all = append(x.all, shellChoices(code)...)
	}
	if strings.Contains(code, "{{") || strings.Contains(code, "{%") {
		x.all = append(x.all, templateChoices(code)...)
	}
	return x
}

// appendTokens appends more, tokens of a later part of the file, to list.
func appendTokens(list, more []tok) []tok {
	n := len(list)
	for _, t := range more {
		if t.match >= 0 {
			t.match += n
		}
		if t.parent >= 0 {
			t.parent += n
		}
		list = append(list, t)
	}
	return list
}

// scriptSpans returns the contents of the <script> elements of markup.
func scriptSpans(code string) []span {
	var out []span
	for i := 0; i < len(code); {
		j := indexFold(code[i:], "<script")
		if j < 0 {
			break
		}
		start := i + j
		if !isTag(code[start:], "<script") {
			i = start + 1
			continue
		}
		gt := strings.IndexByte(code[start:], '>')
		if gt < 0 {
			break
		}
		body := start + gt + 1
		end := indexFold(code[body:], "</script")
		if end < 0 {
			end = len(code)
		} else {
			end += body
		}
		out = append(out, span{body, end})
		i = end
	}
	return out
}

// excused reports whether the match m of the value v is a host of another
// region picked on purpose: an arm of a region choice, or an element of a
// list, whose sibling yields the target region's host of m's API for the
// same path; or the value of a name whose every use is such an arm; or a
// default value of a name that a region choice assigns the target's host
// to later. A host that does not exist is never excused.
func (x *choices) excused(v value, m residency.Match) bool {
	if !m.Exists {
		return false
	}
	if x.siblingYields(v, m) {
		return true
	}
	name, later, ok := x.declOf(v)
	if !ok {
		return false
	}
	// A name every use of which is an arm: const BASE_ENDPOINT_EU picked by
	// a switch.
	uses := x.uses(name)
	all := len(uses) > 0
	for _, u := range uses {
		if !x.siblingYields(value{start: u.start, end: u.end}, m) {
			all = false
			break
		}
	}
	if all {
		return true
	}
	// A per-region set of constants whose choice is in another file:
	// BASE_ENDPOINT beside BASE_ENDPOINT_EU, only declared and exported here.
	if x.onlyExported(uses) && x.setMemberYields(name, m) {
		return true
	}
	// A default overwritten in a region choice: let host = US; if (eu) host = EU.
	for _, w := range later {
		if x.inRegionArm(w, v) && x.spanYields(w, m) {
			return true
		}
	}
	return false
}

// An armRef is an arm of a choice: the indexes of both.
type armRef struct{ choice, arm int }

// arms returns the arms that hold the part of the file [start, end), a
// value or a use of a name.
func (x *choices) arms(start, end int) []armRef {
	if x.armsAt == nil {
		x.indexArms()
	}
	var out []armRef
	for _, ref := range x.armsAt[start] {
		if a := x.all[ref.choice].arms[ref.arm]; a.start <= start && end <= a.end {
			out = append(out, ref)
		}
	}
	return out
}

// indexArms maps the start of each value and use of a name to the arms
// that hold it.
func (x *choices) indexArms() {
	x.armsAt = make(map[int][]armRef)
	var points []span
	for _, v := range x.values {
		points = append(points, span{v.start, v.end})
	}
	for _, name := range slices.Sorted(maps.Keys(x.decls)) {
		points = append(points, x.uses(name)...)
	}
	slices.SortFunc(points, func(a, b span) int { return cmp.Compare(a.start, b.start) })
	for c, ch := range x.all {
		for a, arm := range ch.arms {
			i := sort.Search(len(points), func(i int) bool { return points[i].start >= arm.start })
			for ; i < len(points) && points[i].start < arm.end; i++ {
				if points[i].end <= arm.end {
					x.armsAt[points[i].start] = append(x.armsAt[points[i].start], armRef{c, a})
				}
			}
		}
	}
}

// siblingYields reports whether v is in an arm of a choice another arm
// of which yields m in the target region.
func (x *choices) siblingYields(v value, m residency.Match) bool {
	for _, ref := range x.arms(v.start, v.end) {
		for j, b := range x.all[ref.choice].arms {
			if j != ref.arm && !b.holds(v) && x.spanYields(b, m) {
				return true
			}
		}
	}
	return false
}

// inRegionArm reports whether w is in an arm of a region choice (not a
// list) that does not hold v.
func (x *choices) inRegionArm(w span, v value) bool {
	for _, ref := range x.arms(w.start, w.end) {
		if c := x.all[ref.choice]; !c.list && !c.arms[ref.arm].holds(v) {
			return true
		}
	}
	return false
}

// armOf returns the key of the region-map arm that holds v, if any.
func (x *choices) armOf(v value) (key string, ok bool) {
	for _, ref := range x.arms(v.start, v.end) {
		if c := x.all[ref.choice]; !c.list {
			if c.keys != nil {
				return c.keys[ref.arm], true
			}
			return "", true
		}
	}
	return "", false
}

// spanYields reports whether the part s of the file yields the target
// region's host of m's API for m's path: a value in it names that host,
// or a name in it was declared with a value that does.
func (x *choices) spanYields(s span, m residency.Match) bool {
	i := sort.Search(len(x.values), func(i int) bool { return x.values[i].start >= s.start })
	for ; i < len(x.values) && x.values[i].start < s.end; i++ {
		if x.valueYields(x.values[i], m) {
			return true
		}
	}
	for i := max(x.ts.at(s.start), 0); i < len(x.ts.list) && x.ts.list[i].start < s.end; i++ {
		local := x.ts.is(i-1, ".") && x.ts.is(i-2, "local") // HCL's local.hosts
		if x.ts.list[i].start < s.start || x.ts.list[i].kind != 'w' || (x.ts.is(i-1, ".") || x.ts.is(i-1, "?.")) && !local {
			continue
		}
		for _, d := range x.decls[x.ts.text(i)] {
			if x.valueYields(value{start: d.start, end: d.end}, m) {
				return true
			}
		}
	}
	return false
}

func (x *choices) valueYields(v value, m residency.Match) bool {
	for _, y := range residency.Find(x.src[v.start:v.end]) {
		if y.Exists && y.Region == x.target && y.Family == m.Family && samePlace(y.Rest, m.Rest) {
			return true
		}
	}
	return false
}

// samePlace reports whether two URLs' parts after the host name the same
// place: equal but for a trailing slash, or one of them empty (a base
// URL), as for Go.
func samePlace(a, b string) bool {
	norm := func(s string) string { return strings.TrimSuffix(strings.TrimPrefix(s, "."), "/") }
	a, b = norm(a), norm(b)
	return a == "" || b == "" || a == b
}

// declOf returns the name that the value v is declared with or assigned
// to (const NAME = "…", NAME = "…"), and the values assigned to that
// name after v.
func (x *choices) declOf(v value) (name string, later []span, ok bool) {
	if x.declAt == nil {
		x.declAt = make(map[int]string)
		for n, spans := range x.decls {
			for _, s := range spans {
				x.declAt[s.start] = n
			}
		}
	}
	name, ok = x.declAt[v.start]
	if !ok {
		return "", nil, false
	}
	spans := x.decls[name]
	for i, s := range spans {
		if s.start == v.start {
			return name, spans[i+1:], true
		}
	}
	return "", nil, false
}

// uses returns the uses of name: the words that read it, not its
// declarations and assignments, nor properties of the same name.
func (x *choices) uses(name string) []span {
	if x.useIndex == nil {
		x.useIndex = make(map[string][]span)
		ts := x.ts
		for i, t := range ts.list {
			key := ts.is(i+1, ":") && (ts.is(i-1, "{") || ts.is(i-1, ",") || t.nl)
			if t.kind != 'w' || x.decls[ts.text(i)] == nil || ts.is(i-1, ".") || ts.is(i-1, "?.") || key || ts.is(i+1, "=") {
				continue
			}
			x.useIndex[ts.text(i)] = append(x.useIndex[ts.text(i)], span{t.start, t.end})
		}
	}
	return x.useIndex[name]
}

// codeChoices finds the choices and lists of the file's tokens: object
// literals keyed by regions, lists, ternaries, if/else chains and switches
// whose condition names the region; and the names declared with strings.
func (x *choices) codeChoices(syn *syntax) {
	ts := x.ts
	consumed := make(map[int]bool) // if tokens of an else if
	for i, t := range ts.list {
		switch text := ts.text(i); {
		case t.kind == 's':
			x.decl(i)
		case (text == "{" || text == "[") && t.match > i && ts.is(i-1, "=") && i >= 2 && ts.list[i-2].kind == 'w':
			// A map or list declared with a name: hosts = {eu = "…"}.
			x.decls[ts.text(i-2)] = append(x.decls[ts.text(i-2)], span{t.start, ts.list[t.match].end})
			if text == "{" && !x.isSwitchBody(i) {
				x.object(i, syn)
			} else if text == "[" {
				x.list(i)
			}
		case text == "{" && t.match > i && !x.isSwitchBody(i):
			x.object(i, syn)
		case text == "[" && t.match > i:
			x.list(i)
		case text == "?" && t.kind == 'p':
			x.ternary(i)
		case text == "if" && t.kind == 'w' && !consumed[i]:
			x.ifChain(i, consumed)
		case text == "switch" && t.kind == 'w':
			x.switchStmt(i)
		case text == "(" && t.match > i && i > 0 && ts.list[i-1].kind == 'w' && !isKeyword(ts.text(i-1)) && !isStatement(ts.text(i-1)):
			x.call(i)
		}
	}
}

func isStatement(w string) bool {
	switch w {
	case "if", "switch", "for", "while", "catch", "function":
		return true
	}
	return false
}

// call finds the arguments of the call whose parenthesis opens at i, if
// they name the region: lookup(var.hosts, var.region, "…"),
// pick(region, EU_HOST, US_HOST). As in Go, the arguments of a call are
// arms of a choice; in files, only of a call that names the region.
func (x *choices) call(i int) {
	ts := x.ts
	end := ts.list[i].match
	if !ts.namesRegion(i+1, end) || x.isMessageCall(i) {
		return
	}
	var c choice
	from := i + 1
	for k := i + 1; k <= end; k = ts.next(k) {
		if k == end || ts.is(k, ",") {
			if k > from {
				c.arms = append(c.arms, span{ts.list[from].start, ts.list[k-1].end})
			}
			from = k + 1
		}
	}
	if len(c.arms) >= 2 {
		x.all = append(x.all, c)
	}
}

// decl records the string at token i as the value of the name it is
// assigned to: NAME = "…", const NAME = "…".
func (x *choices) decl(i int) {
	ts := x.ts
	if i < 2 || ts.list[i].end-ts.list[i].start < 2 || !ts.is(i-1, "=") || ts.list[i-2].kind != 'w' || ts.is(i-3, ".") || ts.is(i-3, "?.") {
		return
	}
	if j := i + 1; j < len(ts.list) && !ts.list[j].nl && !ts.is(j, ";") && !ts.is(j, ",") && !ts.is(j, "}") {
		return // an expression that only starts with the string
	}
	name := ts.text(i - 2)
	x.decls[name] = append(x.decls[name], span{ts.list[i].start + 1, ts.list[i].end - 1})
}

// isSwitchBody reports whether the brace at i opens a switch's body.
func (x *choices) isSwitchBody(i int) bool {
	ts := x.ts
	if !ts.is(i-1, ")") {
		return false
	}
	open := ts.list[i-1].match
	return open > 0 && ts.is(open-1, "switch")
}

// object finds the region keys of the object literal that opens at i:
// {us: …, eu: …}, {"eu-central": …}, {[Region.EU]: …}, HCL's {eu = …}.
func (x *choices) object(i int, syn *syntax) {
	ts := x.ts
	end := ts.list[i].match
	seps := ":="
	if syn.js && !ts.is(i-2, "enum") { // a TypeScript enum: {US = "…", EU = "…"}
		seps = ":"
	}
	type entry struct {
		key        string
		start, val int // the key's token, the value's first token
	}
	var entries []entry
	first := true
	for k := i + 1; k < end; k = ts.next(k) {
		t := ts.list[k]
		if ts.is(k, ",") || ts.is(k, ";") {
			first = true
			continue
		}
		if first || t.nl {
			after := ts.next(k)
			if after < end && ts.list[after].kind == 'p' && len(ts.text(after)) == 1 && strings.Contains(seps, ts.text(after)) {
				key := ts.content(k)
				if ts.is(k, "[") { // a computed key: its last word
					key = ts.text(after - 2)
				}
				entries = append(entries, entry{key: key, start: k, val: after + 1})
			}
		}
		first = false
	}
	var c choice
	for n, e := range entries {
		if !isRegionKey(e.key) || e.val >= end {
			continue
		}
		last := end - 1
		if n+1 < len(entries) {
			last = entries[n+1].start - 1
		}
		for last > e.val && (ts.is(last, ",") || ts.is(last, ";")) {
			last--
		}
		if last < e.val {
			continue
		}
		c.arms = append(c.arms, span{ts.list[e.val].start, ts.list[last].end})
		c.keys = append(c.keys, e.key)
	}
	if len(c.arms) >= 2 {
		x.all = append(x.all, c)
	}
}

// isRegionKey reports whether a key names a region or the default one:
// us, EU, "eu-central", Region.IN, USHost, default.
func isRegionKey(key string) bool {
	if _, ok := residency.NameRegion(key); ok {
		return true
	}
	for _, w := range residency.Words(key) {
		if residency.IsDefaultWord(w) {
			return true
		}
	}
	return false
}

// list finds the elements of the list that opens at i, unless it is an
// index (a[…]) or a computed key.
func (x *choices) list(i int) {
	ts := x.ts
	if i > 0 {
		if p := ts.list[i-1]; !p.nl && (p.kind == 'w' && !isKeyword(ts.text(i-1)) || p.kind == 's' || ts.is(i-1, ")") || ts.is(i-1, "]")) {
			return
		}
	}
	end := ts.list[i].match
	c := choice{list: true}
	from := i + 1
	objects := true // every element is an object that names its region
	simple := true  // no element holds brackets or an assignment
	for k := i + 1; k <= end; k = ts.next(k) {
		if k == end || ts.is(k, ",") {
			if k > from {
				c.arms = append(c.arms, span{ts.list[from].start, ts.list[k-1].end})
				objects = objects && ts.next(from) == k && x.namesOwnRegion(from)
			}
			from = k + 1
			continue
		}
		if t := ts.text(k); ts.list[k].kind == 'p' && (t == "{" || t == "[" || t == "(" || t == "=") {
			simple = false
		}
	}
	switch {
	case len(c.arms) < 2:
	case simple:
		x.all = append(x.all, c)
	case objects:
		// A table of the regions: [{region: "us", host: …}, {region: "eu", host: …}].
		x.all = append(x.all, choice{arms: c.arms})
	}
}

// namesOwnRegion reports whether the object that opens at i has an entry
// that names its region: region: "eu", name: "us".
func (x *choices) namesOwnRegion(i int) bool {
	ts := x.ts
	if !ts.is(i, "{") || ts.list[i].match < 0 {
		return false
	}
	for k := i + 1; k+2 < ts.list[i].match; k = ts.next(k) {
		if (ts.is(k+1, ":") || ts.is(k+1, "=")) && (ts.list[k+2].kind == 's' || ts.list[k+2].kind == 'w') && isRegionField(ts.content(k), ts.content(k+2)) {
			return true
		}
	}
	return false
}

// isRegionField reports whether a key and its value name the region of
// the entry that holds them: region: "eu", name: "US".
func isRegionField(key, val string) bool {
	if _, ok := residency.WordRegion(val); !ok {
		return false
	}
	switch strings.ToLower(key) {
	case "name", "id", "code", "key":
		return true
	}
	return residency.NamesRegion(key) && residency.Words(key) != nil
}

func isKeyword(w string) bool {
	switch w {
	case "return", "in", "of", "case", "yield", "await", "typeof", "else", "do":
		return true
	}
	return false
}

// exprStops are the tokens that end an expression on its left.
var exprStops = map[string]bool{",": true, ";": true, "=": true, ":": true, "?": true, "=>": true, "+=": true, "-=": true, "return": true, "case": true, "yield": true, "else": true}

// continues reports whether token k continues the expression before it
// across a line break.
func (x *choices) continues(k int) bool {
	switch x.ts.text(k) {
	case "?", ":", ".", "?.", "+", "-", "*", "/", "||", "&&", "??", "==", "===", "!=", "!==":
		return true
	}
	switch x.ts.text(k - 1) {
	case "?", ":", "+", "-", "*", "/", "||", "&&", "??", "=", "(", "[", "{", ",":
		return true
	}
	return false
}

// ternary finds the arms of the conditional expression whose ? is at q,
// if its condition names the region.
func (x *choices) ternary(q int) {
	ts := x.ts
	if q+1 >= len(ts.list) || ts.list[q+1].kind == 'p' && strings.Contains(":,)=]};", ts.text(q+1)) {
		return // a TypeScript optional member or parameter
	}
	from := q - 1
	for from >= 0 {
		t := ts.list[from]
		text := ts.text(from)
		if t.kind == 'p' && (text == ")" || text == "]" || text == "}") && t.match >= 0 && t.match < from {
			from = t.match - 1
			continue
		}
		if t.kind != 's' && exprStops[text] || t.kind == 'p' && (text == "(" || text == "[" || text == "{") {
			break
		}
		from--
	}
	if from+1 >= q || !ts.namesRegion(from+1, q) {
		return
	}
	colon, ok := x.armEnd(q+1, true)
	if !ok || colon == q+1 {
		return
	}
	end, _ := x.armEnd(colon+1, false)
	if end == colon+1 {
		return
	}
	x.all = append(x.all, choice{arms: []span{
		{ts.list[q+1].start, ts.list[colon-1].end},
		{ts.list[colon+1].start, ts.list[end-1].end},
	}})
}

// armEnd returns the index of the token after an arm of a conditional
// expression that starts at k: the ":" of the then arm, if then, and
// reports whether it was found.
func (x *choices) armEnd(k int, then bool) (int, bool) {
	ts := x.ts
	nested := 0
	start := k
	for ; k < len(ts.list); k = ts.next(k) {
		t := ts.list[k]
		text := ts.text(k)
		switch {
		case t.kind == 's':
		case (text == ")" || text == "]" || text == "}") && (t.match < start):
			return k, false
		case text == "," || text == ";":
			return k, false
		case text == "?":
			nested++
		case text == ":":
			if nested == 0 {
				return k, then
			}
			nested--
		}
		if !then && t.nl && k > start && !x.continues(k) {
			return k, false
		}
	}
	return k, false
}

// statementEnd returns the index of the token after the statement that
// starts at k: a block, or tokens up to a ";" or a line break.
func (x *choices) statementEnd(k int) int {
	ts := x.ts
	if k >= len(ts.list) {
		return k
	}
	if ts.is(k, "{") {
		return ts.next(k)
	}
	for j := k; j < len(ts.list); j = ts.next(j) {
		t := ts.list[j]
		if ts.is(j, ";") {
			return j + 1
		}
		if t.kind == 'p' && (ts.text(j) == ")" || ts.text(j) == "]" || ts.text(j) == "}") && t.match < k {
			return j
		}
		if j > k && t.nl && !x.continues(j) {
			return j
		}
	}
	return len(ts.list)
}

// ifChain finds the arms of the if/else chain at i, if a condition of it
// names the region. An if without else whose body ends in return, throw,
// break or continue has the rest of its block as its else.
func (x *choices) ifChain(i int, consumed map[int]bool) {
	ts := x.ts
	var c choice
	named := false
	for {
		if !ts.is(i+1, "(") || ts.list[i+1].match < 0 {
			return
		}
		closing := ts.list[i+1].match
		named = named || ts.namesRegion(i+2, closing)
		end := x.statementEnd(closing + 1)
		if end <= closing+1 {
			return
		}
		c.arms = append(c.arms, span{ts.list[closing+1].start, ts.list[end-1].end})
		if !ts.is(end, "else") {
			if len(c.arms) == 1 && x.endsInJump(closing+1, end) {
				if rest := x.restOfBlock(end); rest.end > rest.start {
					c.arms = append(c.arms, rest)
				}
			}
			break
		}
		if ts.is(end+1, "if") {
			consumed[end+1] = true
			i = end + 1
			continue
		}
		last := x.statementEnd(end + 1)
		if last > end+1 {
			c.arms = append(c.arms, span{ts.list[end+1].start, ts.list[last-1].end})
		}
		break
	}
	if named {
		x.all = append(x.all, c) // one arm alone is a branch that assignments may be in
	}
}

// endsInJump reports whether the statement [from, to) ends in return,
// throw, break or continue.
func (x *choices) endsInJump(from, to int) bool {
	ts := x.ts
	if ts.is(from, "{") {
		from, to = from+1, to-1
	}
	jump := -1
	for k := from; k < to; k = ts.next(k) {
		switch ts.text(k) {
		case "return", "throw", "break", "continue":
			if ts.list[k].kind == 'w' {
				jump = k
			}
		}
	}
	if jump < 0 {
		return false
	}
	stmt := x.statementEnd(jump)
	for k := stmt; k < to; k++ {
		if !ts.is(k, ";") {
			return false
		}
	}
	return true
}

// restOfBlock returns the part of the file from token k to the end of
// the block that holds it.
func (x *choices) restOfBlock(k int) span {
	ts := x.ts
	if k >= len(ts.list) {
		return span{}
	}
	end := len(x.src)
	if open := ts.enclosing(k); open >= 0 && ts.list[open].match >= 0 {
		end = ts.list[ts.list[open].match].start
	}
	return span{ts.list[k].start, end}
}

// switchStmt finds the clauses of the switch at i, if its value or a
// case names the region.
func (x *choices) switchStmt(i int) {
	ts := x.ts
	if !ts.is(i+1, "(") || ts.list[i+1].match < 0 || !ts.is(ts.list[i+1].match+1, "{") {
		return
	}
	closing := ts.list[i+1].match
	named := ts.namesRegion(i+2, closing)
	body := closing + 1
	end := ts.list[body].match
	if end < 0 {
		return
	}
	var c choice
	from := -1 // the first token of the current clause's statements
	for k := body + 1; k <= end; k = ts.next(k) {
		if k < end && !ts.is(k, "case") && !ts.is(k, "default") {
			continue
		}
		if from >= 0 && from < k {
			c.arms = append(c.arms, span{ts.list[from].start, ts.list[k-1].end})
		}
		if k == end {
			break
		}
		colon := k + 1
		for colon < end && !ts.is(colon, ":") {
			colon = ts.next(colon)
		}
		named = named || ts.namesRegion(k+1, colon)
		from = colon + 1
		k = colon
	}
	if named && len(c.arms) >= 2 {
		x.all = append(x.all, c)
	}
}

// onlyExported reports whether every use in uses exports the name: a
// shorthand property of an object literal (module.exports = {X, X_EU}),
// or a name of export {…}.
func (x *choices) onlyExported(uses []span) bool {
	for _, u := range uses {
		i := x.ts.at(u.start)
		if i < 0 {
			return false
		}
		opens := x.ts.is(i-1, "{") || x.ts.is(i-1, ",")
		closes := x.ts.is(i+1, ",") || x.ts.is(i+1, "}")
		if !opens || !closes {
			return false
		}
	}
	return true
}

// setMemberYields reports whether another name of name's per-region set
// (the same words but for a region word: BASE_ENDPOINT, BASE_ENDPOINT_EU)
// names the target region and was declared with the target's host of m's
// API.
func (x *choices) setMemberYields(name string, m residency.Match) bool {
	if x.byStem == nil {
		x.byStem = make(map[string][]string)
		for other := range x.decls {
			if r, ok := residency.NameRegion(other); ok && r == x.target {
				stem := regionStem(other)
				x.byStem[stem] = append(x.byStem[stem], other)
			}
		}
	}
	for _, other := range x.byStem[regionStem(name)] {
		if other == name {
			continue
		}
		for _, d := range x.decls[other] {
			if x.valueYields(value{start: d.start, end: d.end}, m) {
				return true
			}
		}
	}
	return false
}

// regionStem returns the words of name but its region words, in lower
// case: "BASE_ENDPOINT_EU" → "base endpoint".
func regionStem(name string) string {
	var words []string
	all := residency.Words(name)
	for _, w := range all {
		if r, ok := residency.WordRegion(w); ok && (r != residency.IN || w == "IN" || len(all) == 1) {
			continue
		}
		words = append(words, strings.ToLower(w))
	}
	return strings.Join(words, " ")
}
