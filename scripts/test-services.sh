#!/usr/bin/env bash
# Runs the command given (the test suite) with the real services the tests need, started on
# loopback in a scratch folder and stopped afterwards whatever happens.
set -euo pipefail
RUN=$(mktemp -d /tmp/lastimpression-test.XXXXXX)
cleanup() { rm -rf "$RUN"; }
trap cleanup EXIT
export LASTIMPRESSION_TEST_RUN="$RUN"
"$@"
