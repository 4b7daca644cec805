#!/usr/bin/env bash
# The `cli_real_lrs` test: installs the real LRS (tools/install-test-lrs,
# cached outside git) and runs the command-line tests' real-LRS case with
# SECONDLOOK_REAL_LRS set to it. When it cannot be installed (no npm,
# offline), exits 77, which CTest shows as this test skipped, with the reason.
# usage: with_real_lrs.sh INSTALLER TEST_PROGRAM [TEST_ARGUMENTS...]
set -uo pipefail
installer=$1
shift
if ! entry=$("$installer"); then
  echo "SKIPPED: no real LRS to test against (the reason is above); only this test is skipped" >&2
  exit 77
fi
SECONDLOOK_REAL_LRS=$entry exec "$@"
