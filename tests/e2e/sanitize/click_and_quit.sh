#!/usr/bin/env bash
# End-to-end under AddressSanitizer + UBSan (the sanitizer build's knotmap, label e2e-sanitize):
# opens the real window with the real GL driver (under Xvfb when there is no display), closes the
# welcome with Esc, places a mark with an xdotool click, waits until it is saved, and quits with
# Ctrl+Q. Passes only when the app exits 0 and the sanitizers reported nothing: no memory error,
# no undefined behaviour, no leak but those tests/sanitizer/lsan.supp names (the graphics
# driver's and the X libraries' own, each with its reason).
#   bash click_and_quit.sh path/to/sanitizer-build/knotmap
# Takes about 10 s; every wait is bounded.
set -euo pipefail

exe="${1:?usage: click_and_quit.sh path/to/knotmap}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
supp="$here/../../sanitizer/lsan.supp"
[ -f "$supp" ] || { echo "e2e: no suppression file at $supp" >&2; exit 1; }

# shellcheck source=../lib/window.bash
source "$here/../lib/window.bash"
e2e_begin xdotool

# Leak checking at exit, the first error ends the run; every report goes to stderr.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:exitcode=86"
export LSAN_OPTIONS="suppressions=$supp:print_suppressions=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

# Mesa's software driver (llvmpipe), on any display. glfwTerminate unloads libGL, which unloads
# the driver before the leak check runs: the blocks the driver's own static data still points at
# then look leaked, with no module name to suppress them by. Loading the driver up front keeps
# it mapped to the end, so those blocks stay reachable (as they are in every run that does not
# unload it) and anything LeakSanitizer still reports has a name.
export LIBGL_ALWAYS_SOFTWARE=1
driver=""
for candidate in /usr/lib/*/dri/swrast_dri.so /usr/lib*/dri/swrast_dri.so; do
  [ -f "$candidate" ] && { driver="$candidate"; break; }
done
[ -n "$driver" ] || fail "Mesa's swrast_dri.so not found (apt-get install libgl1-mesa-dri)"

LD_PRELOAD="$driver" timeout 90 "$exe" gui --size 1000x700 --config-dir "$work/config" --data-dir "$work/data" \
  --log-events >"$work/out" 2>"$work/err" &
app_pid=$!

wid="$(timeout 40 xdotool search --sync --onlyvisible --name '^Knotmap$' | head -n 1)" ||
  fail "the Knotmap window did not appear"
wait_for_line '^event=layout .*back=' 30 >/dev/null || fail "no layout event"

xdotool mousemove --window "$wid" 20 200
xdotool windowfocus --sync "$wid" 2>/dev/null || true
press() {  # ImGui 1.86 samples key state once per frame: hold keys for a few frames
  xdotool keydown "$1"
  sleep 0.3
  xdotool keyup "$1"
}
press Escape
wait_for_line '^event=welcome_closed' 15 >/dev/null || fail "the welcome did not close on Esc"
layout="$(grep -E '^event=layout .*back=' "$work/out" | tail -n 1)"

# The middle of the back view's body, from the layout (back=ORIGIN_X,ORIGIN_Y,SCALE: window
# pixels = origin + atlas * scale): atlas (560, 500) lies on the right upper back.
read -r sx sy < <(echo "$layout" | sed -E 's/.*back=([^ ]+).*/\1/' |
  awk -F, '{ printf "%d %d\n", $1 + 560 * $3 + 0.5, $2 + 500 * $3 + 0.5 }')
echo "e2e: clicking back view atlas (560, 500) at window pixel ($sx, $sy)"
xdotool mousemove --window "$wid" "$sx" "$sy"
sleep 0.3
xdotool click 1
findings="$(wait_for_line '^event=findings marks=1 ' 20)" || fail "no findings after the click"
echo "e2e: $findings"

saved=""
for _ in $(seq 1 100); do
  if grep -q '"back"' "$work/data/last_marks.json" 2>/dev/null; then saved=1; break; fi
  sleep 0.1
done
[ -n "$saved" ] || fail "the mark was not saved to last_marks.json within 10 s of the click"

press ctrl+q
for _ in $(seq 1 300); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$app_pid" 2>/dev/null; then fail "the app did not quit within 30 s of Ctrl+Q"; fi
status=0
wait "$app_pid" || status=$?
app_pid=""
if grep -qE '^(==[0-9]+==ERROR|SUMMARY): (Address|Leak|UndefinedBehavior)Sanitizer|runtime error:' "$work/err"; then
  fail "the sanitizers reported a problem (exit status $status)"
fi
[ "$status" -eq 0 ] || fail "the app exited with status $status"
grep -q '^event=exit' "$work/out" || fail "the app did not reach its normal exit"
echo "e2e: PASS (no sanitizer report; $(grep -c '^Suppressions\|^ *[0-9]* *[0-9]* leak:' "$work/err" || true) suppression lines)"
