package testfilesincluded

import "testing"

const exportURL = "https://data.mixpanel.com/api/2.0/export" // want `host data.mixpanel.com \(export API\)`

func TestURL(t *testing.T) { _ = exportURL }
