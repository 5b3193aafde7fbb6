package files

import (
	"strings"

	"github.com/mpreslint/mpreslint/residency"
)

// This file finds the region choices written in code: object literals
// keyed by regions, lists, ternaries, if/else chains and switches.

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
