#!/usr/bin/env bash
# Opens the real window under Xvfb on several screens and checks each
# screenshot: a PNG of the requested size that is not blank.
# Usage: screenshot_test.sh SECONDLOOK PNG_CHECK SOURCE_DIR OUT_DIR
set -euo pipefail
secondlook=$1 png_check=$2 source=$3 out=$4
mkdir -p "$out"
cd "$source"
export SDL_AUDIODRIVER=dummy
xvfb="$source/tests/window/xvfb.sh"  # a private X server per window

shoot() {  # NAME WIDTHxHEIGHT ARGS...
  local name=$1 size=$2; shift 2
  rm -f "$out/$name.png"
  "$xvfb" 2000x1200 "$secondlook" --size "$size" --screenshot "$out/$name.png" "$@"
  "$png_check" "$out/$name.png" "${size%x*}" "${size#*x}"
}

scenario=scenarios/friend-request.yaml
shoot content-note 1280x720
shoot scenario-list 1024x640 --screen scenarios
shoot help 1280x720 --screen help
shoot friend-request 1280x720 --scenario "$scenario"
shoot mini-threat 1600x900 --scenario tests/data/good/mini.yaml --choose check,call
shoot mini-debrief 800x600 --scenario tests/data/good/mini.yaml --choose check,call,refuse

# Actions: the profile card, the countdown under stress, the locker and
# settings; an evidence screenshot is a real image in the session folder.
actions=tests/data/good/actions.yaml
shoot profile-card 1280x720 --scenario "$actions" --choose profile:rae,flag:rae.joined
rm -rf "$out/session"
shoot countdown 1280x720 --scenario "$actions" --choose go-on,wait:25,screenshot --session-dir "$out/session"
"$png_check" "$out/session/evidence-1.png" 1280 720
shoot locker 1280x720 --scenario "$actions" --choose go-on,screenshot --screen locker --session-dir "$out/session2"
shoot settings 1280x720 --scenario "$actions" --screen settings
shoot receipt 1280x720 --scenario "$actions" --choose go-on,pay
shoot account-settings 1920x1080 --scenario "$actions" --choose go-on,stop

# The facilitator's dashboard, behind its PIN, over records of a session.
records="$out/dashboard.sqlite"
"$source/tests/window/session_records.sh" "$secondlook" "$records"
shoot dashboard 1280x720 --records "$records" --screen dashboard --pin 4826
shoot new-session 1280x720 --records "$records" --screen new-session --pin 4826
shoot dashboard-locked 1280x720 --records "$records" --screen dashboard --pin 1111
# Projector mode, behind the same PIN: the class's votes at a choice in large
# text (a tie, so the facilitator picks), and the pause to talk it over.
# A wrong PIN never reaches the story.
shoot projector 1280x720 --projector --scenario "$actions" --session 7KQ2 --records "$records" --pin 4826 --choose go-on --votes 9,9
shoot projector-hd 1920x1080 --projector --scenario "$actions" --session 7KQ2 --records "$records" --pin 4826 --votes 12
shoot projector-discuss 1280x720 --projector --scenario "$actions" --session 7KQ2 --records "$records" --pin 4826 --choose go-on --screen discuss
shoot projector-locked 1280x720 --projector --scenario "$actions" --session 7KQ2 --records "$records" --pin 1111
if [[ -n "${SECONDLOOK_TURN_CHOICES:-}" ]]; then
  shoot blackmail-turn 1280x720 --scenario "$scenario" --choose "$SECONDLOOK_TURN_CHOICES"
fi

# Accessibility: text at 200% and high contrast with reading spacing, from
# settings files as the player's Settings screen saves them.
printf 'text_size=200\n' >"$out/large-text.ini"
shoot large-text-play 1280x720 --settings "$out/large-text.ini" --scenario "$actions" --choose go-on
shoot large-text-settings 1280x720 --settings "$out/large-text.ini" --screen settings
printf 'text_size=150\nhigh_contrast=on\ndyslexia_spacing=on\n' >"$out/high-contrast.ini"
shoot high-contrast 1280x720 --settings "$out/high-contrast.ini" --scenario "$scenario" --choose accept-request,chat-back
grep -q '^high_contrast=on$' "$out/high-contrast.ini"  # read, and left as it was
# The knowledge check: a question before play, and an answer explained after play.
shoot check-before 1280x720 --screen check
shoot check-after 1024x640 --screen after-check

# Translation: a pseudo-translation of every interface string, each one in
# [brackets], made from `secondlook strings`; any English left without
# brackets in these shots is a string the table does not cover.
"$secondlook" strings scenarios -o "$out/strings.csv"
python3 - "$out/strings.csv" "$out/pseudo.csv" <<'PY'
import csv, sys
with open(sys.argv[1], newline="", encoding="utf-8") as source, open(sys.argv[2], "w", newline="", encoding="utf-8") as out:
    rows = csv.reader(source)
    writer = csv.writer(out)
    writer.writerow(next(rows))
    for row in rows:
        writer.writerow(row[:3] + ["[" + row[2] + "]"])
PY
shoot pseudo-list 1280x720 --language "$out/pseudo.csv" --screen scenarios
shoot pseudo-note 1280x720 --language "$out/pseudo.csv"
shoot pseudo-play 1280x720 --language "$out/pseudo.csv" --scenario "$actions" --choose go-on,wait:25,screenshot,calm
shoot pseudo-debrief 1280x720 --language "$out/pseudo.csv" --scenario tests/data/good/mini.yaml --choose check,call,refuse
shoot pseudo-settings 1280x720 --language "$out/pseudo.csv" --scenario "$actions" --screen settings
shoot pseudo-locker 1280x720 --language "$out/pseudo.csv" --scenario "$actions" --choose go-on,screenshot --screen locker --session-dir "$out/session3"
shoot pseudo-dashboard 1280x720 --language "$out/pseudo.csv" --records "$records" --screen dashboard --pin 4826
shoot pseudo-check 1280x720 --language "$out/pseudo.csv" --screen after-check
shoot pseudo-projector 1280x720 --language "$out/pseudo.csv" --projector --scenario "$actions" --session 7KQ2 --records "$records" --pin 4826 --choose go-on --votes 9,9
shoot pseudo-receipt 1280x720 --language "$out/pseudo.csv" --scenario "$actions" --choose go-on,pay

# A broken scenario is refused with its errors, not opened.
if "$xvfb" 1280x720 "$secondlook" --scenario tests/data/bad/bad-reference.yaml --screenshot "$out/never.png" 2>"$out/refused.txt"; then
  echo "a broken scenario was opened" >&2; exit 1
fi
grep -q "bad-reference.yaml:[0-9]*:[0-9]*: error:" "$out/refused.txt"
[[ ! -e "$out/never.png" ]]
echo "window screenshots ok"
