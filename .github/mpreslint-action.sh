#!/usr/bin/env bash
# The run steps of the mpreslint GitHub Action (action.yml): install
# mpreslint, run it over the patterns, write SARIF, and fail on findings
# unless told not to. The test suite runs it locally
# (cmd/mpreslint/action_test.go), with MPRESLINT_BIN set.
#
# Environment (action.yml sets it from the inputs):
#   MPRESLINT_BIN               an mpreslint binary to run; unset: install one
#   MPRESLINT_REF               the action's ref (github.action_ref): installs
#                               github.com/mpreslint/mpreslint/cmd/mpreslint@REF;
#                               empty: builds the action's own copy in
#                               MPRESLINT_ACTION_PATH (github.action_path)
#   MPRESLINT_REGION            eu (default) or in
#   MPRESLINT_PATTERNS          package patterns, separated by spaces (./...)
#   MPRESLINT_INCLUDE_TESTS     true: check _test.go files too (false)
#   MPRESLINT_FAIL_ON_FINDINGS  false: succeed when there are findings (true)
#   MPRESLINT_SARIF_FILE        where to write the SARIF (mpreslint.sarif)
#   GITHUB_OUTPUT               where the outputs go: sarif-file (empty when
#                               no SARIF was written), exit-code
#   RUNNER_TEMP                 where to install mpreslint
set -uo pipefail

fail() { echo "::error title=mpreslint::$*" >&2; exit 1; }

bin=${MPRESLINT_BIN:-}
if [ -z "$bin" ]; then
	gobin="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/mpreslint-bin"
	command -v go >/dev/null || fail "no go command: set up Go 1.25 or later first (actions/setup-go)"
	if [ -n "${MPRESLINT_REF:-}" ]; then
		echo "Installing github.com/mpreslint/mpreslint/cmd/mpreslint@$MPRESLINT_REF"
		GOBIN=$gobin go install "github.com/mpreslint/mpreslint/cmd/mpreslint@$MPRESLINT_REF" ||
			fail "go install github.com/mpreslint/mpreslint/cmd/mpreslint@$MPRESLINT_REF failed"
	else
		echo "Building mpreslint from ${MPRESLINT_ACTION_PATH:?no ref and no action path}"
		(cd "$MPRESLINT_ACTION_PATH" && GOWORK=off GOBIN=$gobin go install ./cmd/mpreslint) ||
			fail "building mpreslint in $MPRESLINT_ACTION_PATH failed"
	fi
	bin=$gobin/mpreslint
fi
"$bin" -version || fail "$bin does not run"

args=(-sarif "-region=${MPRESLINT_REGION:-eu}")
case ${MPRESLINT_INCLUDE_TESTS:-false} in
true) args+=(-include-tests) ;;
false) ;;
*) fail "include-tests: want true or false, not \"$MPRESLINT_INCLUDE_TESTS\"" ;;
esac
case ${MPRESLINT_FAIL_ON_FINDINGS:-true} in
true | false) ;;
*) fail "fail-on-findings: want true or false, not \"$MPRESLINT_FAIL_ON_FINDINGS\"" ;;
esac
set -f # patterns are not file globs
# shellcheck disable=SC2206 # split on spaces, on purpose
patterns=(${MPRESLINT_PATTERNS:-./...})
set +f

sarif=${MPRESLINT_SARIF_FILE:-mpreslint.sarif}
case $sarif in
/*) ;;
*) sarif=$PWD/$sarif ;;
esac
# The SARIF goes to a temporary file first, and becomes $sarif only if
# mpreslint wrote a log: on a usage error (exit code 2) it writes none,
# and no file is left for the upload step (a stale one is removed).
rm -f "$sarif"
tmp=$(mktemp "$sarif.XXXXXX") || fail "cannot create a file beside $sarif"
"$bin" "${args[@]}" "${patterns[@]}" >"$tmp"
code=$?
written=
if [ "$code" -ne 2 ] && [ -s "$tmp" ]; then
	mv "$tmp" "$sarif" || fail "cannot write $sarif"
	written=$sarif
	echo "mpreslint wrote $sarif (exit code $code)"
else
	rm -f "$tmp"
	echo "mpreslint wrote no SARIF (exit code $code)"
fi
if [ -n "${GITHUB_OUTPUT:-}" ]; then
	printf 'sarif-file=%s\nexit-code=%d\n' "$written" "$code" >>"$GITHUB_OUTPUT"
fi

case $code in
0) echo "mpreslint: no findings" ;;
3)
	# The findings again, as text for the log.
	"$bin" "${args[@]:1}" "${patterns[@]}"
	if [ "${MPRESLINT_FAIL_ON_FINDINGS:-true}" = true ]; then
		fail "findings reported (see above, or code scanning once the SARIF is uploaded)"
	fi
	echo "mpreslint: findings reported; fail-on-findings is false"
	;;
*) fail "mpreslint failed with exit code $code (see above)" ;;
esac
