package deliberate

// Declared here, picked in deliberate.go.
const (
	usGroups = "https://api.mixpanel.com/groups"
	euGroups = "https://api-eu.mixpanel.com/groups"
)
