package sso

type SAMLConfig struct {
	PostbackURL string
}

var okta = SAMLConfig{PostbackURL: "https://mixpanel.com/security/login/1"} // want `the SSO postback URL mixpanel.com/security/login/1 has no region prefix; EU projects log in at eu.mixpanel.com/security/login/1`

const azure = "mixpanel.com/security/login/12" // want `the SSO postback URL mixpanel.com/security/login/12 has no region prefix; EU projects log in at eu.mixpanel.com/security/login/12`

const india = "https://in.mixpanel.com/security/login/3" // want `the SSO postback URL in.mixpanel.com/security/login/3 is for India projects; EU projects log in at eu.mixpanel.com/security/login/3`

// Negatives.
var (
	resident = SAMLConfig{PostbackURL: "https://eu.mixpanel.com/security/login/1"}
	acs      = "https://sso.mixpanel.com/sso/saml2"
	help     = "set the postback URL to mixpanel.com/security/login/1 for US projects"
)
