package analyzer

import (
	"go/ast"
	"go/token"
	"slices"
	"strconv"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/mpreslint/mpreslint/residency"
)

// checkJSInits reports the init calls of a JavaScript snippet held by the
// string literal lit (whose value is value) that send to the US: the
// browser SDK's mixpanel.init without api_host, the Node.js SDK's init
// without host; and a Node.js host with a scheme, which breaks the SDK.
// The fix adds the region's option in the snippet's quote style, escaped
// for the Go literal, or removes the scheme. hosts is the literal's host
// finding, if any.
func (c *checker) checkJSInits(fs *fileState, cur inspector.Cursor, lit *ast.BasicLit, value string, inits []residency.JSInit, hosts *finding) {
	if len(inits) == 0 {
		return
	}
	// A snippet with the region's api_host in another arm of a region
	// choice excuses the call, as a client with the region does.
	w := want{host: true, family: residency.Ingestion}
	excused, considered := c.choices.excused(cur, w, nil)
	if excused {
		return
	}
	// The api_host a fix adds would excuse a base ingestion URL of the
	// same string that is reported, and fixing that host would not change
	// the call: neither fix can stand alone.
	// A Node.js host with a scheme is another matter: its fix removes the
	// scheme alone.
	missing := slices.IndexFunc(inits, func(init residency.JSInit) bool { return init.Scheme == "" })
	entangled := missing >= 0 && hosts != nil && slices.Contains(hosts.wants, want{host: true, family: residency.Ingestion})
	why := "the same string calls mixpanel.init without api_host and names the ingestion host; change them together"
	if missing >= 0 && inits[missing].SDK == residency.NodeSDK {
		why = "the same string calls the Node.js SDK's init without host and names the ingestion host; change them together"
	}
	if entangled {
		withholdFixBecause(hosts, why)
	}
	offs := make([]int, 0, 4*len(inits))
	for _, init := range inits {
		offs = append(offs, init.Start, init.Insert, init.Until, init.End)
	}
	at, mapped := sourceOffsets(lit.Value, value, offs) // ascending: calls come in order
	for i, init := range inits {
		d := analysis.Diagnostic{
			Pos:      lit.Pos(),
			End:      lit.End(),
			Category: categorySDK,
			Message:  init.Message(c.opts.Region),
		}
		switch {
		case entangled && init.Scheme == "":
			d.Message += " (no fix: " + why + ")"
		case mapped && init.HasFix():
			text := init.Text
			if lit.Value[0] == '"' {
				quoted := strconv.Quote(text)
				text = quoted[1 : len(quoted)-1]
			}
			d.SuggestedFixes = []analysis.SuggestedFix{{
				Message: init.FixMessage(c.opts.Region),
				TextEdits: []analysis.TextEdit{{
					Pos:     lit.Pos() + token.Pos(at[4*i+1]),
					End:     lit.Pos() + token.Pos(at[4*i+2]),
					NewText: []byte(text),
				}},
			}}
		}
		if mapped {
			d.Pos, d.End = lit.Pos()+token.Pos(at[4*i]), lit.Pos()+token.Pos(at[4*i+3])
		}
		c.add(fs, cur, d, []want{w}, considered)
	}
}
