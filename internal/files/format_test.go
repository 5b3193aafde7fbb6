package files

import "testing"

func TestFormatOf(t *testing.T) {
	for name, want := range map[string]string{
		"values.yaml":          "YAML",
		"docker-compose.yml":   "YAML",
		"compose.yaml":         "YAML",
		"config.toml":          "TOML",
		"tsconfig.json":        "JSON",
		"settings.jsonc":       "JSON",
		".env":                 ".env",
		".env.production":      ".env",
		"prod.env":             ".env",
		"app.ini":              "INI",
		"setup.cfg":            "INI",
		"app.properties":       "properties",
		"nginx.conf":           "conf",
		"main.tf":              "HCL",
		"prod.tfvars":          "HCL",
		"config.hcl":           "HCL",
		"index.html":           "HTML",
		"INDEX.HTM":            "HTML",
		"page.tmpl":            "HTML",
		"page.gohtml":          "HTML",
		"_helpers.tpl":         "HTML",
		"App.vue":              "HTML",
		"App.svelte":           "HTML",
		"app.js":               "JavaScript",
		"app.mjs":              "JavaScript",
		"app.cjs":              "JavaScript",
		"app.jsx":              "JavaScript",
		"app.ts":               "JavaScript",
		"app.tsx":              "JavaScript",
		"Dockerfile":           "Dockerfile",
		"Dockerfile.prod":      "Dockerfile",
		"api.dockerfile":       "Dockerfile",
		"Containerfile":        "Dockerfile",
		"deploy.sh":            "shell",
		"setup.bash":           "shell",
		"_redirects":           "redirects",
		"_headers":             "redirects",
		"README.md":            "",
		"notes.txt":            "",
		"main.go":              "",
		"app.min.js":           "",
		"vendor.bundle.js":     "",
		"style.css":            "",
		"Makefile":             "",
		"mixpanel.com":         "",
		"deploy":               "",
		"Dockerfile_notes.txt": "",
	} {
		got := ""
		if f := formatOf(name); f != nil {
			got = f.name
		}
		if got != want {
			t.Errorf("formatOf(%q) = %q, want %q", name, got, want)
		}
	}
}
