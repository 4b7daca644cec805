#!/usr/bin/env bash
# Writes the records of a small class session for the dashboard's window
# tests: two players (fox, owl) of session 7KQ2 who played actions.yaml and
# took the knowledge check before and after (so the dashboard shows a gain),
# behind the facilitator PIN 4826. Run from the source folder.
# Usage: session_records.sh SECONDLOOK RECORDS
set -euo pipefail
secondlook=$1 records=$2
rm -f "$records" "$records-wal" "$records-shm"
for player in fox owl; do
  "$secondlook" run tests/data/good/actions.yaml --choose go-on,stop,deactivate --records "$records" --session 7KQ2 \
    --player "$player" 2>/dev/null >/dev/null
done
check=scenarios/checks/knowledge-check.yaml
for take in "fox pre stranger-request=a,pay-or-not=a" "owl pre stranger-request=b,pay-or-not=a" \
            "fox post stranger-request=b,pay-or-not=b" "owl post stranger-request=b,pay-or-not=b"; do
  read -r player phase answers <<<"$take"
  "$secondlook" check "$check" --phase "$phase" --answers "$answers" --records "$records" --session 7KQ2 \
    --player "$player" >/dev/null
done
"$secondlook" sessions --records "$records" --set-pin 4826 2>/dev/null >/dev/null
