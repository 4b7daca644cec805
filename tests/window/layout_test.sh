#!/usr/bin/env bash
# The layout test (issue 13): every screen and mock app, at text 100, 150
# and 200%, contrast off and on, in normal and projector mode. The window
# reports its own layout (--layout-report: each text and control, where it
# is, what clips it, the box it belongs in) after the screen opens and after
# each step of a play; tests/window/layout_check.py fails on any text
# clipped, overflowing its box or leaving the window, any control off
# screen, a line broken inside a word that fits, text over text, anything
# over a pop-up, a screen that opens scrolled down, and text a player reads
# that is smaller than the body text or under 4.5:1 contrast. No clock
# decides: each report is taken after a set number of drawn frames.
# Usage: layout_test.sh SECONDLOOK SOURCE_DIR OUT_DIR [PLAY_PATHS...]
#   PLAY_PATHS: "NAME SCENARIO CHOICE,CHOICE,..." plays to follow step by step.
set -euo pipefail
secondlook=$1 source=$2 out=$3
shift 3
rm -rf "$out"
mkdir -p "$out"
cd "$source"
export SDL_AUDIODRIVER=dummy
xvfb="$source/tests/window/xvfb.sh"

report() {  # NAME ARGS...: the layout of one screen (or play) at every setting
  local name=$1; shift
  "$xvfb" 1400x800 "$secondlook" --size 1280x720 --layout-report "$out/$name.jsonl" "$@" 2>"$out/$name.stderr" \
    || { echo "layout test: '$name' did not run:" >&2; cat "$out/$name.stderr" >&2; exit 1; }
}

records="$out/session.sqlite"
tests/window/session_records.sh "$secondlook" "$records"
actions=tests/data/good/actions.yaml

# Screens outside play, each as it opens.
report content-note
report scenario-list --screen scenarios
report help --screen help
report join --screen join
report check-before --screen check
report check-after --screen after-check
report settings --scenario "$actions" --screen settings
report locker --scenario "$actions" --choose go-on,screenshot --screen locker --session-dir "$out/evidence"
report pin --records "$records" --screen dashboard
report dashboard --records "$records" --screen dashboard --pin 4826
report new-session --records "$records" --screen new-session --pin 4826
# The mini scenario's debrief opens straight after its last choice.
report mini-debrief --scenario tests/data/good/mini.yaml --choose check,call,refuse

# Plays, step by step: every node on the way, the mock apps, the profile
# card, the blackmail turn and the debrief at the end.
for play in "$@"; do
  read -r name scenario choices <<<"$play"
  report "$name" --scenario "$scenario" --choose "$choices" --session-dir "$out/evidence-$name"
done

# Projector mode (the scale is larger still): the PIN, the class's votes
# at each step of the first play, and the pause to talk it over.
cp "$records" "$out/projector.sqlite"
projector=(--projector --session 7KQ2 --records "$out/projector.sqlite")
report projector-pin "${projector[@]}" --scenario "$actions"
if (($# > 0)); then
  read -r name scenario choices <<<"$1"
  report "projector-$name" "${projector[@]}" --pin 4826 --scenario "$scenario" --choose "$choices" --votes 9,3,1,0
fi
report projector-discuss "${projector[@]}" --pin 4826 --scenario "$actions" --choose go-on --screen discuss

python3 "$source/tests/window/layout_check.py" "$out"/*.jsonl
echo "layout test ok: reports in $out"
