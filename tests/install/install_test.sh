#!/usr/bin/env bash
# Installs into a temporary prefix and uses the installed game from another
# directory: the default library lints clean, a scenario plays to its ending,
# the window opens, and the desktop entry and AppStream metadata validate.
# Usage: install_test.sh CMAKE BUILD_DIR OUT_DIR CHOICES
set -euo pipefail
cmake=$1 build=$2 out=$3 choices=$4
prefix="$out/prefix" elsewhere="$out/elsewhere"
rm -rf "$out"
mkdir -p "$elsewhere"
"$cmake" --install "$build" --prefix "$prefix" >/dev/null
cd "$elsewhere"  # no scenarios/ or assets/ here: the installed data must be found
unset SECONDLOOK_DATA
export XDG_DATA_HOME="$out/data" SDL_AUDIODRIVER=dummy

fail() { echo "install test: $*" >&2; exit 1; }
[[ -x "$prefix/bin/secondlook" ]] || fail "no bin/secondlook"
[[ -f "$prefix/share/secondlook/assets/support/en-GB.yaml" ]] || fail "no support file"
ls "$prefix"/share/secondlook/assets/sounds/*.wav >/dev/null || fail "no sounds"

"$prefix/bin/secondlook" lint 2>"$out/lint.txt" || fail "lint of the installed library failed: $(cat "$out/lint.txt")"
shipped=$(find "$prefix/share/secondlook/scenarios" -name '*.yaml' | wc -l)
[[ $shipped -ge 8 ]] || fail "only $shipped scenario and question files were installed"
grep -q "$shipped files, 0 errors" "$out/lint.txt" || fail "lint did not check the installed library: $(cat "$out/lint.txt")"

scenario="$prefix/share/secondlook/scenarios/friend-request.yaml"
"$prefix/bin/secondlook" run "$scenario" --choose "$choices" >"$out/run.txt" || fail "run did not reach an ending"
grep -q "support\|Support" "$out/run.txt" || fail "the ending did not show the installed support contacts"

if command -v Xvfb >/dev/null; then
  "$(dirname "$0")/../window/xvfb.sh" 1280x720 "$prefix/bin/secondlook" --screen scenarios --screenshot "$out/installed.png" 2>"$out/window.txt" ||
    fail "the installed window did not open: $(cat "$out/window.txt")"
  [[ -s "$out/installed.png" ]] || fail "no screenshot from the installed window"
  ! grep -q "no Open Sans\|without sound\|cannot" "$out/window.txt" || fail "installed window: $(cat "$out/window.txt")"
fi

desktop="$prefix/share/applications/org.secondlook.SecondLook.desktop"
metainfo="$prefix/share/metainfo/org.secondlook.SecondLook.metainfo.xml"
grep -qx "Exec=secondlook" "$desktop" || fail "the desktop entry does not run secondlook"
grep -q "Categories=Education;" "$desktop" || fail "the desktop entry is not in Education"
grep -q "<launchable type=\"desktop-id\">org.secondlook.SecondLook.desktop</launchable>" "$metainfo" ||
  fail "the metainfo does not launch the installed desktop entry"
desktop-file-validate "$desktop"
appstreamcli validate --no-net "$metainfo" >/dev/null || appstreamcli validate --no-net "$metainfo"
echo "install ok"
