//go:build linux

package oddinput

// Files selected by build constraints are checked.
const exportURL = "https://data.mixpanel.com/api/2.0/export" // want `host data.mixpanel.com \(export API\)`
