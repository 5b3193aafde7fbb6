package files

import "strings"

// A node is one entry of an indented (YAML) file: a key, or a "- " item.
type node struct {
	start  int // where its line starts
	indent int // the column of its key or dash
	item   bool
	key    string
	scalar bool // an item that is a value alone: - api.mixpanel.com
	// regionField: a key whose value names the region of its map: region: eu.
	regionField bool
	end         int // where its subtree ends: the start of the next line not under it
}

// yamlChoices finds the region maps and lists of YAML's block style, by
// indentation: sibling keys naming regions (us:, eu:, in:, default:) and
// sibling "- " items. Lines of template actions ({{ if … }}) are passed
// over.
func yamlChoices(code string) []choice {
	var nodes []node
	for start := 0; start < len(code); {
		end := lineEnd(code, start)
		line := strings.TrimRight(code[start:end], " \t\r")
		text := strings.TrimLeft(line, " ")
		indent := len(line) - len(text)
		if text != "" && !strings.HasPrefix(text, "{{") && !strings.HasPrefix(text, "---") {
			if rest, ok := cutItem(text); ok {
				nodes = append(nodes, node{start: start, indent: indent, item: true, scalar: !isYAMLKey(rest)})
				indent += len(text) - len(rest)
				text = rest
			}
			if key, ok := yamlKey(text); ok {
				val := strings.Trim(strings.TrimSpace(text[strings.IndexByte(text, ':')+1:]), `"'`)
				nodes = append(nodes, node{start: start, indent: indent, key: key, regionField: isRegionField(key, val)})
			}
		}
		start = end + 1
	}
	for i := range nodes {
		nodes[i].end = len(code)
		for j := i + 1; j < len(nodes); j++ {
			if nodes[j].start > nodes[i].start && nodes[j].indent <= nodes[i].indent {
				nodes[i].end = nodes[j].start
				break
			}
		}
	}
	var out []choice
	done := make(map[int]bool)
	for i, n := range nodes {
		if done[i] {
			continue
		}
		group := []int{i}
		for j := i + 1; j < len(nodes); j++ {
			m := nodes[j]
			if m.start < nodes[group[len(group)-1]].end || m.start == n.start {
				continue
			}
			if m.indent != n.indent || m.item != n.item {
				break
			}
			group = append(group, j)
			done[j] = true
		}
		c := choice{list: n.item}
		table := n.item // every item is a map that names its region: - region: eu
		for _, k := range group {
			m := nodes[k]
			if !m.item && !isRegionKey(m.key) {
				continue
			}
			if m.item && (!m.scalar || lineEnd(code, m.start)+1 < m.end && strings.TrimSpace(code[lineEnd(code, m.start):m.end]) != "") {
				c.list = false // a list of maps or nested lists (env:, containers:), not of hosts
				table = table && namesItsRegion(nodes, k)
			}
			c.arms = append(c.arms, span{m.start, m.end})
			if !m.item {
				c.keys = append(c.keys, m.key)
			}
		}
		if len(c.arms) >= 2 && (c.list || !n.item || table) {
			out = append(out, c)
		}
	}
	return out
}

// namesItsRegion reports whether the item node k is a map with a key that
// names its region: - name: eu.
func namesItsRegion(nodes []node, k int) bool {
	item := nodes[k]
	for _, m := range nodes[k+1:] {
		if m.start >= item.end {
			break
		}
		if !m.item && m.regionField {
			return true
		}
	}
	return false
}

func isYAMLKey(text string) bool {
	_, ok := yamlKey(text)
	return ok
}

// cutItem returns the text after the dash of a YAML list item.
func cutItem(text string) (string, bool) {
	if text == "-" {
		return "", true
	}
	if rest, ok := strings.CutPrefix(text, "- "); ok {
		return strings.TrimLeft(rest, " "), true
	}
	return text, false
}

// yamlKey returns the key of a line of a YAML map: key: value, "key": …
func yamlKey(text string) (string, bool) {
	if text == "" {
		return "", false
	}
	if q := text[0]; q == '"' || q == '\'' {
		end := strings.IndexByte(text[1:], q)
		if end < 0 || !strings.HasPrefix(text[end+2:], ":") {
			return "", false
		}
		after := text[end+3:]
		return text[1 : end+1], after == "" || after[0] == ' ' || after[0] == '\t'
	}
	i := strings.Index(text, ":")
	if i <= 0 {
		return "", false
	}
	after := text[i+1:]
	key := text[:i]
	if strings.ContainsAny(key, " \t{}[],#\"'") || after != "" && after[0] != ' ' && after[0] != '\t' {
		return "", false
	}
	return key, true
}

// keyValueChoices finds the region maps of TOML, INI, .env and
// properties files: sibling keys that name regions under one section and
// dotted prefix (eu = "…", MIXPANEL_HOST_EU=…, hosts.eu = …), and sibling
// sections that do ([mixpanel.eu], [mixpanel.us]).
func keyValueChoices(code string) []choice {
	type entry struct {
		group string // the section and dotted prefix, or the parent of a section
		key   string
		span  span
	}
	var (
		entries []entry
		section string
		sect    = -1 // the entry of the current section
	)
	closeAt := func(i, at int) {
		if i >= 0 && entries[i].span.end < 0 {
			entries[i].span.end = at
		}
	}
	for start := 0; start < len(code); {
		end := lineEnd(code, start)
		text := strings.TrimSpace(code[start:end])
		switch {
		case strings.HasPrefix(text, "[") && strings.HasSuffix(text, "]"):
			name := strings.Trim(text, "[] \t")
			for i := range entries {
				if entries[i].span.end < 0 {
					entries[i].span.end = start
				}
			}
			section = name
			parent, last := splitDotted(name)
			entries = append(entries, entry{group: "[" + parent, key: last, span: span{start, -1}})
			sect = len(entries) - 1
		case text != "":
			text = strings.TrimPrefix(text, "export ")
			i := strings.IndexAny(text, "=:")
			if i <= 0 {
				break
			}
			raw := strings.TrimSpace(text[:i])
			key := strings.Trim(raw, `"'`)
			if strings.ContainsAny(key, " \t\"'/") || strings.Count(raw, `"`)%2 != 0 || strings.Count(raw, "'")%2 != 0 {
				break
			}
			for j := range entries {
				if j != sect && entries[j].span.end < 0 {
					entries[j].span.end = start
				}
			}
			prefix, last := splitDotted(key)
			entries = append(entries, entry{group: section + "\x00" + prefix, key: last, span: span{start, -1}})
		}
		start = end + 1
	}
	for i := range entries {
		closeAt(i, len(code))
	}
	groups := make(map[string]*choice)
	var order []string
	for _, e := range entries {
		if !isRegionKey(e.key) {
			continue
		}
		c, ok := groups[e.group]
		if !ok {
			c = &choice{}
			groups[e.group] = c
			order = append(order, e.group)
		}
		c.arms = append(c.arms, e.span)
		c.keys = append(c.keys, e.key)
	}
	var out []choice
	for _, g := range order {
		if c := groups[g]; len(c.arms) >= 2 {
			out = append(out, *c)
		}
	}
	return out
}

// splitDotted splits a dotted key into its prefix and last part.
func splitDotted(key string) (prefix, last string) {
	if i := strings.LastIndexByte(key, '.'); i >= 0 {
		return key[:i], key[i+1:]
	}
	return "", key
}

// templateChoices finds the if/else chains of Go, Helm and Jinja
// templates whose condition names the region: {{ if eq .Values.region
// "eu" }} … {{ else }} … {{ end }}, {% if region == "eu" %} … {% else %}
// … {% endif %}, and Jinja's {{ "…" if region == "eu" else "…" }}.
func templateChoices(code string) []choice {
	type frame struct {
		isIf  bool
		named bool
		from  int // where the current arm starts
		arms  []span
	}
	var (
		stack []*frame
		out   []choice
	)
	for i := 0; i < len(code); {
		open := strings.Index(code[i:], "{")
		if open < 0 {
			break
		}
		open += i
		closer := ""
		switch {
		case strings.HasPrefix(code[open:], "{{"):
			closer = "}}"
		case strings.HasPrefix(code[open:], "{%"):
			closer = "%}"
		default:
			i = open + 1
			continue
		}
		end := strings.Index(code[open+2:], closer)
		if end < 0 {
			break
		}
		end += open + 4
		i = end
		inner := code[open+2 : end-2]
		action := strings.TrimSpace(strings.Trim(strings.TrimSpace(inner), "-+"))
		word, rest, _ := strings.Cut(action, " ")
		switch word {
		case "if", "with":
			stack = append(stack, &frame{isIf: true, named: condNamesRegion(rest), from: end})
		case "range", "define", "block", "for", "macro":
			stack = append(stack, &frame{from: end})
		case "else", "elif":
			if len(stack) == 0 {
				continue
			}
			f := stack[len(stack)-1]
			f.arms = append(f.arms, span{f.from, open})
			f.from = end
			f.named = f.named || condNamesRegion(rest)
		case "end", "endif", "endfor", "endmacro", "endblock", "endwith":
			if len(stack) == 0 {
				continue
			}
			f := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			f.arms = append(f.arms, span{f.from, open})
			if f.isIf && f.named && len(f.arms) >= 2 {
				out = append(out, choice{arms: f.arms})
			}
		default:
			if c, ok := inlineIf(inner, open+2); ok {
				out = append(out, c)
			}
		}
	}
	return out
}

// inlineIf returns the arms of Jinja's conditional expression A if C
// else B in the action text inner, which starts at offset base, if C
// names the region.
func inlineIf(inner string, base int) (choice, bool) {
	ifAt := strings.Index(inner, " if ")
	if ifAt < 0 {
		return choice{}, false
	}
	elseAt := strings.Index(inner[ifAt+4:], " else ") // after the condition's start: "A if else B" has none
	if elseAt < 0 {
		return choice{}, false
	}
	elseAt += ifAt + 4
	if !condNamesRegion(inner[ifAt+4 : elseAt]) {
		return choice{}, false
	}
	return choice{arms: []span{{base, base + ifAt}, {base + elseAt + 6, base + len(inner)}}}, true
}

// condNamesRegion reports whether a template condition names the region.
func condNamesRegion(cond string) bool {
	toks := tokens{src: cond, list: tokenize(cond, &syntax{quotes: "\"`"}, 0, len(cond))}
	return toks.namesRegion(0, len(toks.list))
}

// shellChoices finds the if/elif/else chains and case statements of
// shell scripts (and of the scripts in YAML and Dockerfiles) whose
// condition or patterns name the region:
// if [ "$REGION" = "eu" ]; then … else … fi; case "$REGION" in eu) … ;; esac.
func shellChoices(code string) []choice {
	type frame struct {
		isCase bool
		named  bool
		inCond bool
		cond   int  // where the current condition starts
		from   int  // where the current arm starts
		open   bool // an arm is open
		arms   []span
	}
	var (
		stack []*frame
		out   []choice
	)
	top := func() *frame {
		if len(stack) == 0 {
			return nil
		}
		return stack[len(stack)-1]
	}
	closeArm := func(f *frame, at int) {
		if f.open && at > f.from {
			f.arms = append(f.arms, span{f.from, at})
		}
		f.open = false
	}
	cmdStart := true
	for i := 0; i < len(code); {
		c := code[i]
		if c == '\n' {
			cmdStart = true
			i++
			continue
		}
		if c == ' ' || c == '\t' || c == '\r' {
			i++
			continue
		}
		start := i
		if c == ';' {
			i++
			if i < len(code) && code[i] == ';' {
				i++
			}
		} else {
			for i < len(code) && !isSpace(code[i]) && code[i] != ';' {
				i++
			}
		}
		word := code[start:i]
		f := top()
		atCmd := cmdStart
		cmdStart = word == ";" || word == "then" || word == "do" || word == "else" || word == "&&" || word == "||" || word == "|"
		switch {
		case atCmd && word == "if":
			stack = append(stack, &frame{inCond: true, cond: i})
		case f != nil && !f.isCase && f.inCond && word == "then":
			f.named = f.named || condNamesRegion(code[f.cond:start])
			f.inCond, f.from, f.open = false, i, true
		case f != nil && !f.isCase && atCmd && word == "elif":
			closeArm(f, start)
			f.inCond, f.cond = true, i
		case f != nil && !f.isCase && atCmd && word == "else":
			closeArm(f, start)
			f.from, f.open = i, true
		case f != nil && !f.isCase && atCmd && word == "fi":
			closeArm(f, start)
			stack = stack[:len(stack)-1]
			if f.named && len(f.arms) >= 2 {
				out = append(out, choice{arms: f.arms})
			}
		case atCmd && word == "case":
			stack = append(stack, &frame{isCase: true, inCond: true, cond: i})
		case f != nil && f.isCase && f.inCond && word == "in":
			f.named = condNamesRegion(code[f.cond:start])
			f.inCond = false
			cmdStart = true
		case f != nil && f.isCase && word == ";;":
			closeArm(f, start)
			cmdStart = true
		case f != nil && f.isCase && atCmd && word == "esac":
			closeArm(f, start)
			stack = stack[:len(stack)-1]
			if f.named && len(f.arms) >= 2 {
				out = append(out, choice{arms: f.arms})
			}
		case f != nil && f.isCase && !f.inCond && !f.open && strings.HasSuffix(word, ")"):
			f.named = f.named || condNamesRegion(strings.ReplaceAll(strings.Trim(word, "()"), "|", " "))
			f.from, f.open = i, true
			cmdStart = true
		}
	}
	return out
}
