# Shared by the end-to-end scripts that drive one Knotmap window: the tools checked, a work folder
# removed on exit (with the app and a private Xvfb stopped), fail() showing the app's output, and
# wait_for_line(). The app's stdout and stderr go to $work/out and $work/err; set app_pid to it.
# Usage: source this file, then `e2e_begin TOOL...`; sets work, app_pid, xvfb_pid and DISPLAY.

# shellcheck source=xvfb.bash
source "$(dirname "${BASH_SOURCE[0]}")/xvfb.bash"

e2e_cleanup() {
  [ -n "${app_pid:-}" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null || true
  [ -n "${work:-}" ] && rm -rf "$work"
}

fail() {
  echo "e2e: FAIL: $*" >&2
  echo "--- app stdout" >&2; cat "$work/out" >&2 || true
  echo "--- app stderr" >&2; cat "$work/err" >&2 || true
  exit 1
}

# Waits up to $2 seconds for a line matching $1 in the app's stdout; prints the last match.
wait_for_line() {
  local pattern="$1" seconds="$2" i
  for ((i = 0; i < seconds * 10; i++)); do
    if grep -qE "$pattern" "$work/out" 2>/dev/null; then
      grep -E "$pattern" "$work/out" | tail -n 1
      return 0
    fi
    if [ -n "$app_pid" ] && ! kill -0 "$app_pid" 2>/dev/null; then return 1; fi
    sleep 0.1
  done
  return 1
}

e2e_begin() {
  local tool
  for tool in Xvfb timeout "$@"; do
    command -v "$tool" >/dev/null || { echo "e2e: needs '$tool' (apt-get install xdotool xvfb)" >&2; exit 1; }
  done
  work="$(mktemp -d)"
  app_pid=""
  xvfb_pid=""
  trap e2e_cleanup EXIT
  start_xvfb "$work" || fail "Xvfb did not start"
}
