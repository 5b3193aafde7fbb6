// Package nodeinit holds JavaScript for the Node.js SDK (npm mixpanel) in
// Go strings: its option is host, a bare host; without it, events go to
// api.mixpanel.com.
package nodeinit

// Positives.

const server = "const Mixpanel = require('mixpanel');\nconst mp = Mixpanel.init(process.env.TOKEN);" // want `call to Mixpanel.init of the Node.js SDK \(npm mixpanel\) without host sends events to the US region \(api.mixpanel.com\); EU projects must set host: "api-eu.mixpanel.com"`

const scheme = `import Mixpanel from 'mixpanel'; Mixpanel.init(T, {host: 'https://api-eu.mixpanel.com'})` // want `the Node.js SDK's host option takes a bare host: a URL with a scheme breaks the SDK`

// Negatives: the Node.js EU setup, unknown options.

const euSetup = "const Mixpanel = require('mixpanel');\nMixpanel.init(token, { host: 'api-eu.mixpanel.com' });"

const fromConfig = "const Mixpanel = require('mixpanel');\nMixpanel.init(token, config);"
