package main_test

// End-to-end tests of the text files that the standalone command checks
// beside the Go packages: a repository that mixes Go, templates, YAML,
// .env, Terraform and JavaScript.

import (
	"cmp"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// textFiles are the fixture's text files, before and after -fix.
var textFiles = []struct{ name, before, after string }{
	{"deploy/values.yaml",
		"# Helm values. The US host was api.mixpanel.com.\nmixpanel:\n  ingest: https://api.mixpanel.com/track\n  export: \"https://data.mixpanel.com/api/2.0/export\"\n  description: events go to api.mixpanel.com by default\n  # mpreslint:ignore the US project's archive\n  archive: https://api.mixpanel.com\n",
		"# Helm values. The US host was api.mixpanel.com.\nmixpanel:\n  ingest: https://api-eu.mixpanel.com/track\n  export: \"https://data-eu.mixpanel.com/api/2.0/export\"\n  description: events go to api.mixpanel.com by default\n  # mpreslint:ignore the US project's archive\n  archive: https://api.mixpanel.com\n"},
	{".env",
		"MIXPANEL_HOST=api.mixpanel.com\n# MIXPANEL_HOST=api.eu.mixpanel.com\n",
		"MIXPANEL_HOST=api-eu.mixpanel.com\n# MIXPANEL_HOST=api.eu.mixpanel.com\n"},
	{"deploy/main.tf",
		"variable \"mixpanel_host\" {\n  default = \"https://api.eu.mixpanel.com\" # mpreslint:ignore\n}\n",
		"variable \"mixpanel_host\" {\n  default = \"https://api-eu.mixpanel.com\" # mpreslint:ignore\n}\n"},
	{"web/templates/index.html",
		"<!doctype html>\n<!-- mixpanel.init(\"old\") -->\n<script src=\"https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js\"></script>\n<script>\n  mixpanel.init(\"{{.Token}}\", {track_pageview: true});\n</script>\n",
		"<!doctype html>\n<!-- mixpanel.init(\"old\") -->\n<script src=\"https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js\"></script>\n<script>\n  mixpanel.init(\"{{.Token}}\", {api_host: \"https://api-eu.mixpanel.com\", track_pageview: true});\n</script>\n"},
	{"web/app.js",
		"import mixpanel from \"mixpanel-browser\";\n\n// mixpanel.init(TOKEN) sends to the US by default\nmixpanel.init(TOKEN, {api_host: \"https://api-js.mixpanel.com\"});\n",
		"import mixpanel from \"mixpanel-browser\";\n\n// mixpanel.init(TOKEN) sends to the US by default\nmixpanel.init(TOKEN, {api_host: \"https://api-eu.mixpanel.com\"});\n"},
	{"config/config.yaml",
		"export_url: https://data.mixpanel.com/api/2.0/export\n",
		"export_url: https://data-eu.mixpanel.com/api/2.0/export\n"},
	// A region choice and an allowlist with both regions: silent under
	// -region=eu; a CSP that allows the US host alone.
	{"web/hosts.js",
		"const HOSTS = {\n  us: \"https://api.mixpanel.com\",\n  eu: \"https://api-eu.mixpanel.com\",\n  in: \"https://api-in.mixpanel.com\",\n};\nexport const host = (settings) => HOSTS[settings.dataResidency];\n",
		""},
	{"deploy/egress.tf",
		"allowed = [\"api.mixpanel.com\", \"api-eu.mixpanel.com\"]\n",
		""},
	{"web/nginx.conf",
		"add_header Content-Security-Policy \"default-src 'self'; connect-src 'self' https://api-js.mixpanel.com\" always;\n",
		"add_header Content-Security-Policy \"default-src 'self'; connect-src 'self' https://api-js.mixpanel.com https://api-eu.mixpanel.com\" always;\n"},
	// Not checked: docs, code of others, test data, bundles.
	{"README.md", "Events go to `https://api.mixpanel.com`.\n", ""},
	{"node_modules/lib/config.yaml", "url: https://api.mixpanel.com\n", ""},
	{"testdata/config.yaml", "url: https://api.mixpanel.com\n", ""},
	{"web/vendor.min.js", "mixpanel.init(TOKEN);\n", ""},
}

const jsInitEU = `call to mixpanel.init without api_host sends events to the US region (api-js.mixpanel.com); EU projects must set api_host: "https://api-eu.mixpanel.com"`

// The findings in the text files, under -region=eu.
var wantFiles = []finding{
	{".env:1:15", "host", "host api.mixpanel.com (ingestion API) is in the US region; EU projects must use api-eu.mixpanel.com", true},
	{"config/config.yaml:1:21", "host", "host data.mixpanel.com (export API) is in the US region; EU projects must use data-eu.mixpanel.com", true},
	{"deploy/main.tf:2:22", "unknown-host", "host api.eu.mixpanel.com does not exist; the EU ingestion API is at api-eu.mixpanel.com", true},
	{"deploy/main.tf:2:43", "directive", "mpreslint:ignore directive needs a reason: # mpreslint:ignore <reason>", false},
	{"deploy/values.yaml:3:19", "host", "host api.mixpanel.com (ingestion API) is in the US region; EU projects must use api-eu.mixpanel.com", true},
	{"deploy/values.yaml:4:20", "host", "host data.mixpanel.com (export API) is in the US region; EU projects must use data-eu.mixpanel.com", true},
	{"web/app.js:4:42", "host", "host api-js.mixpanel.com (JavaScript SDK ingestion) is in the US region; EU projects must use api-eu.mixpanel.com", true},
	{"web/nginx.conf:1:76", "csp", "Content-Security-Policy connect-src allows api-js.mixpanel.com (US region) but not api-eu.mixpanel.com; once requests go to the EU host, browsers block them", true},
	{"web/templates/index.html:5:3", "sdk", jsInitEU, true},
}

// Under -region=in.
var wantFilesIN = []finding{
	{".env:1:15", "host", "host api.mixpanel.com (ingestion API) is in the US region; India projects must use api-in.mixpanel.com", true},
	{"config/config.yaml:1:21", "host", "host data.mixpanel.com (export API) is in the US region; India projects must use data-in.mixpanel.com", true},
	{"deploy/egress.tf:1:13", "host", "host api.mixpanel.com (ingestion API) is in the US region; India projects must use api-in.mixpanel.com (no fix: another element of this list is wrong too; fixing one would make the list hold the India host and excuse the other; change them together)", false},
	{"deploy/egress.tf:1:33", "host", "host api-eu.mixpanel.com (ingestion API) is in the EU region; India projects must use api-in.mixpanel.com (no fix: another element of this list is wrong too; fixing one would make the list hold the India host and excuse the other; change them together)", false},
	{"deploy/main.tf:2:22", "unknown-host", "host api.eu.mixpanel.com does not exist (the EU ingestion API is at api-eu.mixpanel.com); India projects must use api-in.mixpanel.com", true},
	{"deploy/main.tf:2:43", "directive", "mpreslint:ignore directive needs a reason: # mpreslint:ignore <reason>", false},
	{"deploy/values.yaml:3:19", "host", "host api.mixpanel.com (ingestion API) is in the US region; India projects must use api-in.mixpanel.com", true},
	{"deploy/values.yaml:4:20", "host", "host data.mixpanel.com (export API) is in the US region; India projects must use data-in.mixpanel.com", true},
	{"web/app.js:4:42", "host", "host api-js.mixpanel.com (JavaScript SDK ingestion) is in the US region; India projects must use api-in.mixpanel.com", true},
	{"web/nginx.conf:1:76", "csp", "Content-Security-Policy connect-src allows api-js.mixpanel.com (US region) but not api-in.mixpanel.com; once requests go to the India host, browsers block them", true},
	{"web/templates/index.html:5:3", "sdk", `call to mixpanel.init without api_host sends events to the US region (api-js.mixpanel.com); India projects must set api_host: "https://api-in.mixpanel.com"`, true},
}

// filesFixture returns a fresh copy of the fixture module with the text
// files added.
func filesFixture(t *testing.T) string {
	t.Helper()
	dir := fixture(t)
	for _, f := range textFiles {
		writeFile(t, dir, f.name, f.before)
	}
	return dir
}

func TestFiles(t *testing.T) {
	t.Parallel()
	bin := mpreslint(t)
	dir := filesFixture(t)
	t.Run("text", func(t *testing.T) {
		r := run(t, dir, bin, "./...")
		r.wantCode(t, 3)
		r.wantStdout(t, "")
		compare(t, findings(t, dir, r.stderr), slices.Concat(wantEU, wantFiles))
	})
	t.Run("json-in", func(t *testing.T) {
		r := run(t, dir, bin, "-json", "-region=in", "./...")
		r.wantCode(t, 3)
		r.wantStderr(t, "")
		checkJSON(t, dir, r.stdout, slices.Concat(wantIN, wantFilesIN))
	})
	t.Run("sarif", func(t *testing.T) {
		r := run(t, dir, bin, "-sarif", "./...")
		r.wantCode(t, 3)
		r.wantStderr(t, "")
		// Columns in UTF-16 code units: the files are ASCII, so as in bytes.
		compareFindings(t, sarifResults(t, r.stdout), slices.Concat(wantEU, wantFiles))
	})
	t.Run("files=false", func(t *testing.T) {
		r := run(t, dir, bin, "-files=false", "./...")
		r.wantCode(t, 3)
		compare(t, findings(t, dir, r.stderr), wantEU)
	})
	t.Run("one directory", func(t *testing.T) {
		// ./config names the directory config alone.
		r := run(t, dir, bin, "./config")
		r.wantCode(t, 3)
		var want []finding
		for _, f := range slices.Concat(wantEU, wantFiles) {
			if strings.HasPrefix(f.pos, "config/") {
				want = append(want, f)
			}
		}
		compare(t, findings(t, dir, r.stderr), want)
	})
	t.Run("no Go package", func(t *testing.T) {
		// Directories of text files alone: no error.
		for _, pattern := range []string{"./web/...", "./web/templates"} {
			r := run(t, dir, bin, pattern)
			r.wantCode(t, 3)
			var want []finding
			for _, f := range wantFiles {
				if strings.HasPrefix(f.pos, strings.Trim(pattern, "./")) {
					want = append(want, f)
				}
			}
			compare(t, findings(t, dir, r.stderr), want)
		}
		r := run(t, dir, bin, "-files=false", "./web/...")
		r.wantCode(t, 1)
		r.wantStderr(t, "mpreslint: ./web/... matched no packages\n")
	})
	t.Run("import path", func(t *testing.T) {
		// An import path names its package's directory.
		r := run(t, dir, bin, "example.com/app/config")
		r.wantCode(t, 3)
		if !strings.Contains(r.stderr, "config/config.yaml:1:21: ") {
			t.Errorf("no finding in config/config.yaml:\n%s", r.stderr)
		}
		if strings.Contains(r.stderr, "deploy/") {
			t.Errorf("findings outside config/:\n%s", r.stderr)
		}
	})
	t.Run("fix-diff", func(t *testing.T) {
		before := snapshot(t, dir)
		r := run(t, dir, bin, "-fix", "-diff", "./...")
		r.wantCode(t, 3)
		compare(t, findings(t, dir, r.stderr), slices.Concat(withoutFix(wantEU), withoutFix(wantFiles)))
		if after := snapshot(t, dir); !equalFiles(before, after) {
			t.Errorf("-fix -diff changed files:\n%s", describeChanges(before, after))
		}
		fixed := applyDiff(t, dir, before, r.stdout)
		for _, f := range textFiles {
			if want := cmp.Or(f.after, f.before); fixed[f.name] != want {
				t.Errorf("%s with the diff applied:\n%s\nwant:\n%s", f.name, fixed[f.name], want)
			}
		}
	})
	t.Run("fix", func(t *testing.T) {
		dir := filesFixture(t)
		r := run(t, dir, bin, "-fix", "./...")
		r.wantCode(t, 3)
		r.wantStdout(t, "")
		// What remains: the findings without a fix.
		compare(t, findings(t, dir, r.stderr), slices.Concat(wantAfterFix, withoutFix(wantFiles)))
		for _, f := range textFiles {
			want := f.after
			if want == "" {
				want = f.before // not checked, not changed
			}
			got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(f.name)))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != want {
				t.Errorf("%s after -fix:\n%s\nwant:\n%s", f.name, got, want)
			}
		}
		// A second run is clean but for the same findings.
		again := run(t, dir, bin, "./...")
		again.wantCode(t, 3)
		compare(t, findings(t, dir, again.stderr), slices.Concat(wantAfterFix, withoutFix(wantFiles)))
	})
}
