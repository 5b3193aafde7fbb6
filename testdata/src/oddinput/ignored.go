//go:build ignore

package oddinput

// Files excluded by build constraints are not part of the package.
const groupsURL = "https://api.mixpanel.com/groups"
