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
