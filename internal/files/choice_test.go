package files

import (
	"slices"
	"testing"
)

// Region choices, lists and recognition in files: silent under
// -region=eu. Each is a shape seen in public code.
var choiceSilent = []scanCase{
	// JavaScript and TypeScript: a ternary, a map keyed by the regions
	// picked by a setting, per-region constants picked by a switch.
	{"client.js", "const url = conn.server === \"eu\" ? \"eu.mixpanel.com/api\" : \"mixpanel.com/api\";\n", nil, ""},
	{"hosts.ts", "const HOSTS = {\n  us: \"https://api.mixpanel.com\",\n  eu: \"https://api-eu.mixpanel.com\",\n  in: \"https://api-in.mixpanel.com\",\n};\nexport const host = HOSTS[settings.dataResidency];\n", nil, ""},
	{"config.js", "const BASE_ENDPOINT = \"https://api.mixpanel.com\";\nconst BASE_ENDPOINT_EU = \"https://api-eu.mixpanel.com\";\nconst BASE_ENDPOINT_IN = \"https://api-in.mixpanel.com\";\nfunction endpoint(region) {\n  switch (region) {\n    case \"eu\":\n      return BASE_ENDPOINT_EU;\n    case \"in\":\n      return BASE_ENDPOINT_IN;\n    default:\n      return BASE_ENDPOINT;\n  }\n}\n", nil, ""},
	{"config.js", "const BASE_ENDPOINT = 'https://api.mixpanel.com';\nconst BASE_ENDPOINT_EU = 'https://api-eu.mixpanel.com';\nconst BASE_ENDPOINT_IN = 'https://api-in.mixpanel.com';\nmodule.exports = { BASE_ENDPOINT, BASE_ENDPOINT_EU, BASE_ENDPOINT_IN };\n", nil, ""},
	{"hosts.ts", "export const apiHost = \"https://api.mixpanel.com\";\nexport const apiHostEu = \"https://api-eu.mixpanel.com\";\n", nil, ""},
	{"transform.js", "let host;\nif (config.dataResidency === 'EU') {\n  host = 'api-eu.mixpanel.com';\n} else if (config.dataResidency === 'IN') {\n  host = 'api-in.mixpanel.com';\n} else {\n  host = 'api.mixpanel.com';\n}\n", nil, ""},
	{"host.ts", "function apiHost(region: string): string {\n  if (region === \"eu\") return \"https://api-eu.mixpanel.com\";\n  return \"https://api.mixpanel.com\";\n}\n", nil, ""},
	{"url.js", "let url = \"https://api.mixpanel.com/track\";\nif (isEU) url = \"https://api-eu.mixpanel.com/track\";\n", nil, ""},
	{"regions.ts", "const endpoints = {\n  [Region.US]: 'https://api.mixpanel.com',\n  [Region.EU]: 'https://api-eu.mixpanel.com',\n};\n", nil, ""},
	{"dest.js", "const url = settings.apiRegion === 'EU'\n  ? 'https://api-eu.mixpanel.com/import'\n  : 'https://api.mixpanel.com/import';\nsend(url);\n", nil, ""},
	{"index.html", "<script>\n  mixpanel.init(t, {api_host: region == 'eu' ? 'https://api-eu.mixpanel.com' : 'https://api-js.mixpanel.com'});\n</script>\n", nil, ""},
	{"hosts.ts", "const API_HOST_US = \"https://api-js.mixpanel.com\";\nconst API_HOST_EU = \"https://api-eu.mixpanel.com\";\nconst API_HOST_IN = \"https://api-in.mixpanel.com\";\nexport const apiHost = (region: Region) =>\n  region === \"eu\" ? API_HOST_EU : region === \"in\" ? API_HOST_IN : API_HOST_US;\n", nil, ""},
	{"query.ts", "const QUERY = {\n  default: \"https://mixpanel.com/api/query\",\n  eu: \"https://eu.mixpanel.com/api/query\",\n};\nif (\"eu\" in QUERY) {}\n", nil, ""},
	{"hosts.ts", "export enum MixpanelHost {\n  US = \"https://api.mixpanel.com\",\n  EU = \"https://api-eu.mixpanel.com\",\n}\n", nil, ""},
	// Tables of the regions: a list of maps that each name their region.
	{"regions.json", "[{\"region\": \"us\", \"host\": \"api.mixpanel.com\"}, {\"region\": \"eu\", \"host\": \"api-eu.mixpanel.com\"}]\n", nil, ""},
	{"regions.yaml", "regions:\n  - name: us\n    api: https://api.mixpanel.com\n  - name: eu\n    api: https://api-eu.mixpanel.com\n", nil, ""},
	{"analytics.js", "if (region === \"eu\") {\n  mixpanel.init(token, {api_host: \"https://api-eu.mixpanel.com\"});\n} else {\n  mixpanel.init(token);\n}\n", nil, ""},
	{"hosts.js", "const hosts = {in: \"https://api-in.mixpanel.com\", eu: \"https://api-eu.mixpanel.com\"};\nconst RegionIN = region === \"IN\" ? \"https://api-in.mixpanel.com\" : \"https://api-eu.mixpanel.com\";\n", nil, ""},
	// YAML, TOML, JSON, HCL and .env maps keyed by the regions.
	{"values.yaml", "mixpanel:\n  hosts:\n    us: https://api.mixpanel.com\n    eu: https://api-eu.mixpanel.com\n  timeout: 5s\n", nil, ""},
	{"values.yaml", "regions:\n  US:\n    api: https://api.mixpanel.com\n    export: https://data.mixpanel.com\n  EU:\n    api: https://api-eu.mixpanel.com\n    export: https://data-eu.mixpanel.com\n", nil, ""},
	{"config.toml", "[mixpanel.hosts]\nus = \"https://api.mixpanel.com\"\neu = \"https://api-eu.mixpanel.com\"\n", nil, ""},
	{"config.toml", "[mixpanel.us]\nhost = \"api.mixpanel.com\"\n\n[mixpanel.eu]\nhost = \"api-eu.mixpanel.com\"\n", nil, ""},
	{"config.json", "{\"endpoints\": {\"us\": \"https://api.mixpanel.com\", \"eu\": \"https://api-eu.mixpanel.com\"}}\n", nil, ""},
	{"main.tf", "locals {\n  mixpanel_hosts = {\n    us = \"api.mixpanel.com\"\n    eu = \"api-eu.mixpanel.com\"\n  }\n  host = var.region == \"eu\" ? \"api-eu.mixpanel.com\" : \"api.mixpanel.com\"\n}\n", nil, ""},
	{".env", "MIXPANEL_HOST_US=api.mixpanel.com\nMIXPANEL_HOST_EU=api-eu.mixpanel.com\n", nil, ""},
	{"values.yaml", "hosts: {us: https://api.mixpanel.com, eu: https://api-eu.mixpanel.com}\n", nil, ""},
	{"config.toml", "hosts = { us = \"https://api.mixpanel.com\", eu = \"https://api-eu.mixpanel.com\" }\n", nil, ""},
	{"config.json", "{\"US\": {\"api\": \"https://api.mixpanel.com\"}, \"EU\": {\"api\": \"https://api-eu.mixpanel.com\"}}\n", nil, ""},
	{"app.ini", "[eu]\nhost = api-eu.mixpanel.com\n[us]\nhost = api.mixpanel.com\n", nil, ""},
	{"app.properties", "mixpanel.host.us=api.mixpanel.com\nmixpanel.host.eu=api-eu.mixpanel.com\n", nil, ""},
	// Shell if/else and case on the region.
	{"deploy.sh", "if [ \"$REGION\" = \"eu\" ]; then\n  URL=https://api-eu.mixpanel.com\nelif [ \"$REGION\" = \"in\" ]; then\n  URL=https://api-in.mixpanel.com\nelse\n  URL=https://api.mixpanel.com\nfi\n", nil, ""},
	{"deploy.sh", "case \"$MIXPANEL_REGION\" in\n  eu|europe) HOST=api-eu.mixpanel.com ;;\n  *) HOST=api.mixpanel.com ;;\nesac\n", nil, ""},
	// Go and Helm templates.
	{"deployment.yaml", "env:\n  - name: MIXPANEL_HOST\n    value: {{ if eq .Values.mixpanel.region \"eu\" }}https://api-eu.mixpanel.com{{ else }}https://api.mixpanel.com{{ end }}\n", nil, ""},
	{"configmap.yaml", "data:\n{{- if eq .Values.region \"eu\" }}\n  host: api-eu.mixpanel.com\n{{- else }}\n  host: api.mixpanel.com\n{{- end }}\n", nil, ""},
	{"page.tmpl", "<script src=\"x.js\" data-host=\"{{ if .IsEU }}https://api-eu.mixpanel.com{{ else }}https://api-js.mixpanel.com{{ end }}\"></script>\n", nil, ""},
	{"vars.yml", "mixpanel_url: \"{{ 'https://api-eu.mixpanel.com' if mixpanel_region == 'eu' else 'https://api.mixpanel.com' }}\"\n", nil, ""},
	{"config.yaml", "{% if region == \"eu\" %}\nhost: api-eu.mixpanel.com\n{% else %}\nhost: api.mixpanel.com\n{% endif %}\n", nil, ""},
	// Calls whose arguments name the region: Terraform's lookup default.
	{"main.tf", "locals {\n  hosts = { eu = \"https://api-eu.mixpanel.com\" }\n  host  = lookup(local.hosts, var.region, \"https://api.mixpanel.com\")\n}\n", nil, ""},
	{"nginx.conf.yaml", "{{- if eq .Values.region \"eu\" }}\nadd_header Content-Security-Policy \"connect-src https://api-eu.mixpanel.com\";\n{{- else }}\nadd_header Content-Security-Policy \"connect-src https://api-js.mixpanel.com\";\n{{- end }}\n", nil, ""},
	// Lists that hold both regions' hosts: egress allowlists.
	{"egress.tf", "resource \"x\" \"y\" {\n  allowed = [\"api.mixpanel.com\", \"api-eu.mixpanel.com\"]\n}\n", nil, ""},
	{"values.yaml", "egress:\n  allowed:\n    - api.mixpanel.com\n    - api-eu.mixpanel.com\n", nil, ""},
	{"values.yaml", "allowed: [api.mixpanel.com, api-eu.mixpanel.com]\n", nil, ""},
	{"hosts.js", "const ALLOWED = [\"https://api.mixpanel.com\", \"https://api-eu.mixpanel.com\"];\n", nil, ""},
	// Messages and patterns.
	{"check.sh", "curl -fs https://api-eu.mixpanel.com || echo \"api.mixpanel.com unreachable\"\n", nil, ""},
	{"ci.yml", "run: echo Sending to https://api.mixpanel.com/track\n", nil, ""},
	{"app.js", "console.log(\"fallback\", \"https://api.mixpanel.com\");\nlogger.warn(\"https://api.mixpanel.com/track\");\nthrow new Error(\"https://api.mixpanel.com/track\" + res.status);\n", nil, ""},
	{"manifest.json", "{\"host_permissions\": [\"https://api.mixpanel.com/*\"], \"match\": \"^https://api.mixpanel.com/\"}\n", nil, ""},
	// CSPs that allow both.
	{"nginx.conf", "add_header Content-Security-Policy \"default-src 'self'; connect-src 'self' https://api.mixpanel.com https://api-eu.mixpanel.com\" always;\n", nil, ""},
	{"nginx.conf", "add_header Content-Security-Policy \"default-src 'self' https://api.mixpanel.com; img-src https://api.mixpanel.com; connect-src https://api-eu.mixpanel.com\";\n", nil, ""},
	{"index.html", "<meta http-equiv=\"Content-Security-Policy\" content=\"connect-src 'self' https://api-js.mixpanel.com https://api-eu.mixpanel.com\">\n", nil, ""},
	{"server.js", "app.use(helmet({contentSecurityPolicy: {directives: {connectSrc: [\"'self'\", \"https://api-js.mixpanel.com\", \"https://api-eu.mixpanel.com\"]}}}));\n", nil, ""},
}

// Reported under -region=eu, with the fixes that are offered (fixed is
// the file with every fix applied).
var choiceReported = []scanCase{
	// A condition that does not name the region is not a region choice.
	{"app.js", "const u = loggedIn ? \"https://api-eu.mixpanel.com\" : \"https://api.mixpanel.com\";\n", []string{"1:63 host"}, "const u = loggedIn ? \"https://api-eu.mixpanel.com\" : \"https://api-eu.mixpanel.com\";\n"},
	{"values.yaml", "hosts:\n  prod: https://api.mixpanel.com\n  staging: https://api-eu.mixpanel.com\n", []string{"2:17 host"}, "hosts:\n  prod: https://api-eu.mixpanel.com\n  staging: https://api-eu.mixpanel.com\n"},
	{"t.yaml", "host: {{ if .Values.debug }}https://api-eu.mixpanel.com{{ else }}https://api.mixpanel.com{{ end }}\n", []string{"1:74 host"}, "host: {{ if .Values.debug }}https://api-eu.mixpanel.com{{ else }}https://api-eu.mixpanel.com{{ end }}\n"},
	{"deploy.sh", "if [ -n \"$DEBUG\" ]; then\n  URL=https://api-eu.mixpanel.com\nelse\n  URL=https://api.mixpanel.com\nfi\n", []string{"4:15 host"}, "if [ -n \"$DEBUG\" ]; then\n  URL=https://api-eu.mixpanel.com\nelse\n  URL=https://api-eu.mixpanel.com\nfi\n"},
	// A snippet that holds a * or a $ is no pattern.
	{"snippet.js", "const s = `/* send */ fetch(\"https://api.mixpanel.com/track\")`;\n", []string{"1:38 host"}, "const s = `/* send */ fetch(\"https://api-eu.mixpanel.com/track\")`;\n"},
	// A table whose entries do not name their region.
	{"regions.json", "[{\"env\": \"prod\", \"host\": \"api.mixpanel.com\"}, {\"env\": \"eu\", \"host\": \"api-eu.mixpanel.com\"}]\n", []string{"1:27 host"}, "[{\"env\": \"prod\", \"host\": \"api-eu.mixpanel.com\"}, {\"env\": \"eu\", \"host\": \"api-eu.mixpanel.com\"}]\n"},
	{"vars.yml", "mixpanel_url: \"{{ 'https://api-eu.mixpanel.com' if is_debug else 'https://api.mixpanel.com' }}\"\n", []string{"1:75 host"}, "mixpanel_url: \"{{ 'https://api-eu.mixpanel.com' if is_debug else 'https://api-eu.mixpanel.com' }}\"\n"},
	{"main.tf", "host = lookup(local.hosts, var.env, \"https://api.mixpanel.com\")\n", []string{"1:46 host"}, "host = lookup(local.hosts, var.env, \"https://api-eu.mixpanel.com\")\n"},
	{"analytics.js", "if (debug) {\n  mixpanel.init(token, {api_host: \"https://api-eu.mixpanel.com\"});\n} else {\n  mixpanel.init(token);\n}\n", []string{"4:3 sdk"}, "if (debug) {\n  mixpanel.init(token, {api_host: \"https://api-eu.mixpanel.com\"});\n} else {\n  mixpanel.init(token, {api_host: \"https://api-eu.mixpanel.com\"});\n}\n"},
	{"analytics.js", "if (region === \"eu\") {\n  mixpanel.init(token);\n} else {\n  mixpanel.init(token);\n}\n", []string{"2:3 sdk", "4:3 sdk"}, ""},
	// "in" as English: sign_in, loggedIn and the in operator name no region.
	{"values.yaml", "hosts:\n  sign_in: https://api.mixpanel.com\n  eu: https://api-eu.mixpanel.com\n", []string{"2:20 host"}, "hosts:\n  sign_in: https://api-eu.mixpanel.com\n  eu: https://api-eu.mixpanel.com\n"},
	{"app.js", "const u = (\"token\" in opts) ? \"https://api-eu.mixpanel.com\" : \"https://api.mixpanel.com\";\n", []string{"1:72 host"}, "const u = (\"token\" in opts) ? \"https://api-eu.mixpanel.com\" : \"https://api-eu.mixpanel.com\";\n"},
	{"nginx.conf.yaml", "{{- if eq .Values.region \"eu\" }}\nadd_header Content-Security-Policy \"connect-src https://api-js.mixpanel.com\";\n{{- else }}\nadd_header Content-Security-Policy \"connect-src https://api-js.mixpanel.com\";\n{{- end }}\n", []string{"2:49 csp", "4:49 csp"}, ""},
	// A list of maps is no allowlist: a Kubernetes env list.
	{"deployment.yaml", "env:\n  - name: MIXPANEL_API\n    value: https://api-eu.mixpanel.com\n  - name: LOGIN\n    value: https://api.mixpanel.com\n", []string{"5:20 host"}, "env:\n  - name: MIXPANEL_API\n    value: https://api-eu.mixpanel.com\n  - name: LOGIN\n    value: https://api-eu.mixpanel.com\n"},
	{"next.config.js", "headers: [{key: \"X-EU\", value: \"https://api-eu.mixpanel.com\"}, {key: \"X\", value: \"https://api.mixpanel.com\"}]\n", []string{"1:91 host"}, "headers: [{key: \"X-EU\", value: \"https://api-eu.mixpanel.com\"}, {key: \"X\", value: \"https://api-eu.mixpanel.com\"}]\n"},
	// A per-region set whose plain member is used outside a choice, or
	// whose region member is not the region's host.
	{"config.js", "const BASE_ENDPOINT = 'https://api.mixpanel.com';\nconst BASE_ENDPOINT_EU = 'https://api-eu.mixpanel.com';\nsend(BASE_ENDPOINT);\n", []string{"1:32 host"}, "const BASE_ENDPOINT = 'https://api-eu.mixpanel.com';\nconst BASE_ENDPOINT_EU = 'https://api-eu.mixpanel.com';\nsend(BASE_ENDPOINT);\n"},
	{"config.js", "export const HOST = 'https://api.mixpanel.com';\nexport const HOST_EU = 'https://data-eu.mixpanel.com';\nexport const loggedIn = 'https://api-eu.mixpanel.com';\nexport const logged = 'https://api.mixpanel.com';\n", []string{"1:30 host", "4:32 host"}, "export const HOST = 'https://api-eu.mixpanel.com';\nexport const HOST_EU = 'https://data-eu.mixpanel.com';\nexport const loggedIn = 'https://api-eu.mixpanel.com';\nexport const logged = 'https://api-eu.mixpanel.com';\n"},
	// A constant used outside a choice.
	{"api.js", "const BASE = \"https://api.mixpanel.com\";\nfetch(BASE + \"/track\");\n", []string{"1:23 host"}, "const BASE = \"https://api-eu.mixpanel.com\";\nfetch(BASE + \"/track\");\n"},
	// Both arms wrong: no fix, as fixing one would excuse the other.
	{"app.js", "const u = region === \"eu\" ? \"https://api.mixpanel.com\" : \"https://api.mixpanel.com\";\n", []string{"1:38 host", "1:67 host"}, ""},
	// The US key's value gets no fix: the EU key needs the EU host.
	{"hosts.js", "const hosts = {us: \"https://api.mixpanel.com\", eu: process.env.EU_HOST};\n", []string{"1:29 host"}, ""},
	// A list with the US host alone: the fix adds no duplicate.
	{"egress.tf", "allowed = [\"api.mixpanel.com\", \"example.com\"]\n", []string{"1:13 host"}, "allowed = [\"api-eu.mixpanel.com\", \"example.com\"]\n"},
	{"egress.tf", "allowed = [\"api.mixpanel.com\", \"api-js.mixpanel.com\"]\n", []string{"1:13 host", "1:33 host"}, ""},
	// A command after echo's pipe sends.
	{"send.sh", "echo '{}' | curl -d @- https://api.mixpanel.com/track\n", []string{"1:32 host"}, "echo '{}' | curl -d @- https://api-eu.mixpanel.com/track\n"},
	// CSPs that allow the US host alone.
	{"nginx.conf", "add_header Content-Security-Policy \"default-src 'self'; connect-src 'self' https://api-js.mixpanel.com\" always;\n", []string{"1:76 csp"}, "add_header Content-Security-Policy \"default-src 'self'; connect-src 'self' https://api-js.mixpanel.com https://api-eu.mixpanel.com\" always;\n"},
	{"httpd.conf", "Header set Content-Security-Policy \"connect-src 'self' https://api.mixpanel.com\"\n", []string{"1:56 csp"}, "Header set Content-Security-Policy \"connect-src 'self' https://api.mixpanel.com https://api-eu.mixpanel.com\"\n"},
	{"index.html", "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; connect-src https://api-js.mixpanel.com\">\n", []string{"1:85 csp"}, "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; connect-src https://api-js.mixpanel.com https://api-eu.mixpanel.com\">\n"},
	{"next.config.js", "headers: [{ key: 'Content-Security-Policy', value: \"default-src 'self'; connect-src 'self' https://api-js.mixpanel.com\" }]\n", []string{"1:92 csp"}, "headers: [{ key: 'Content-Security-Policy', value: \"default-src 'self'; connect-src 'self' https://api-js.mixpanel.com https://api-eu.mixpanel.com\" }]\n"},
	{"server.js", "helmet({contentSecurityPolicy: {directives: {connectSrc: [\"'self'\", \"https://api-js.mixpanel.com\"]}}});\n", []string{"1:70 csp"}, "helmet({contentSecurityPolicy: {directives: {connectSrc: [\"'self'\", \"https://api-js.mixpanel.com\", \"https://api-eu.mixpanel.com\"]}}});\n"},
	{"content-security-policy.js", "module.exports = {policy: {\n  'connect-src': [\"'self'\", 'https://api-js.mixpanel.com', 'https://custom-api.local'],\n}};\n", []string{"2:30 csp"}, "module.exports = {policy: {\n  'connect-src': [\"'self'\", 'https://api-js.mixpanel.com', 'https://api-eu.mixpanel.com', 'https://custom-api.local'],\n}};\n"},
	{"index.html", "<meta http-equiv=\"Content-Security-Policy\" content=\"\n  default-src 'self';\n  connect-src 'self'\n    https://api-js.mixpanel.com;\n\">\n", []string{"4:5 csp"}, "<meta http-equiv=\"Content-Security-Policy\" content=\"\n  default-src 'self';\n  connect-src 'self'\n    https://api-js.mixpanel.com https://api-eu.mixpanel.com;\n\">\n"},
	{"csp.ts", "const policy = {\n  'script-src': ['https://api.mixpanel.com'],\n  'connect-src': \"'self' https://api.mixpanel.com\",\n};\n", []string{"3:26 csp"}, "const policy = {\n  'script-src': ['https://api.mixpanel.com'],\n  'connect-src': \"'self' https://api.mixpanel.com https://api-eu.mixpanel.com\",\n};\n"},
	{"csp.json", "{\"csp\": {\"connect-src\": [\"'self'\", \"https://api.mixpanel.com\"]}}\n", []string{"1:37 csp"}, "{\"csp\": {\"connect-src\": [\"'self'\", \"https://api.mixpanel.com\", \"https://api-eu.mixpanel.com\"]}}\n"},
	{"csp.tf", "csp = {\n  connect_src = [\"'self'\", \"https://api-js.mixpanel.com\"]\n}\n", []string{"2:29 csp"}, "csp = {\n  connect_src = [\"'self'\", \"https://api-js.mixpanel.com\", \"https://api-eu.mixpanel.com\"]\n}\n"},
	{"ingress.yaml", "annotations:\n  nginx.ingress.kubernetes.io/configuration-snippet: |\n    more_set_headers \"Content-Security-Policy: connect-src 'self' https://api.mixpanel.com\";\n", []string{"3:67 csp"}, "annotations:\n  nginx.ingress.kubernetes.io/configuration-snippet: |\n    more_set_headers \"Content-Security-Policy: connect-src 'self' https://api.mixpanel.com https://api-eu.mixpanel.com\";\n"},
}

func TestChoices(t *testing.T) {
	checkCases(t, slices.Concat(choiceSilent, choiceReported))
}
