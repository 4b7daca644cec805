#!/usr/bin/env bash
# Plays a whole scenario in the real window by keyboard alone, with text at
# 200%, read aloud on and reduced motion, as issue 6 asks: from the content
# note to the debrief. xdotool sends only key presses (each a key down and,
# a moment later, a key up: ImGui misses both in one frame). Each step waits
# for the play's records to show that the key did what it should. The waits
# are long (minutes) on purpose: they end as soon as the game gets there, and
# only a game that never gets there fails, however loaded the machine.
# Run under tests/window/xvfb.sh. Usage: keyboard_play_test.sh SECONDLOOK PNG_CHECK SOURCE_DIR OUT_DIR
set -euo pipefail
secondlook=$1 png_check=$2 source=$3 out=$4
rm -rf "$out"
mkdir -p "$out/home"
cd "$source"
export SDL_AUDIODRIVER=dummy HOME="$out/home" XDG_DATA_HOME="$out/home/data" XDG_CONFIG_HOME="$out/home/config"
records="$out/records.sqlite" settings="$out/settings.ini"
printf 'text_size=200\nread_aloud=on\nreduced_motion=on\n' >"$settings"

"$secondlook" --size 1280x720 --settings "$settings" --records "$records" --session-dir "$out/session" \
  --scenario tests/data/good/actions.yaml >"$out/stdout.txt" 2>"$out/stderr.txt" &
pid=$!
fail() {
  echo "keyboard play: $*" >&2
  echo "--- stderr:" >&2; cat "$out/stderr.txt" >&2
  kill "$pid" 2>/dev/null || true
  exit 1
}
window=$(timeout 120 xdotool search --sync --name '^Second Look$' | head -1) || fail "the window never opened"
xdotool windowfocus --sync "$window" || fail "cannot focus the window"

press() {  # KEY...: each pressed and released, with time for a frame between
  for key in "$@"; do
    xdotool keydown "$key"; sleep 0.1; xdotool keyup "$key"; sleep 0.3
  done
}
query() {  # SQL: the first column of the first row, or nothing while there is no file yet
  python3 - "$records" "$1" <<'PY'
import sqlite3, sys
try:
    row = sqlite3.connect(sys.argv[1], timeout=5).execute(sys.argv[2]).fetchone()
    print(row[0] if row else "")
except sqlite3.Error:
    print("")
PY
}
shows() {  # SQL WANT SECONDS: true once the records show WANT, within SECONDS
  local until=$((SECONDS + $3))
  while ((SECONDS < until)); do
    [[ "$(query "$1")" == "$2" ]] && return 0
    sleep 0.2
  done
  return 1
}
wait_for() {  # WHAT SQL WANT: up to 2 minutes for the records to show WANT
  shows "$2" "$3" 120 || fail "$1: expected $3 from '$2', got '$(query "$2")'"
}
wait_setting() {  # LINE: up to 2 minutes for the saved settings file to have it
  for _ in $(seq 600); do grep -qx "$1" "$settings" && return 0; sleep 0.2; done
  fail "settings file never said $1"
}
answers="select count(*) from answers"

# The content note: Enter presses the focused "I understand, continue".
# The window may still be building its fonts: the first press can come
# before the first frame, so it is pressed again (here only) until it works.
started="select count(*) from plays"
for _ in 1 2 3 4; do
  press Return
  shows "$started" 1 30 && break
done
wait_for "the play starts after the content note" "$started" 1
# F3 switches read aloud off and on again; the setting is saved each time.
press F3
wait_setting read_aloud=off
press F3
wait_setting read_aloud=on
press 1                     # "Go on"
wait_for "reply 1 in the chat" "$answers" 1
press s                     # an evidence screenshot of the threat
wait_for "S takes a screenshot" "$answers" 2
press e Escape              # the evidence locker, open and closed
press 1                     # "Pay" (the panic reply needs no steady hold)
wait_for "reply 1 under the countdown" "$answers" 3
press 1                     # the money-transfer app: "Cancel the transfer"
wait_for "the transfer app's option 1" "$answers" 4
press 1                     # account settings: "Deactivate account"
wait_for "the settings app's option 1" "$answers" 5
wait_for "the play's ending" "select outcome from plays" safe
press Return                # on to the debrief
sleep 1
press F12                   # a screenshot of the debrief
shots="$XDG_DATA_HOME/secondlook/screenshots"  # where F12 saves them
shot=""
for _ in $(seq 600); do
  shot=$(find "$shots" -name '*.png' 2>/dev/null | head -1)
  [[ -n "$shot" ]] && break
  sleep 0.2
done
[[ -n "$shot" ]] || fail "F12 saved no screenshot in $shots"
sleep 0.5  # written in full
"$png_check" "$shot" 1280 720
cp "$shot" "$out/debrief.png"
# Shift+Tab moves the focus back; three of them must not count as the
# quick-exit taps (only Shift on its own does).
for _ in 1 2 3; do
  xdotool keydown Shift_L; sleep 0.1; xdotool keydown Tab; sleep 0.1; xdotool keyup Tab; xdotool keyup Shift_L; sleep 0.3
done
sleep 0.5
kill -0 "$pid" 2>/dev/null || fail "Shift+Tab three times closed the window"
# Quick exit: the three taps in one xdotool call, 0.1 s apart, so they reach
# the window well within the gesture's 1.5 s however loaded the machine is
# (three separate calls were once 1.5 s apart under load). Not closer: X
# reports a release and a press at the same instant as a key held down.
xdotool key --delay 100 Shift_L Shift_L Shift_L
for _ in $(seq 600); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
kill -0 "$pid" 2>/dev/null && fail "Shift three times did not close the window"
wait "$pid" || fail "the game exited with an error"

# What was recorded: every answer, in order, and the ending.
"$secondlook" export --records "$records" --format csv >"$out/play.csv"
played=$(tail -n +2 "$out/play.csv" | cut -d, -f8 | paste -sd, -)
[[ "$played" == "go-on,screenshot,pay,cancel,deactivate" ]] || fail "recorded answers were '$played'"
tail -n +2 "$out/play.csv" | cut -d, -f12,13 | sort -u | grep -qx "end,safe" || fail "no ending recorded"
[[ -s "$out/session/evidence-1.png" ]] || fail "the evidence screenshot is missing"
grep -qx read_aloud=on "$settings" || fail "read aloud was not left on"
if grep -q "read aloud is silent" "$out/stderr.txt"; then
  echo "read aloud was on but silent here: $(grep 'read aloud is silent' "$out/stderr.txt")"
else
  echo "read aloud was on and speaking (espeak-ng, SDL dummy audio)"
fi
echo "keyboard play ok: $played; ending end (safe); debrief screenshot $out/debrief.png"
