#!/usr/bin/env bash
# End-to-end: opens the real Knotmap window (under Xvfb when there is no display), closes the
# welcome with Esc, clicks the right interscapular area with xdotool, and checks the findings the
# app logs (--log-events) and dumps on exit (--state-dump), that the mark is saved within seconds
# of the click, and that a second run restores it and quits cleanly on SIGTERM.
#   bash click_interscapular.sh path/to/knotmap
# Finishes in well under 60 s; every wait is bounded.
set -euo pipefail

exe="${1:?usage: click_interscapular.sh path/to/knotmap}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib/window.bash
source "$here/lib/window.bash"
e2e_begin xdotool awk

# The target in atlas units: halfway between T4 and the root of the right shoulder blade's spine,
# asked from the CLI so the test follows the atlas.
landmark() {
  "$exe" landmarks --view back | awk -v name="$1" '$1 == name { gsub(/[\[\]]/, "", $2); print $2 }'
}
t4="$(landmark t4)"
root="$(landmark scapula_spine_root_right)"
[ -n "$t4" ] && [ -n "$root" ] || fail "landmarks t4 / scapula_spine_root_right not found"
read -r ax ay < <(awk -F, -v a="$t4" -v b="$root" 'BEGIN {
  split(a, p, ","); split(b, q, ","); printf "%.1f %.1f\n", (p[1] + q[1]) / 2, (p[2] + q[2]) / 2 }')

timeout 50 "$exe" gui --size 1200x800 --config-dir "$work/config" --data-dir "$work/data" \
  --log-events --state-dump "$work/state.json" >"$work/out" 2>"$work/err" &
app_pid=$!

wid="$(timeout 15 xdotool search --sync --onlyvisible --name '^Knotmap$' | head -n 1)" ||
  fail "the Knotmap window did not appear"
layout="$(wait_for_line '^event=layout .*back=' 15)" || fail "no layout event"

# Close the first-run welcome with Esc (keyboard focus follows the pointer without a WM).
xdotool mousemove --window "$wid" 20 200
xdotool windowfocus --sync "$wid" 2>/dev/null || true
press() {  # ImGui 1.86 samples key state once per frame: hold keys for a few frames
  xdotool keydown "$1"
  sleep 0.15
  xdotool keyup "$1"
}
press Escape
wait_for_line '^event=welcome_closed' 10 >/dev/null || fail "the welcome did not close on Esc"
layout="$(grep -E '^event=layout .*back=' "$work/out" | tail -n 1)"

# back=ORIGIN_X,ORIGIN_Y,SCALE: window pixels = origin + atlas * scale.
read -r sx sy < <(echo "$layout" | sed -E 's/.*back=([^ ]+).*/\1/' |
  awk -F, -v ax="$ax" -v ay="$ay" '{ printf "%d %d\n", $1 + ax * $3 + 0.5, $2 + ay * $3 + 0.5 }')
echo "e2e: clicking back view atlas ($ax, $ay) at window pixel ($sx, $sy)"
xdotool mousemove --window "$wid" "$sx" "$sy"
sleep 0.2
xdotool click 1

findings="$(wait_for_line '^event=findings marks=1 ' 15)" || fail "no findings after the click"
echo "e2e: $findings"
top="$(echo "$findings" | sed -E 's/.* top=([^ ]*).*/\1/')"
first3="$(echo "$top" | cut -d, -f1-3)"
case ",$first3," in
  *,rhomboids:right,* | *,rhomboid_major:right,* | *,middle_trapezius:right,*) ;;
  *) fail "expected rhomboids or middle trapezius (right) in the top three, got '$top'" ;;
esac
case "${top%%,*}" in
  *:right) ;;
  *) fail "the best candidate should be on the right side, got '${top%%,*}'" ;;
esac

# The mark is saved shortly after it is made, before any quit (a kill or a crash loses nothing).
saved=""
for _ in $(seq 1 50); do
  if grep -q '"back"' "$work/data/last_marks.json" 2>/dev/null; then saved=1; break; fi
  sleep 0.1
done
[ -n "$saved" ] || fail "the mark was not saved to last_marks.json within 5 s of the click"

# Quit with Ctrl+Q; the state dump is written on exit.
press ctrl+q
for _ in $(seq 1 100); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$app_pid" 2>/dev/null; then fail "the app did not quit on Ctrl+Q"; fi
wait "$app_pid" || fail "the app exited with an error"
app_pid=""
grep -q '"view": "back"' "$work/state.json" || fail "the state dump has no back-view mark"
grep -qE '"muscle": "(rhomboids|rhomboid_major|middle_trapezius)"' "$work/state.json" ||
  fail "the state dump lacks the expected candidates"

# A second start remembers: the mark comes back from the data folder, the welcome stays closed.
: >"$work/out"
timeout 30 "$exe" gui --size 1200x800 --config-dir "$work/config" --data-dir "$work/data" \
  --log-events --state-dump "$work/state2.json" >"$work/out" 2>"$work/err" &
app_pid=$!
start="$(wait_for_line '^event=start ' 15)" || fail "no start event on the second run"
echo "e2e: $start"
case "$start" in
  *" marks=1 "*" welcome=0"*) ;;
  *) fail "the second run should restore 1 mark without the welcome, got '$start'" ;;
esac
wid="$(timeout 15 xdotool search --sync --onlyvisible --name '^Knotmap$' | head -n 1)" ||
  fail "the Knotmap window did not appear the second time"
wait_for_line '^event=layout ' 15 >/dev/null || fail "no layout event on the second run"
# End the second run as a logout would, with SIGTERM: it quits through the normal path.
kill -TERM "$app_pid"
for _ in $(seq 1 50); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$app_pid" 2>/dev/null; then fail "the app did not quit within 5 s of SIGTERM"; fi
wait "$app_pid" || fail "the second run exited with an error after SIGTERM"
grep -q '^event=signal number=15' "$work/out" || fail "the app did not log the SIGTERM"
app_pid=""
grep -q '"view": "back"' "$work/state2.json" || fail "the restored mark is missing from the second dump"
echo "e2e: PASS"
