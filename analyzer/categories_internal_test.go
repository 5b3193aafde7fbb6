package analyzer

import (
	"testing"

	"github.com/mpreslint/mpreslint/internal/message"
)

// TestCategories: the analyzer's categories are package message's, which
// the file scan uses.
func TestCategories(t *testing.T) {
	for got, want := range map[string]string{
		categoryHost:        message.Host,
		categoryUnknownHost: message.UnknownHost,
		categorySSO:         message.SSO,
		categorySDK:         message.SDK,
		categoryCSP:         message.CSP,
		categoryDirective:   message.Directive,
		categoryInternal:    message.Internal,
	} {
		if got != want {
			t.Errorf("category %q, want message's %q", got, want)
		}
	}
}
