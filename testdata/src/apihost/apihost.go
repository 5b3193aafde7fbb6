package apihost

import (
	fl "github.com/mixpanel/mixpanel-go/flags"
	"github.com/mixpanel/mixpanel-go/v2/flags"
)

// Positives: a URL where the flags provider wants a bare host.

var schemeEU = flags.FlagsConfig{APIHost: "https://api-eu.mixpanel.com"} // want `APIHost "https://api-eu.mixpanel.com" is not a bare host name: the flags provider requests https://<APIHost>/flags, so every flags request fails; use "api-eu.mixpanel.com"`

var trailingSlash = flags.FlagsConfig{APIHost: `api-eu.mixpanel.com/`} // want `APIHost "api-eu.mixpanel.com/" is not a bare host name`

// A US host with a scheme: one finding, whose fix gives the bare EU host.
var schemeUS = flags.LocalFlagsConfig{FlagsConfig: flags.FlagsConfig{APIHost: "https://api.mixpanel.com/flags"}} // want `APIHost "https://api.mixpanel.com/flags" is not a bare host name, so every flags request fails, and host api.mixpanel.com is in the US region; EU projects must use "api-eu.mixpanel.com"`

// A host that does not exist, with a scheme.
var schemeBad = fl.FlagsConfig{APIHost: "https://api.eu.mixpanel.com"} // want `APIHost "https://api.eu.mixpanel.com" is not a bare host name, so every flags request fails, and host api.eu.mixpanel.com is a name that does not exist; EU projects must use "api-eu.mixpanel.com"`

// A proxy of the user's: only the scheme goes.
var proxy = flags.FlagsConfig{APIHost: "https://flags-proxy.example.com:8443/"} // want `APIHost "https://flags-proxy.example.com:8443/" is not a bare host name.*; use "flags-proxy.example.com:8443"`

func assigned() flags.LocalFlagsConfig {
	cfg := flags.DefaultLocalFlagsConfig()
	cfg.APIHost = "http://api-eu.mixpanel.com" // want `APIHost "http://api-eu.mixpanel.com" is not a bare host name`
	return cfg
}

func assignedEmbedded() flags.RemoteFlagsConfig {
	cfg := flags.DefaultRemoteFlagsConfig()
	cfg.FlagsConfig.APIHost = "https://api.mixpanel.com" // want `APIHost "https://api.mixpanel.com" is not a bare host name, so every flags request fails, and host api.mixpanel.com is in the US region`
	return cfg
}

// Negatives.

var bare = flags.FlagsConfig{APIHost: "api-eu.mixpanel.com"}

var withPort = flags.FlagsConfig{APIHost: "flags-proxy.example.com:8443"}

// A bare US host is the host rule's.
var bareUS = flags.FlagsConfig{APIHost: "api.mixpanel.com"} // want `host api.mixpanel.com \(ingestion API\) is in the US region; EU projects must use api-eu.mixpanel.com`

// Not a flags config.
type other struct{ APIHost string }

var notFlags = other{APIHost: "https://api-eu.mixpanel.com"}

var m = map[string]string{"APIHost": "https://api-eu.mixpanel.com"}

func notFlagsAssigned(o *other) {
	o.APIHost = "https://api-eu.mixpanel.com"
}
