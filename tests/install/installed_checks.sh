# shellcheck shell=bash disable=SC2154  # the variables named below are set by the sourcing script
# Checks shared by install_test.sh and deb_test.sh (sourced, not run): the installed layout, the
# validators, and the installed program run from another folder with the source and build trees
# hidden (a private mount namespace with empty folders mounted over them).
# Needs: work (a temp folder), source_dir, build_dir, version, exe_build (the build-tree knotmap).

fail() { echo "install test: FAIL: $*" >&2; exit 1; }
say() { echo "install test: $*"; }

# The files a desktop install consists of, under PREFIX; icon sizes checked against their folders.
check_layout() {
  local prefix="$1" f size
  desktops=("$prefix"/share/applications/*.desktop)
  [ -f "${desktops[0]}" ] || fail "no desktop entry in $prefix/share/applications"
  app_id="$(basename "${desktops[0]}" .desktop)"
  for f in bin/knotmap share/knotmap/model/atlas.toml share/knotmap/model/regions.toml \
           share/knotmap/icons/knotmap.png "share/metainfo/$app_id.metainfo.xml" \
           "share/icons/hicolor/scalable/apps/$app_id.svg" share/man/man1/knotmap.1.gz \
           share/doc/knotmap/copyright share/doc/knotmap/changelog.gz; do
    [ -f "$prefix/$f" ] || fail "missing $prefix/$f"
  done
  [ -x "$prefix/bin/knotmap" ] || fail "$prefix/bin/knotmap is not executable"
  [ "$(find "$prefix/share/knotmap/model/muscles" -name '*.toml' | wc -l)" = \
    "$(find "$source_dir/assets/model/muscles" -name '*.toml' | wc -l)" ] ||
    fail "not every muscle file was installed"
  for size in 16 22 24 32 48 64 128 256 512; do
    f="$prefix/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    [ -f "$f" ] || fail "missing icon $f"
    file "$f" | grep -q "PNG image data, $size x $size," || fail "$f is not a ${size}x$size PNG: $(file -b "$f")"
  done
  grep -q "^Icon=$app_id$" "${desktops[0]}" || fail "the desktop entry's Icon is not $app_id"
  grep -q "<id>$app_id</id>" "$prefix/share/metainfo/$app_id.metainfo.xml" || fail "metainfo id is not $app_id"
  grep -q "<release version=\"$version\"" "$prefix/share/metainfo/$app_id.metainfo.xml" ||
    fail "the metainfo's release is not $version"
  grep -q "\"Knotmap $version\"" <<<"$(zcat "$prefix/share/man/man1/knotmap.1.gz")" || fail "the man page is not for $version"
}

check_validators() {
  local prefix="$1" out
  out="$(desktop-file-validate "$prefix/share/applications/$app_id.desktop" 2>&1)" ||
    fail "desktop-file-validate: $out"
  [ -z "$out" ] || fail "desktop-file-validate is not clean: $out"
  out="$(appstreamcli validate --no-net "$prefix/share/metainfo/$app_id.metainfo.xml" 2>&1)" ||
    fail "appstreamcli validate --no-net: $out"
  out="$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$prefix/share/man/man1/knotmap.1.gz" 2>&1 >/dev/null)"
  [ -z "$out" ] || fail "man page warnings: $out"
}

# Runs "$@" in a private mount namespace where the source and build trees are empty, from $work/elsewhere.
hidden() {
  local ns=(unshare -m)
  [ "$(id -u)" -eq 0 ] || ns=(unshare -rm)
  "${ns[@]}" bash -c '
    set -e
    b="$1" s="$2" w="$3"; shift 3
    mount -t tmpfs -o ro tmpfs "$b"
    [ -d "$s" ] && mount -t tmpfs -o ro tmpfs "$s"
    cd "$w"
    exec "$@"' hidden "$build_dir" "$source_dir" "$work/elsewhere" "$@"
}

can_hide() {
  local ns=(unshare -m)
  [ "$(id -u)" -eq 0 ] || ns=(unshare -rm)
  "${ns[@]}" mount -t tmpfs tmpfs "$work" 2>/dev/null
}

# Starts Xvfb on the first free display from :$1 (ten tried) and sets $display; the X server must
# be ours (its lock file names our Xvfb), never another one that happens to be running.
start_xvfb() {
  local n i
  command -v Xvfb >/dev/null || fail "needs Xvfb (apt-get install xvfb)"
  for ((n = $1; n < $1 + 10; n++)); do
    [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ] || break
  done
  Xvfb ":$n" -screen 0 1280x1024x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
  xvfb_pid=$!
  for ((i = 0; i < 100; i++)); do
    if [ -e "/tmp/.X11-unix/X$n" ] && [ "$(tr -d ' ' <"/tmp/.X$n-lock" 2>/dev/null)" = "$xvfb_pid" ]; then
      display=":$n"
      return 0
    fi
    kill -0 "$xvfb_pid" 2>/dev/null || fail "Xvfb :$n did not start: $(cat "$work/xvfb.log")"
    sleep 0.1
  done
  fail "Xvfb :$n did not come up in 10 s"
}

# The installed program, with the trees it was built from out of sight.
check_installed_runs() {
  local prefix="$1" exe="$1/bin/knotmap" out
  mkdir -p "$work/elsewhere" "$work/home"
  can_hide || { echo "install test: cannot create a mount namespace here (unshare -m/-rm); skipped" >&2; exit 77; }
  export HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data"
  unset KNOTMAP_MODEL

  hidden test ! -e "$source_dir/CMakeLists.txt" || fail "the source tree is still visible in the namespace"
  hidden test ! -e "$build_dir/CMakeCache.txt" || fail "the build tree is still visible in the namespace"

  out="$(hidden "$exe" --version)" || fail "knotmap --version failed"
  [ "$out" = "knotmap $version" ] || fail "knotmap --version printed '$out', expected 'knotmap $version'"

  out="$(hidden "$exe" validate 2>&1)" || fail "installed knotmap validate failed: $out"
  case "$out" in "$prefix/share/knotmap/model: ok: "*) ;; *) fail "validate did not check $prefix/share/knotmap/model: $out";; esac
  say "$out"

  # Same content, same answer as the build tree gives.
  # shellcheck disable=SC2054  # X,Y coordinates, not array separators
  local query=(query --view back --at 555,470 --at 585,540 --json)
  "$exe_build" "${query[@]}" >"$work/query.build.json" || fail "build-tree query failed"
  hidden "$exe" "${query[@]}" >"$work/query.installed.json" 2>"$work/query.err" ||
    fail "installed query failed: $(cat "$work/query.err")"
  cmp -s "$work/query.build.json" "$work/query.installed.json" ||
    fail "the installed query answers differently: $(diff "$work/query.build.json" "$work/query.installed.json" | head)"
  grep -q '"muscle":' "$work/query.installed.json" || fail "the installed query found no muscle"

  # Overrides: --model, then KNOTMAP_MODEL (a wrong one must fail and name itself).
  cp -r "$prefix/share/knotmap/model" "$work/copy-model"
  out="$(hidden "$exe" muscles --model "$work/copy-model")" || fail "--model did not work"
  out="$(KNOTMAP_MODEL="$work/copy-model" hidden "$exe" validate 2>&1)" || fail "KNOTMAP_MODEL did not work: $out"
  case "$out" in "$work/copy-model: ok: "*) ;; *) fail "KNOTMAP_MODEL was not used: $out";; esac
  out="$(KNOTMAP_MODEL="$work/none" hidden "$exe" validate 2>&1)" && fail "a missing KNOTMAP_MODEL folder validated"
  case "$out" in *"$work/none"*) ;; *) fail "the error does not name KNOTMAP_MODEL's folder: $out";; esac

  # With the installed content gone and the source tree visible, it must not fall back to the source.
  mv "$prefix/share/knotmap/model" "$prefix/share/knotmap/model.away"
  out="$(cd "$work/elsewhere" && "$exe" validate 2>&1)" && fail "validate passed with no installed content"
  mv "$prefix/share/knotmap/model.away" "$prefix/share/knotmap/model"
  case "$out" in *"$prefix/share/knotmap/model"*) ;; *) fail "without its content it looked elsewhere: $out";; esac

  # The window, rendered off-screen into a PNG.
  start_xvfb "$xvfb_display"
  DISPLAY="$display" hidden timeout 60 "$exe" gui --size 800x600 --screenshot "$work/shot.png" \
    >"$work/gui.out" 2>"$work/gui.err" || fail "gui --screenshot failed: $(cat "$work/gui.err")"
  file "$work/shot.png" | grep -q "PNG image data, 800 x 600," ||
    fail "the screenshot is not an 800x600 PNG: $(file -b "$work/shot.png")"
  say "gui --screenshot: $(file -b "$work/shot.png")"
}
