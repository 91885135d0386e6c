#!/usr/bin/env bash
# The Debian package: cpack builds knotmap_<version>_amd64.deb from this build tree; its control
# fields and lintian are checked; dpkg-deb -x unpacks it and the unpacked program is run like an
# installed one (source and build trees hidden, from another folder).
#   bash deb_test.sh BUILD_DIR SOURCE_DIR VERSION BUILD_EXE
set -euo pipefail
build_dir="${1:?usage: deb_test.sh BUILD_DIR SOURCE_DIR VERSION BUILD_EXE}"
source_dir="${2:?}"
version="${3:?}"
exe_build="${4:?}"
xvfb_display=116
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source-path=SCRIPTDIR source=installed_checks.sh
source "$here/installed_checks.sh"
for tool in cpack dpkg-deb dpkg-shlibdeps lintian; do
  command -v "$tool" >/dev/null || fail "needs $tool (scripts/setup installs it)"
done

work="$(mktemp -d "${TMPDIR:-/tmp}/knotmap-deb-test.XXXXXX")"
xvfb_pid=""
trap 'if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi; rm -rf "$work"' EXIT

cpack --config "$build_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 ||
  fail "cpack failed: $(cat "$work/cpack.log")"
deb="$work/out/knotmap_${version}_amd64.deb"
[ -f "$deb" ] || fail "cpack did not make $(basename "$deb"): $(ls "$work/out")"

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = knotmap ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', expected $version"
[ "$(field Architecture)" = amd64 ] || fail "Architecture is '$(field Architecture)'"
depends="$(field Depends)"
for dep in libc6 libglfw3 libsqlite3-0 libfontconfig1 libcairo2 fonts-dejavu-core; do
  [[ "$depends" == *"$dep"* ]] || fail "Depends lacks $dep (dpkg-shlibdeps): $depends"
done
say "Depends: $depends"

lintian --no-tag-display-limit "$deb" >"$work/lintian.log" 2>&1 || true
if grep -q '^E:' "$work/lintian.log"; then fail "lintian errors:$(printf '\n'; grep '^E:' "$work/lintian.log")"; fi
say "lintian: $(grep -c '^[EW]:' "$work/lintian.log" || true) errors/warnings (none are errors)"

dpkg-deb -x "$deb" "$work/root"
prefix="$work/root/usr"
check_layout "$prefix"
check_validators "$prefix"
check_installed_runs "$prefix"
say "ok"
