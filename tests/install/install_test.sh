#!/usr/bin/env bash
# `cmake --install` into a temporary prefix, then the installed layout, the validators, and the
# installed program run from another folder with the source and build trees hidden.
#   bash install_test.sh BUILD_DIR SOURCE_DIR VERSION BUILD_EXE
set -euo pipefail
build_dir="${1:?usage: install_test.sh BUILD_DIR SOURCE_DIR VERSION BUILD_EXE}"
source_dir="${2:?}"
version="${3:?}"
exe_build="${4:?}"
xvfb_display=96
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source-path=SCRIPTDIR source=installed_checks.sh
source "$here/installed_checks.sh"

work="$(mktemp -d "${TMPDIR:-/tmp}/knotmap-install-test.XXXXXX")"
xvfb_pid=""
trap 'if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi; rm -rf "$work"' EXIT

prefix="$work/prefix"
cmake --install "$build_dir" --prefix "$prefix" >"$work/install.log" 2>&1 ||
  fail "cmake --install failed: $(cat "$work/install.log")"
say "installed $(find "$prefix" -type f | wc -l) files into a temporary prefix"
check_layout "$prefix"
check_validators "$prefix"
check_installed_runs "$prefix"
say "ok"
