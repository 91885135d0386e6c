#!/usr/bin/env bash
# End-to-end: two Knotmap windows on one data folder. The first holds the folder; the second says
# so, shows what is saved, and writes nothing when it quits (no settings, no marks), so neither
# overwrites the other. Once the first has quit, a new window holds the folder again.
#   bash second_instance.sh path/to/knotmap
set -euo pipefail

exe="${1:?usage: second_instance.sh path/to/knotmap}"
for tool in xdotool Xvfb timeout; do
  command -v "$tool" >/dev/null || { echo "e2e: needs '$tool' (apt-get install xdotool xvfb)" >&2; exit 1; }
done
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib/xvfb.bash
source "$here/lib/xvfb.bash"

work="$(mktemp -d)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "e2e: FAIL: $*" >&2
  for f in "$work"/*.out "$work"/*.err; do [ -f "$f" ] && { echo "--- $f" >&2; cat "$f" >&2; }; done
  exit 1
}
start_xvfb "$work" || fail "no display"

# Starts a window; $1 names its log files. Sets window_pid (a child of this shell, so `wait` works).
start_window() {
  timeout 40 "$exe" gui --size 900x700 --config-dir "$work/config" --data-dir "$work/data" --log-events \
    >"$work/$1.out" 2>"$work/$1.err" &
  window_pid=$!
  pids+=("$window_pid")
}
# Waits for the start event of window $1 and prints it.
started() {
  for _ in $(seq 1 150); do
    grep -m1 '^event=start ' "$work/$1.out" 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}
# Ends window pid $1 as a logout would and checks it exits cleanly.
stop_window() {
  kill -TERM "$1"
  for _ in $(seq 1 50); do kill -0 "$1" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$1" 2>/dev/null && fail "a window did not quit on SIGTERM"
  wait "$1" || fail "a window exited with an error"
}

start_window first; first=$window_pid
line="$(started first)" || fail "the first window did not start"
case "$line" in *" read_only=0"*) ;; *) fail "the first window should hold the folder: '$line'" ;; esac

start_window second; second=$window_pid
line="$(started second)" || fail "the second window did not start"
case "$line" in *" read_only=1"*) ;; *) fail "the second window should be read-only: '$line'" ;; esac
grep -q 'another Knotmap window is using this data folder' "$work/second.err" ||
  fail "the second window did not say the folder is in use"

# The second quits first: it must leave nothing behind.
stop_window "$second"
[ -e "$work/config/settings.toml" ] && fail "the read-only window wrote settings.toml"
[ -e "$work/data/last_marks.json" ] && fail "the read-only window wrote last_marks.json"

# The first quits: it saves as usual.
stop_window "$first"
[ -e "$work/config/settings.toml" ] || fail "the first window did not save its settings"

# The folder is free again.
start_window third; third=$window_pid
line="$(started third)" || fail "the third window did not start"
case "$line" in *" read_only=0"*) ;; *) fail "after the first quit, a new window should hold the folder: '$line'" ;; esac
stop_window "$third"
echo "e2e: PASS"
