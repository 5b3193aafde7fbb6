package driver

import (
	"bytes"
	"encoding/json"
	"go/token"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf16"
)

// SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/), the
// part of it that mpreslint writes: the results, their fixes, and the
// rules with their help, as GitHub code scanning reads them.
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool               sarifTool                        `json:"tool"`
		OriginalURIBaseIDs map[string]sarifArtifactLocation `json:"originalUriBaseIds,omitempty"`
		ColumnKind         string                           `json:"columnKind"`
		Results            []sarifResult                    `json:"results"`
		Invocations        []sarifInvocation                `json:"invocations"`
	}
	sarifInvocation struct {
		ExecutionSuccessful        bool                `json:"executionSuccessful"`
		ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
	}
	sarifNotification struct {
		Level     string          `json:"level"`
		Message   sarifMessage    `json:"message"`
		Locations []sarifLocation `json:"locations,omitempty"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name            string      `json:"name"`
		Version         string      `json:"version"`
		SemanticVersion string      `json:"semanticVersion"`
		InformationURI  string      `json:"informationUri"`
		Rules           []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID                   string            `json:"id"`
		ShortDescription     sarifMessage      `json:"shortDescription"`
		FullDescription      sarifMessage      `json:"fullDescription"`
		Help                 sarifMessage      `json:"help"`
		HelpURI              string            `json:"helpUri"`
		DefaultConfiguration sarifRuleDefaults `json:"defaultConfiguration"`
	}
	sarifRuleDefaults struct {
		Level string `json:"level"`
	}
	sarifMessage struct {
		Text     string `json:"text"`
		Markdown string `json:"markdown,omitempty"`
	}
	sarifResult struct {
		RuleID           string          `json:"ruleId"`
		RuleIndex        int             `json:"ruleIndex"`
		Level            string          `json:"level"`
		Message          sarifMessage    `json:"message"`
		Locations        []sarifLocation `json:"locations"`
		RelatedLocations []sarifLocation `json:"relatedLocations,omitempty"`
		Fixes            []sarifFix      `json:"fixes,omitempty"`
	}
	sarifLocation struct {
		ID               int                   `json:"id,omitempty"`
		PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
		Message          *sarifMessage         `json:"message,omitempty"`
	}
	sarifPhysicalLocation struct {
		ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
		Region           *sarifRegion          `json:"region,omitempty"`
	}
	sarifArtifactLocation struct {
		URI       string `json:"uri"`
		URIBaseID string `json:"uriBaseId,omitempty"`
	}
	sarifRegion struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn,omitempty"`
		EndLine     int `json:"endLine"`
		EndColumn   int `json:"endColumn,omitempty"`
	}
	sarifFix struct {
		Description     sarifMessage          `json:"description"`
		ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
	}
	sarifArtifactChange struct {
		ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
		Replacements     []sarifReplacement    `json:"replacements"`
	}
	sarifReplacement struct {
		DeletedRegion   sarifRegion   `json:"deletedRegion"`
		InsertedContent *sarifMessage `json:"insertedContent,omitempty"`
	}
)

// srcRoot is the uriBaseId of the locations under the repository root.
const srcRoot = "%SRCROOT%"

// writeSARIF prints the findings as a SARIF 2.1.0 log of one run of
// mpreslint at version (in Version's form). File names are relative to
// root, the repository root (see sarifRoot); a file outside it gets an
// absolute file URI. Columns count UTF-16 code units, SARIF's default,
// read from the files; a position whose line is not in its file (a //line
// directive) gets its lines only, and a fix whose file cannot be read is
// left out. The run's invocation records the errors (then it did not
// succeed), the notes and the files skipped as notifications.
func writeSARIF(w io.Writer, findings []Finding, root, version string, log runLog) error {
	s := sarifWriter{roots: []string{root}, files: make(map[string][]byte)}
	if real, err := filepath.EvalSymlinks(root); err == nil && real != root {
		s.roots = append(s.roots, real)
	}
	// SARIF wants a version that starts with a number: v1.2.3 is 1.2.3,
	// and a build from a checkout 0.0.0-devel.
	version, ok := strings.CutPrefix(version, "v")
	if !ok {
		version = "0.0.0-devel"
	}
	driver := sarifDriver{
		Name:            "mpreslint",
		Version:         version,
		SemanticVersion: version,
		InformationURI:  "https://" + modulePath,
	}
	categories := make([]string, 0, len(rules))
	for _, r := range rules {
		categories = append(categories, r.id)
	}
	for _, f := range findings {
		if !slices.Contains(categories, f.Category) {
			categories = append(categories, f.Category)
		}
	}
	for _, c := range categories {
		r := ruleFor(c)
		driver.Rules = append(driver.Rules, sarifRule{
			ID:                   r.id,
			ShortDescription:     sarifMessage{Text: r.short},
			FullDescription:      sarifMessage{Text: r.text(), Markdown: r.markdown()},
			Help:                 sarifMessage{Text: r.text() + " See " + r.helpURI(), Markdown: r.markdown() + "\n\n[More](" + r.helpURI() + ")"},
			HelpURI:              r.helpURI(),
			DefaultConfiguration: sarifRuleDefaults{Level: r.level},
		})
	}

	run := sarifRun{
		Tool:               sarifTool{Driver: driver},
		OriginalURIBaseIDs: map[string]sarifArtifactLocation{srcRoot: {URI: strings.TrimSuffix(fileURI(root), "/") + "/"}},
		ColumnKind:         "utf16CodeUnits",
		Results:            []sarifResult{},
	}
	for _, f := range findings {
		i := slices.Index(categories, f.Category)
		res := sarifResult{
			RuleID:    f.Category,
			RuleIndex: i,
			Level:     driver.Rules[i].DefaultConfiguration.Level,
			Message:   sarifMessage{Text: f.Message},
			Locations: []sarifLocation{s.location(f.Pos, f.End)},
		}
		for j, r := range f.Related {
			loc := s.location(r.Pos, r.End)
			loc.ID, loc.Message = j+1, &sarifMessage{Text: r.Message}
			res.RelatedLocations = append(res.RelatedLocations, loc)
		}
		for _, fix := range f.Fixes {
			if sf, ok := s.fix(fix); ok {
				res.Fixes = append(res.Fixes, sf)
			}
		}
		run.Results = append(run.Results, res)
	}

	inv := sarifInvocation{ExecutionSuccessful: len(log.errs) == 0}
	for _, e := range log.errs {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarifNotification{Level: "error", Message: sarifMessage{Text: strings.TrimPrefix(e, "mpreslint: ")}})
	}
	for _, n := range log.notes {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarifNotification{Level: "warning", Message: sarifMessage{Text: strings.TrimPrefix(n, "mpreslint: ")}})
	}
	for _, sk := range log.skipped {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarifNotification{
			Level:     "note",
			Message:   sarifMessage{Text: "skipped: " + sk.Reason},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: s.artifact(sk.Path)}}},
		})
	}
	run.Invocations = []sarifInvocation{inv}

	out := sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs:    []sarifRun{run},
	}
	data, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(data, '\n'))
	return err
}

// sarifRoot returns the directory that SARIF locations are relative to:
// the root of the git work tree that holds the current directory (the
// nearest directory with a .git entry, as in a submodule or a linked
// work tree), else the current directory. Code scanning resolves
// locations against the repository root.
func sarifRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := dir; ; {
		if _, err := os.Lstat(filepath.Join(d, ".git")); err == nil {
			return d, nil
		}
		parent := filepath.Dir(d)
		if parent == d {
			return dir, nil
		}
		d = parent
	}
}

type sarifWriter struct {
	roots []string          // the root, and its real path if different
	files map[string][]byte // file contents by name; nil if unreadable
}

// artifact returns the location of an absolute file name.
func (s sarifWriter) artifact(filename string) sarifArtifactLocation {
	for _, root := range s.roots {
		rel, err := filepath.Rel(root, filename)
		if err == nil && filepath.IsLocal(rel) {
			return sarifArtifactLocation{URI: (&url.URL{Path: filepath.ToSlash(rel)}).String(), URIBaseID: srcRoot}
		}
	}
	return sarifArtifactLocation{URI: fileURI(filename)}
}

// fileURI returns the file URI of an absolute file name.
func fileURI(filename string) string {
	p := filepath.ToSlash(filename)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // C:/dir
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// read returns the contents of a file, or nil.
func (s sarifWriter) read(filename string) []byte {
	data, ok := s.files[filename]
	if !ok {
		data, _ = os.ReadFile(filename)
		s.files[filename] = data
	}
	return data
}

// location returns the location of the range [pos, end): the whole
// file if pos has no line.
func (s sarifWriter) location(pos, end token.Position) sarifLocation {
	loc := sarifLocation{PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: s.artifact(pos.Filename)}}
	if pos.Line < 1 {
		return loc
	}
	if end.Filename != pos.Filename || end.Line < pos.Line {
		end = pos
	}
	region := &sarifRegion{StartLine: pos.Line, EndLine: end.Line}
	data := s.read(pos.Filename)
	startCol, ok1 := utf16Column(data, pos.Line, pos.Column)
	endCol, ok2 := utf16Column(data, end.Line, end.Column)
	if ok1 && ok2 && (end.Line > pos.Line || endCol >= startCol) {
		region.StartColumn, region.EndColumn = startCol, endCol
	}
	loc.PhysicalLocation.Region = region
	return loc
}

// fix returns the SARIF form of a fix, its edits grouped by file in the
// order of their first edit.
func (s sarifWriter) fix(fix Fix) (sarifFix, bool) {
	sf := sarifFix{Description: sarifMessage{Text: fix.Message}}
	var files []string
	for _, e := range fix.Edits {
		data := s.read(e.Filename)
		start, ok1 := offsetRegion(data, e.Start)
		end, ok2 := offsetRegion(data, e.End)
		if !ok1 || !ok2 || e.End < e.Start {
			return sarifFix{}, false
		}
		r := sarifReplacement{DeletedRegion: sarifRegion{
			StartLine: start.StartLine, StartColumn: start.StartColumn,
			EndLine: end.StartLine, EndColumn: end.StartColumn,
		}}
		if e.New != "" {
			r.InsertedContent = &sarifMessage{Text: e.New}
		}
		i := slices.Index(files, e.Filename)
		if i < 0 {
			i = len(files)
			files = append(files, e.Filename)
			sf.ArtifactChanges = append(sf.ArtifactChanges, sarifArtifactChange{ArtifactLocation: s.artifact(e.Filename)})
		}
		sf.ArtifactChanges[i].Replacements = append(sf.ArtifactChanges[i].Replacements, r)
	}
	return sf, len(files) > 0
}

// utf16Column converts a byte column, 1-based, on a line of data to a
// column in UTF-16 code units, 1-based. It reports false if the line or
// column is not in data.
func utf16Column(data []byte, line, col int) (int, bool) {
	start, ok := lineStart(data, line)
	if !ok || col < 1 {
		return 0, false
	}
	text := data[start:]
	if i := bytes.IndexByte(text, '\n'); i >= 0 {
		text = text[:i+1] // a range may end after the newline
	}
	if col-1 > len(text) {
		return 0, false
	}
	return utf16Len(text[:col-1]) + 1, true
}

// offsetRegion returns the line and column (in UTF-16 code units) of a
// byte offset in data, as the start of a region.
func offsetRegion(data []byte, offset int) (sarifRegion, bool) {
	if offset < 0 || offset > len(data) {
		return sarifRegion{}, false
	}
	before := data[:offset]
	lineStart := bytes.LastIndexByte(before, '\n') + 1
	return sarifRegion{
		StartLine:   bytes.Count(before, []byte("\n")) + 1,
		StartColumn: utf16Len(before[lineStart:]) + 1,
	}, true
}

// lineStart returns the offset of the start of a line, 1-based, in data.
func lineStart(data []byte, line int) (int, bool) {
	if line < 1 {
		return 0, false
	}
	off := 0
	for range line - 1 {
		i := bytes.IndexByte(data[off:], '\n')
		if i < 0 {
			return 0, false
		}
		off += i + 1
	}
	return off, true
}

// utf16Len returns the length of b in UTF-16 code units, an invalid byte
// counting as one (U+FFFD).
func utf16Len(b []byte) int {
	n := 0
	for _, r := range string(b) {
		n += utf16.RuneLen(r)
	}
	return n
}
