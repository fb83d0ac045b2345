#!/usr/bin/env bash
# Checks the bash and zsh completions newsdesk-docs made from the program's --help against
# the real program: commands, options, option values, the commands' arguments, and the
# category, label and view names of a cache (with --db before or after the command).
#
#   scripts/check-completion.sh DOCS_DIR NEWSDESK_BINARY
#
# Exit status: 0 when every case completes as expected, 1 when not, 77 (CTest's skip) for
# the zsh part when zsh is missing. Run by CTest as the `completion` test.
set -uo pipefail

docs="${1:?usage: check-completion.sh DOCS_DIR NEWSDESK_BINARY}"
binary="${2:?usage: check-completion.sh DOCS_DIR NEWSDESK_BINARY}"
docs="$(cd "$docs" && pwd)"
binary="$(realpath "$binary")"
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The program as `newsdesk` on the PATH, with a home of its own (the person's cache stays untouched).
mkdir -p "$work/bin" "$work/files"
ln -s "$binary" "$work/bin/newsdesk"
export PATH="$work/bin:$PATH" HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
export XDG_RUNTIME_DIR="$work" QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
db="$work/cache dir/news.sqlite"
newsdesk import --db "$db" --sample >/dev/null || { echo "FAIL: cannot import the sample" >&2; exit 1; }
newsdesk --db "$db" label add 'Läs senare' --category Kultur >/dev/null || { echo "FAIL: cannot add a label" >&2; exit 1; }
newsdesk --db "$db" label add Budget --unread >/dev/null || { echo "FAIL: cannot add a label" >&2; exit 1; }
newsdesk --db "$db" view save 'Min vy' --label Budget >/dev/null || { echo "FAIL: cannot save a view" >&2; exit 1; }
touch "$work/files/listing.txt" "$work/files/other.txt"
cd "$work/files" || exit 1

# --- bash ------------------------------------------------------------------------------------
# shellcheck source=/dev/null
source "$docs/newsdesk.bash"
[ "$(complete -p newsdesk 2>/dev/null)" = "complete -F _newsdesk newsdesk" ] || fail "bash: newsdesk has no completion"

# completions WORD...: what completing the last word offers, one per line.
completions() {
    COMP_WORDS=("$@")
    COMP_CWORD=$(($# - 1))
    COMPREPLY=()
    _newsdesk
    printf '%s\n' "${COMPREPLY[@]}"
}

# expect 'LINE...' WORD...: completing the last word offers (at least) every LINE given.
expect() {
    local wanted=$1 got line
    shift
    got="$(completions "$@")"
    while IFS= read -r line; do
        grep -qxF -- "$line" <<<"$got" || fail "bash: completing '$*' offers no '$line'; it offers: $(tr '\n' ' ' <<<"$got")"
    done <<<"$wanted"
}

# expect_only 'LINES' WORD...: exactly these.
expect_only() {
    local wanted=$1 got
    shift
    got="$(completions "$@")"
    [ "$got" = "$wanted" ] || fail "bash: completing '$*' offers '$(tr '\n' ' ' <<<"$got")', not '$(tr '\n' ' ' <<<"$wanted")'"
}

expect $'import\nlist\ncategories\nexport\nmark\nlabel\nlabels\nnote\nhide\nunhide\nview\nviews\nstate' newsdesk ''
expect list newsdesk li   # and the files that start so: the window takes paths
expect_only $'--category' newsdesk list --cat
expect_only $'text\ntsv\njson' newsdesk categories --format ''
expect_only pdf newsdesk export --format p
expect_only $'any\nall' newsdesk export --match ''
expect $'--db\n--sample\n--finish-index\n--help' newsdesk import --
expect $'listing.txt\nother.txt' newsdesk import --sample ''
expect $'listing.txt' newsdesk export --output l
expect $'-style\n-platform\n-reverse\n--db\n--version' newsdesk -
# Qt's options and their values are passed over: the command is still found.
expect list newsdesk -style Fusion -platform offscreen li
expect_only --format newsdesk list -platform offscreen --form
# The category names of the cache of --db, before or after the command, quoted for the shell.
expect $'Kultur\nHälso-\\ och\\ sjukvård' newsdesk --db "$db" list --category ''
expect_only 'Hälso-\ och\ sjukvård' newsdesk list --db "$db" --category Häl
expect 'Kultur' newsdesk "--db=$db" export --category K
expect_only 'Hälso-\ och\ sjukvård' newsdesk list --db "$db" --category 'Hälso-\ och'
# Without --db, the default cache's (here none: nothing, and no error on the terminal).
expect_only '' newsdesk list --category ''
# The label and view names of the cache, for --label and --view and as the commands' arguments.
expect_only $'Läs\\ senare\nBudget' newsdesk --db "$db" list --label ''
expect_only 'Budget' newsdesk list --db "$db" --label B
expect_only $'Min\\ vy' newsdesk --db "$db" export --view ''
expect_only $'Läs\\ senare' newsdesk --db "$db" mark --read --label L
expect_only $'add\nremove' newsdesk label ''
expect_only $'Läs\\ senare\nBudget' newsdesk --db "$db" label add ''
expect_only 'Budget' newsdesk --db "$db" label remove --unread B
expect_only '' newsdesk --db "$db" label add Budget ''
expect_only $'save\ndelete' newsdesk view ''
expect_only $'Min\\ vy' newsdesk view --db "$db" delete M
expect_only $'export\nimport' newsdesk state ''
expect $'listing.txt' newsdesk state export l
expect_only '--read' newsdesk mark --re
expect_only '--limit' newsdesk mark --read --lim
expect_only '--limit' newsdesk --db "$db" label add Budget --lim
expect_only '--limit' newsdesk hide --lim
expect_only $'text\ntsv\njson\ncsv' newsdesk labels --format ''

# --- zsh -------------------------------------------------------------------------------------
if ! command -v zsh >/dev/null 2>&1; then
    echo "SKIP: zsh is missing: the zsh completion is not checked" >&2
    [ "$failures" -eq 0 ] && exit 77
    exit 1
fi
zsh -n "$docs/_newsdesk" || fail "zsh: _newsdesk does not parse"
head -n1 "$docs/_newsdesk" | grep -qx '#compdef newsdesk' || fail "zsh: _newsdesk does not start with #compdef newsdesk"
# The category names, as the completion widget offers them (compsys's _wanted stood in for).
names="$(DB="$db" zsh -f -c '
    source_functions() { eval "$(sed -n "/^_newsdesk_categories()/,/^}/p" "$1")"; }
    source_functions "$1"
    _wanted() { print -rl -- "${(@P)${@[-1]}}"; }
    typeset -A opt_args
    opt_args=(--db "$DB")
    _newsdesk_categories
' zsh "$docs/_newsdesk")"
grep -qx 'Kultur' <<<"$names" || fail "zsh: the category names of --db's cache are not offered: $names"
grep -qx 'Hälso- och sjukvård' <<<"$names" || fail "zsh: 'Hälso- och sjukvård' is not offered: $names"
for kind in labels views; do
    names="$(DB="$db" KIND="$kind" zsh -f -c '
        eval "$(sed -n "/^_newsdesk_$KIND()/,/^}/p" "$1")"
        _wanted() { print -rl -- "${(@P)${@[-1]}}"; }
        typeset -A opt_args
        opt_args=(--db "$DB")
        _newsdesk_$KIND
    ' zsh "$docs/_newsdesk")"
    case $kind in
        labels) grep -qx 'Läs senare' <<<"$names" || fail "zsh: the label names are not offered: $names" ;;
        views) grep -qx 'Min vy' <<<"$names" || fail "zsh: the view names are not offered: $names" ;;
    esac
done

# The completion in a real interactive zsh (compsys, through a pseudo terminal), in an empty
# folder: the line is typed with a Tab, then Ctrl+X runs a widget that prints the line as the
# completion left it (BUF[...]END); what zsh writes is read up to that (no waiting on a clock;
# `timeout` is only a hang guard).
mkdir -p "$work/empty"
zsh_complete() { # LINE: the line after LINE and Tab
    (cd "$work/empty" && DOCS="$docs" LINE="$1" timeout 60 zsh -f -c '
        zmodload zsh/zpty
        zpty -b z "zsh -f -i"
        # The prompt, READY> (written apart so that the echoed command never matches), shows
        # once compsys is loaded and the line editor reads keys: only then is Tab completion.
        zpty -w z "fpath=(\$DOCS \$fpath); autoload -Uz compinit; compinit -u -D; show() { zle -I; print -r -- \"BUF[\$BUFFER]\"\"END\" }; zle -N show; bindkey \"^X\" show; PS1=\"RE\"\"ADY> \""
        zpty -r z out "*READY> *"
        zpty -w -n z "$LINE"$'"'"'\t\x18'"'"'
        zpty -r z out "*]END*"
        print -r -- "$out"
        zpty -d z
    ') | tr -d '\r' | grep -ao 'BUF\[.*\]END' | tail -n1 | sed 's/^BUF\[//; s/\]END$//'
}
for case in "newsdesk li|newsdesk list" "newsdesk export --format p|newsdesk export --format pdf" \
    "newsdesk -style Fusion ca|newsdesk -style Fusion categories" "newsdesk --db x.sqlite ex|newsdesk --db x.sqlite export" \
    "newsdesk list --db '$db' --category Kul|--category Kultur" "newsdesk --db '$db' export --category Kul|--category Kultur" \
    "newsdesk list --category Kul|--category Kul" "newsdesk list --db '$db' --label Bu|--label Budget" \
    "newsdesk --db '$db' label add Bu|label add Budget" "newsdesk --db '$db' view delete Mi|view delete Min\\\\ vy" \
    "newsdesk state ex|state export" "newsdesk ma|newsdesk mark" "newsdesk hide --lim|hide --limit="; do
    typed="${case%%|*}"
    wanted="${case#*|}"
    got="$(zsh_complete "$typed")"
    [ -n "${VERBOSE:-}" ] && echo "zsh: $typed -> $got"
    grep -qE -- "$wanted ?\$" <<<"$got" || fail "zsh: Tab after '$typed' does not give '$wanted': $(tr '\n' ' ' <<<"$got" | tail -c 300)"
done

if [ "$failures" -ne 0 ]; then
    echo "$failures problem(s)" >&2
    exit 1
fi
echo "bash and zsh completion: every case completes as expected"
