#!/usr/bin/env bash
# End-to-end with the keyboard alone: opens the real window (under Xvfb when there is no display),
# closes the welcome with Esc, tabs to the back view, moves the crosshair with the arrow keys and
# drops a mark with Enter, then finds a muscle with Ctrl+F, a typo ("trapz") and Enter, goes back
# with Alt+Left and quits with Ctrl+Q. Keys are quick taps (xdotool key), as a fast typist makes
# them, so this also checks that no tap shorter than a frame is lost. The pointer never clicks.
#   bash keyboard_only.sh path/to/knotmap
set -euo pipefail

exe="${1:?usage: keyboard_only.sh path/to/knotmap}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib/window.bash
source "$here/lib/window.bash"
e2e_begin xdotool

timeout 60 "$exe" gui --size 1200x800 --config-dir "$work/config" --data-dir "$work/data" \
  --log-events --state-dump "$work/state.json" >"$work/out" 2>"$work/err" &
app_pid=$!

wid="$(timeout 15 xdotool search --sync --onlyvisible --name '^Knotmap$' | head -n 1)" ||
  fail "the Knotmap window did not appear"
wait_for_line '^event=layout .*back=' 15 >/dev/null || fail "no layout event"
# Without a window manager the keyboard follows the pointer: rest it on the status line.
xdotool mousemove --window "$wid" 600 795
xdotool windowfocus --sync "$wid" 2>/dev/null || true
# Real key events through XTEST (not sent to the window: GLFW would read synthetic taps of one key
# as an auto-repeat), each press and release a few milliseconds apart.
tap() { xdotool key --delay 150 "$@"; }

tap Escape
wait_for_line '^event=welcome_closed' 10 >/dev/null || fail "the welcome did not close on Esc"

# Tab: toolbar, front view, back view.
tap Tab Tab Tab
wait_for_line '^event=focus stop=map_back' 10 >/dev/null || fail "three Tabs did not reach the back view"
tap Right Right Up Return
findings="$(wait_for_line '^event=findings marks=1 ' 15)" || fail "Enter on the map made no mark"
echo "e2e: $findings"

# Find a muscle by a misspelt name and open its page.
tap ctrl+f
sleep 0.3
tap t r a p z Return
page="$(wait_for_line '^event=muscle_page id=' 10)" || fail "Ctrl+F, 'trapz', Enter opened no muscle page"
echo "e2e: $page"
case "$page" in
  *trapezius*) ;;
  *) fail "expected a trapezius page, got '$page'" ;;
esac
tap alt+Left

tap ctrl+q
for _ in $(seq 1 100); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$app_pid" 2>/dev/null; then fail "the app did not quit on Ctrl+Q"; fi
wait "$app_pid" || fail "the app exited with an error"
app_pid=""
grep -q '"view": "back"' "$work/state.json" || fail "the state dump has no back-view mark"
grep -q '"muscle_page": null' "$work/state.json" || fail "Alt+Left did not go back from the muscle page to the list"
echo "e2e: PASS"
