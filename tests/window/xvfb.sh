#!/usr/bin/env bash
# Runs a command on a private Xvfb server of its own. The server picks a free
# display number itself (-displayfd), so two test runs on one machine never
# race for the same display, as two `xvfb-run -a` started together can.
# Usage: xvfb.sh WIDTHxHEIGHT COMMAND [ARGS...]
set -euo pipefail
size=$1
shift
ready=$(mktemp)
Xvfb -displayfd 3 -screen 0 "${size}x24" -nolisten tcp -noreset 3>"$ready" 2>"$ready.log" &
server=$!
cleanup() {
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  rm -f "$ready" "$ready.log"
}
trap cleanup EXIT
# Xvfb writes its display number once it takes connections. It either does
# or exits; the loop ends on whichever comes first (no clock decides).
until [[ -s "$ready" ]]; do
  if ! kill -0 "$server" 2>/dev/null; then
    echo "xvfb.sh: Xvfb did not start:" >&2
    cat "$ready.log" >&2
    exit 1
  fi
  sleep 0.05
done
DISPLAY=":$(tr -dc 0-9 <"$ready")" "$@"
