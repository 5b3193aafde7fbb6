package files

import (
	"path/filepath"
	"strings"
)

// A format is a kind of text file that mpreslint checks: which files
// have it, and its syntax.
type format struct {
	name   string
	exts   []string // file name extensions, with the dot: ".yaml"
	names  []string // whole file names, or name prefixes ending in "*": "Dockerfile.*"
	syntax *syntax
}

// syntax is what the scanner needs to know of a format: its comments, and
// which of its text holds values.
type syntax struct {
	lines  []lineComment // line comments
	blocks [][2]string   // block comments: opening and closing delimiters
	quotes string        // the characters that quote strings; a backquoted string may span lines
	values valueKind
	js     bool // mixpanel.init calls are looked for (JavaScript, or markup that holds some)
	// structure is how the lines of a line-oriented format nest, for the
	// region maps and lists that are not in brackets.
	structure structure
}

// structure is how a line-oriented format writes maps and lists.
type structure int

const (
	flat      structure = iota // no maps beyond brackets (shell, Dockerfile)
	indented                   // YAML: keys and "- " items nest by indentation
	keyValues                  // TOML, INI, .env, properties: key = value lines under [section] headers
)

// lineComment opens a comment that runs to the end of the line.
type lineComment struct {
	open string
	at   where
}

// where a line comment may start.
type where int

const (
	anywhere  where = iota // anywhere outside a string
	wordStart              // at the start of a line, or after a space or tab
	lineStart              // first on its line, after indentation
)

// valueKind says which parts of a file are values, fed to residency.Find
// one by one as a Go string literal's value is.
type valueKind int

const (
	// quoted: string literals (JavaScript, JSON, HCL).
	quoted valueKind = iota
	// words: string literals, and the words outside them of a line that
	// does not read as prose (YAML, TOML, .env, INI, shell, Dockerfile),
	// as in url: https://api.mixpanel.com/track or HOST=api.mixpanel.com.
	words
	// markup: attribute values, strings in template actions, and the
	// string literals of <script> elements (HTML, templates, Vue, Svelte).
	markup
)

var (
	hash       = lineComment{"#", wordStart}
	slashes    = lineComment{"//", anywhere}
	cBlock     = [2]string{"/*", "*/"}
	jsSyntax   = &syntax{lines: []lineComment{slashes}, blocks: [][2]string{cBlock}, quotes: "\"'`", values: quoted, js: true}
	shSyntax   = &syntax{lines: []lineComment{hash}, quotes: `"'`, values: words}
	yamlSyntax = &syntax{lines: []lineComment{hash}, quotes: `"'`, values: words, structure: indented}
	envSyntax  = &syntax{lines: []lineComment{hash}, quotes: `"'`, values: words, structure: keyValues}
)

// formats is the table of the formats checked. A new format is a row here
// and a test in format_test.go.
var formats = []format{
	{name: "YAML", exts: []string{".yaml", ".yml"}, syntax: yamlSyntax}, // docker-compose files, Helm values, CI
	{name: "TOML", exts: []string{".toml"}, syntax: &syntax{lines: []lineComment{{"#", anywhere}}, quotes: `"'`, values: words, structure: keyValues}},
	{name: "JSON", exts: []string{".json", ".jsonc"}, syntax: &syntax{lines: []lineComment{slashes}, blocks: [][2]string{cBlock}, quotes: `"`, values: quoted}},
	{name: ".env", exts: []string{".env"}, names: []string{".env.*"}, syntax: envSyntax},
	{name: "INI", exts: []string{".ini", ".cfg"}, syntax: &syntax{lines: []lineComment{{"#", lineStart}, {";", lineStart}}, quotes: `"'`, values: words, structure: keyValues}},
	{name: "properties", exts: []string{".properties"}, syntax: &syntax{lines: []lineComment{{"#", lineStart}, {"!", lineStart}}, quotes: `"'`, values: words, structure: keyValues}},
	{name: "conf", exts: []string{".conf"}, syntax: &syntax{lines: []lineComment{hash, {";", lineStart}}, quotes: `"'`, values: words}}, // nginx, supervisord, …
	{name: "HCL", exts: []string{".tf", ".tfvars", ".hcl"}, syntax: &syntax{lines: []lineComment{{"#", anywhere}, slashes}, blocks: [][2]string{cBlock}, quotes: `"`, values: quoted}},
	{name: "HTML", exts: []string{".html", ".htm", ".tmpl", ".gohtml", ".tpl", ".vue", ".svelte"}, syntax: &syntax{blocks: [][2]string{{"<!--", "-->"}, {"{{/*", "*/}}"}, {"{{- /*", "*/ -}}"}}, quotes: `"'`, values: markup, js: true}},
	{name: "JavaScript", exts: []string{".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx"}, syntax: jsSyntax},
	{name: "Dockerfile", exts: []string{".dockerfile"}, names: []string{"Dockerfile", "Dockerfile.*", "Containerfile", "Containerfile.*"}, syntax: shSyntax},
	{name: "shell", exts: []string{".sh", ".bash", ".zsh", ".ksh"}, syntax: shSyntax},
	{name: "redirects", names: []string{"_redirects", "_headers"}, syntax: &syntax{lines: []lineComment{hash}, quotes: `"'`, values: words}}, // Netlify, Cloudflare Pages: proxies and headers of a static site
}

// bundleSuffixes are name suffixes of bundled or minified files.
var bundleSuffixes = []string{".min.js", ".min.mjs", ".min.cjs", ".bundle.js"}

// formatOf returns the format of the file called name, or nil if it is
// not checked.
func formatOf(name string) *format {
	base := filepath.Base(name)
	for _, suffix := range bundleSuffixes {
		if strings.HasSuffix(base, suffix) {
			return nil
		}
	}
	ext := strings.ToLower(filepath.Ext(base))
	for i := range formats {
		f := &formats[i]
		for _, e := range f.exts {
			if ext == e {
				return f
			}
		}
		for _, n := range f.names {
			if prefix, ok := strings.CutSuffix(n, "*"); ok && strings.HasPrefix(base, prefix) || base == n {
				return f
			}
		}
	}
	return nil
}
