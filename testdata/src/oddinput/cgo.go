package oddinput

/*
static const char* host(void) { return "https://api.mixpanel.com"; }
*/
import "C"

// In a cgo file, the Go code is checked; the C code in the preamble is not.
const trackURL = "https://api.mixpanel.com/track" // want `host api.mixpanel.com \(ingestion API\)`

func Host() string { return C.GoString(C.host()) + trackURL }
