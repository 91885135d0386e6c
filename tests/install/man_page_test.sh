#!/usr/bin/env bash
# The man page and --help agree: every subcommand of `knotmap --help` has a section (.SS NAME), and
# in each section the documented options (the .TP items) are exactly those of `knotmap NAME --help`
# (a nested command such as `journal add` has its own section, .SS journal add);
# the global options are the .TP items of OPTIONS; positionals are named. groff renders it cleanly.
#   bash man_page_test.sh path/to/knotmap path/to/knotmap.1
set -euo pipefail
exe="${1:?usage: man_page_test.sh path/to/knotmap path/to/knotmap.1}"
page="${2:?}"
[ -f "$page" ] || { echo "man page test: FAIL: no $page" >&2; exit 1; }
status=0
problem() { echo "man page test: FAIL: $*" >&2; status=1; }

# Options in a --help text: "-o,--out TEXT" gives -o and --out. --help is documented once, globally.
help_options() { grep -oE '^ +-[a-zA-Z-]+(,-[-a-zA-Z]+)?' | tr -d ' ' | tr ',' '\n' | sort -u; }
help_positionals() { awk '/^Positionals:/{p=1;next} /^[A-Z][a-z]+:/{p=0} p && /^  [A-Z]/{print $1}'; }

# "SECTION OPTION" for every option named on the line after each .TP, per .SS section
# (and "knotmap" for .SH OPTIONS).
man_options() {
  awk '
    /^\.SH OPTIONS/ { sec = "knotmap"; next }
    /^\.SH / { sec = ""; next }
    /^\.SS / { sec = substr($0, 5); gsub(/"/, "", sec); gsub(/ /, "/", sec); next }
    /^\.TP/ { item = 1; next }
    item == 1 {
      item = 0
      if (sec == "") next
      line = $0
      gsub(/\\-/, "-", line); gsub(/\\f[BIRP]/, "", line); gsub(/,/, " ", line)
      n = split(line, words, " ")
      for (i = 1; i <= n; i++) if (words[i] ~ /^-/) print sec, words[i]
    }' "$page"
}
man_section_text() {  # the text of one .SS section
  awk -v want="$1" '/^\.S[HS] /{ cur = substr($0, 5); gsub(/"/, "", cur); gsub(/ /, "/", cur); p = ($1 == ".SS" && cur == want); next } p' "$page"
}

subcommands_of() { awk '/^Subcommands:/{p=1;next} /^[A-Z][a-z]+:/{p=0} p && /^  [a-z]/{print $1}'; }
mapfile -t subcommands < <("$exe" --help | subcommands_of)
[ "${#subcommands[@]}" -ge 2 ] || problem "found no subcommands in knotmap --help"

compare() {  # compare SECTION "help options" "man options"
  local sec="$1" help="$2" man="$3" o
  for o in $help; do grep -qxF -- "$o" <<<"$man" || problem "'$sec' option $o is in --help but not in the man page"; done
  for o in $man; do grep -qxF -- "$o" <<<"$help" || problem "'$sec' option $o is in the man page but not in --help"; done
}

all_man="$(man_options)"
compare knotmap "$("$exe" --help | help_options)" "$(awk '$1 == "knotmap" {print $2}' <<<"$all_man" | sort -u)"
check_command() {  # check_command WORDS...: its section, options and positionals
  local title="$*" help_text pos nested
  local key="${title// //}"
  grep -qx "\.SS $title" "$page" || { problem "command '$title' has no section (.SS $title)"; return; }
  help_text="$("$exe" "$@" --help)"
  compare "$title" "$(help_options <<<"$help_text" | grep -vxE -- '-h|--help' || true)" \
    "$(awk -v s="$key" '$1 == s {print $2}' <<<"$all_man" | sort -u)"
  for pos in $(help_positionals <<<"$help_text"); do
    man_section_text "$key" | grep -qw -- "$pos" || problem "'$title' positional $pos is not named in the man page"
  done
  for nested in $(subcommands_of <<<"$help_text"); do check_command "$@" "$nested"; done
}
for sub in "${subcommands[@]}"; do check_command "$sub"; done
# Sections for subcommands that no longer exist.
for sec in $(awk '/^\.SS /{print $2}' "$page"); do
  # A here-string, not a pipe: grep -q stops reading at the first match, and under pipefail the
  # writer's SIGPIPE would fail the check now and then.
  grep -qxF -- "$sec" <<<"$(printf '%s\n' "${subcommands[@]}")" || problem "the man page documents '$sec', which --help does not list"
done

warnings="$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)"
[ -z "$warnings" ] || problem "groff warnings: $warnings"
[ "$status" = 0 ] && echo "man page test: ${#subcommands[@]} subcommands and $(wc -l <<<"$all_man") documented options match --help"
exit "$status"
