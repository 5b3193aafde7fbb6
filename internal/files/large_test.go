package files

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/mpreslint/mpreslint/residency"
)

// TestLargeFile bounds the cost of region choices, lists and the fix
// check in a file near the size limit full of them: seconds, not minutes.
func TestLargeFile(t *testing.T) {
	if testing.Short() {
		t.Skip("scans a large file")
	}
	var b strings.Builder
	for i := 0; b.Len() < maxSize-200; i++ {
		switch i % 4 {
		case 0:
			fmt.Fprintf(&b, "const u%d = region === \"eu\" ? \"https://api.mixpanel.com\" : \"https://api.mixpanel.com\";\n", i)
		case 1:
			fmt.Fprintf(&b, "const H%d = {us: \"https://api.mixpanel.com\", eu: \"https://api-eu.mixpanel.com\"};\n", i)
		case 2:
			fmt.Fprintf(&b, "const BASE%d = \"https://api.mixpanel.com\"; if (isEU) { BASE%d = \"https://api-eu.mixpanel.com\" }\n", i, i)
		case 3:
			fmt.Fprintf(&b, "allowed%d = [\"https://api.mixpanel.com\", \"https://api-js.mixpanel.com\"];\n", i)
		}
	}
	findings := timedScan(t, b.String())
	// Line 1: both arms wrong; line 2: excused; line 3: a default
	// overwritten; line 4: two US hosts of one API in a list.
	for _, f := range findings[:4] {
		if f.Pos.Line != 1 && f.Pos.Line != 4 || len(f.Fixes) > 0 {
			t.Errorf("%d:%d: %s, with %d fixes", f.Pos.Line, f.Pos.Column, f.Message, len(f.Fixes))
		}
	}

	// At most maxRescans fixes to check by scanning again, in a large file.
	b.Reset()
	for i := 0; i < maxRescans; i++ {
		fmt.Fprintf(&b, "const u%d = region === \"eu\" ? \"https://api.mixpanel.com\" : x;\n", i)
	}
	for b.Len() < maxSize-200 {
		b.WriteString("const neutral = \"https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js\";\n")
	}
	if findings := timedScan(t, b.String()); len(findings) != maxRescans {
		t.Errorf("%d findings, want %d", len(findings), maxRescans)
	}
}

func timedScan(t *testing.T, src string) []Finding {
	start := time.Now()
	findings := scan("/big.js", src, jsSyntax, residency.EU)
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("scanning %d bytes took %v", len(src), d)
	}
	t.Logf("%d bytes, %d findings: %v", len(src), len(findings), time.Since(start))
	return findings
}
