package oldbroken

import "github.com/mixpanel/mixpanel-go"

// Too few arguments for the signature: reported by the compiler, not by
// mpreslint, and no crash.
var _ = mixpanel.NewClient()

var _ = mixpanel.NewClient(mixpanel.EuResidency(), 1, "x")
