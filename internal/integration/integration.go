// Package integration gates the slow tests: the sweep over the module
// cache and the builds of golangci-lint and gopls. They run only when the
// environment sets MPRESLINT_INTEGRATION=1, as CI does (.ci/run), so that
// a plain go test ./... is fast and does not depend on the machine.
package integration

import (
	"os"
	"testing"
)

// Env is the environment variable that enables the slow tests.
const Env = "MPRESLINT_INTEGRATION"

// Enabled reports whether the environment asks for the slow tests.
func Enabled() bool { return os.Getenv(Env) == "1" }

// Require skips t unless the slow tests are enabled; what says what the
// test does that makes it slow.
func Require(t testing.TB, what string) {
	t.Helper()
	if !Enabled() {
		t.Skipf("%s: skipped unless %s=1", what, Env)
	}
}
