// Package sweep holds the sweep test: mpreslint over all of std and cmd
// (with tests) and over the modules of the local module cache (without),
// asserting that it never panics, fails or reports a malformed finding,
// and printing every finding for review:
//
//	MPRESLINT_INTEGRATION=1 go test -count=1 -v -run '^TestSweep$' -timeout 20m ./internal/sweep
//
// It is skipped unless the environment sets MPRESLINT_INTEGRATION=1, as
// CI does: its result depends on what the module cache holds.
//
// Each batch of packages is loaded from source with go/packages and
// analyzed in process by the public checker. On a cold build cache that
// costs about a sixth of go vet -vettool over std and cmd, which compiles
// all of cmd for export data, and packages that do not build are skipped
// one by one, where go vet gives up on the whole module. A module of the
// cache is analyzed as a dependency of the first module whose build list
// selects its cached version, else as the main module, in place, through
// a temporary copy of its go.mod; GOPROXY=off keeps the network out.
package sweep
