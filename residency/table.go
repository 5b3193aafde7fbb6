package residency

// Sources for every host below: ../shared/MIXPANEL.md §1 (Mixpanel's docs and
// OpenAPI specs, the official SDKs, and mistakes seen in public code).

// Family is a Mixpanel service that has one host per region.
type Family string

// The families of regional hosts.
const (
	Ingestion Family = "ingestion" // events, profiles, groups, identity, feature flags
	Export    Family = "export"    // raw data export and data pipelines
	App       Family = "app"       // query and app APIs, web app, SSO, MCP OAuth
	Platform  Family = "platform"  // platform API
	MCP       Family = "mcp"       // MCP server
)

// Families lists every family, in a stable order.
var Families = []Family{Ingestion, Export, App, Platform, MCP}

// familyHosts is the endpoint table: the one real host of each family in
// each region.
var familyHosts = map[Family]map[Region]string{
	Ingestion: {US: "api.mixpanel.com", EU: "api-eu.mixpanel.com", IN: "api-in.mixpanel.com"},
	Export:    {US: "data.mixpanel.com", EU: "data-eu.mixpanel.com", IN: "data-in.mixpanel.com"},
	App:       {US: "mixpanel.com", EU: "eu.mixpanel.com", IN: "in.mixpanel.com"},
	Platform:  {US: "platform-us.mixpanel.com", EU: "platform-eu.mixpanel.com", IN: "platform-in.mixpanel.com"},
	MCP:       {US: "mcp.mixpanel.com", EU: "mcp-eu.mixpanel.com", IN: "mcp-in.mixpanel.com"},
}

// hostInfo describes one host name of the table.
type hostInfo struct {
	family Family
	region Region // the region the host serves, or was meant to serve
	exists bool   // false: the name does not resolve; only its region's real host works
	api    string // what the host serves, when narrower than the family's name
}

// otherRealHosts are real hosts outside familyHosts that serve one region.
var otherRealHosts = map[string]hostInfo{
	"api-js.mixpanel.com": {family: Ingestion, region: US, exists: true, api: "JavaScript SDK ingestion"},
	"decide.mixpanel.com": {family: Ingestion, region: US, exists: true, api: "legacy /decide API"},
}

// badHosts are host names that do not exist, with the region they were meant
// for. Those marked "seen" were found in real code; the rest follow the
// same mistakes in the naming patterns.
var badHosts = map[string]hostInfo{
	"data-eu.mixpanel":         {family: Export, region: EU},    // seen: mixpanel-go v0.0.1 … v0.1.1
	"api.eu.mixpanel.com":      {family: Ingestion, region: EU}, // seen: Segment's React Native plugin
	"in.data.mixpanel.com":     {family: Export, region: IN},    // seen: a public design document
	"api-js-eu.mixpanel.com":   {family: Ingestion, region: EU},
	"api-js-in.mixpanel.com":   {family: Ingestion, region: IN},
	"decide-eu.mixpanel.com":   {family: Ingestion, region: EU}, // "there is no domain decide-eu.mixpanel.com"
	"decide-in.mixpanel.com":   {family: Ingestion, region: IN},
	"api-us.mixpanel.com":      {family: Ingestion, region: US},
	"data-us.mixpanel.com":     {family: Export, region: US},
	"api.mixpanel":             {family: Ingestion, region: US},
	"data.mixpanel":            {family: Export, region: US},
	"eu.api.mixpanel.com":      {family: Ingestion, region: EU},
	"in.api.mixpanel.com":      {family: Ingestion, region: IN},
	"api.in.mixpanel.com":      {family: Ingestion, region: IN},
	"eu-api.mixpanel.com":      {family: Ingestion, region: EU},
	"in-api.mixpanel.com":      {family: Ingestion, region: IN},
	"api-eu.mixpanel":          {family: Ingestion, region: EU},
	"api-in.mixpanel":          {family: Ingestion, region: IN},
	"data.eu.mixpanel.com":     {family: Export, region: EU},
	"data.in.mixpanel.com":     {family: Export, region: IN},
	"eu.data.mixpanel.com":     {family: Export, region: EU},
	"eu-data.mixpanel.com":     {family: Export, region: EU},
	"in-data.mixpanel.com":     {family: Export, region: IN},
	"data-in.mixpanel":         {family: Export, region: IN},
	"platform.eu.mixpanel.com": {family: Platform, region: EU},
	"platform.in.mixpanel.com": {family: Platform, region: IN},
	"mcp.eu.mixpanel.com":      {family: MCP, region: EU},
	"mcp.in.mixpanel.com":      {family: MCP, region: IN},
}

// NeutralHosts are Mixpanel hosts that serve every region, or are not known
// to be regional. They are never findings.
var NeutralHosts = []string{
	"cdn.mxpnl.com",
	"api-backup.mixpanel.com",
	"sso.mixpanel.com",
	"migrate.api.mixpanel.com",
	"www.mixpanel.com",
	"docs.mixpanel.com",
	"developer.mixpanel.com",
	"help.mixpanel.com",
	"community.mixpanel.com",
	"university.mixpanel.com",
}

// hosts is the lookup table built from the maps above.
var hosts = buildHosts()

func buildHosts() map[string]hostInfo {
	m := make(map[string]hostInfo)
	for fam, byRegion := range familyHosts {
		for r, h := range byRegion {
			m[h] = hostInfo{family: fam, region: r, exists: true}
		}
	}
	for _, table := range []map[string]hostInfo{otherRealHosts, badHosts} {
		for h, info := range table {
			m[h] = info
		}
	}
	return m
}
