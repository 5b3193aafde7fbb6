package residency

import "strings"

// Lookup says what the Mixpanel host serves when a URL's path is path.
//
// Host matching is exact on the table and case-insensitive; a trailing
// dot and a port (":443", or an empty ":") are ignored. The path decides
// only for the US app host, mixpanel.com, which also serves the marketing
// site: it is the US web app or API under an API, app, SSO or MCP OAuth
// path, or at the root of a URL ("/"), and nothing otherwise. Give path ""
// for a host that stands alone, without a URL around it.
//
// Lookup reports false for every other host: neutral Mixpanel hosts (see
// NeutralHosts) and hosts that are not Mixpanel's. It does not allocate.
func Lookup(host, path string) (Endpoint, bool) {
	host = stripPort(host)
	host = strings.TrimSuffix(host, ".")
	info, ok := tableHost(host)
	if !ok {
		return Endpoint{}, false
	}
	ep := Endpoint{Family: info.family, Region: info.region, Exists: info.exists, API: info.api}
	if ep.API != "" {
		return ep, true
	}
	switch info.family {
	case Ingestion:
		ep.API = "ingestion API"
	case Export:
		ep.API = "export API"
	case Platform:
		ep.API = "platform API"
	case MCP:
		ep.API = "MCP server"
	case App:
		var regional bool
		ep.API, regional = appAPI(path)
		if info.region == US && !regional && path != "/" {
			return Endpoint{}, false // the marketing site
		}
	}
	return ep, true
}

// stripPort removes a trailing ":port" of digits, possibly empty, from a
// host name. An IPv6 literal in brackets is returned whole: it is no
// table host.
func stripPort(host string) string {
	i := strings.LastIndexByte(host, ':')
	if i < 0 || strings.IndexByte(host, ']') >= 0 {
		return host
	}
	for j := i + 1; j < len(host); j++ {
		if host[j] < '0' || host[j] > '9' {
			return host
		}
	}
	return host[:i]
}

// tableHost looks host up in the table, in any case, without allocating.
func tableHost(host string) (hostInfo, bool) {
	var buf [64]byte // longer than any host of the table
	if len(host) > len(buf) {
		return hostInfo{}, false
	}
	b := buf[:len(host)]
	for i := 0; i < len(host); i++ {
		c := host[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	info, ok := hosts[string(b)] // no allocation: the compiler looks up b in place
	return info, ok
}

// isTableHost reports whether host, without port or trailing dot, is a
// host of the table: Find's cheap test before it reads the host's context.
func isTableHost(host string) bool {
	_, ok := tableHost(host)
	return ok
}
