# Shared by the end-to-end scripts: start a private Xvfb when there is no display.
# Usage: source this file, then `start_xvfb WORKDIR`; sets DISPLAY and xvfb_pid.

start_xvfb() {
  local work="$1" n
  xvfb_pid=""
  [ -n "${DISPLAY:-}" ] && return 0
  # A free display number: no lock file and no socket.
  for n in $(seq 91 160); do
    [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ] || break
  done
  Xvfb ":$n" -screen 0 1600x1100x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
  xvfb_pid=$!
  export DISPLAY=":$n"
  for _ in $(seq 1 100); do
    [ -e "/tmp/.X11-unix/X$n" ] && return 0
    kill -0 "$xvfb_pid" 2>/dev/null || { cat "$work/xvfb.log" >&2; echo "e2e: Xvfb did not start" >&2; return 1; }
    sleep 0.1
  done
  echo "e2e: Xvfb did not open its socket" >&2
  return 1
}
