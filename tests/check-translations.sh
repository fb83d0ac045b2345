#!/bin/sh
# Fails when a translation is not up to date with the sources or not finished.
#
#   check-translations.sh LUPDATE SOURCE_LIST TS_DIR
#
# lupdate reads the sources (SOURCE_LIST: the files of models/, views/ and app/,
# written by translations/CMakeLists.txt) into copies of the .ts files, as the
# update_translations target does; any message left unfinished, or no longer
# in the sources (vanished, obsolete), fails the check. The English catalogue
# holds only the plural forms (-pluralonly).
#
# To fix: cmake --build <build> --target update_translations, translate what is
# unfinished (Qt Linguist, or by hand), and commit the .ts files.
set -eu

lupdate=$1
sources=$2
ts_dir=$3

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

status=0
for language in sv en; do
    ts=newsdesk_$language.ts
    if [ ! -f "$ts_dir/$ts" ]; then
        echo "$ts: missing in $ts_dir"
        status=1
        continue
    fi
    cp "$ts_dir/$ts" "$work/$ts"
    plural_only=
    [ "$language" = en ] && plural_only=-pluralonly
    if ! "$lupdate" -locations none $plural_only "@$sources" -ts "$work/$ts" >"$work/$language.log" 2>&1; then
        cat "$work/$language.log"
        echo "$ts: lupdate failed"
        status=1
        continue
    fi
    # One line per message that needs work: context, source, state.
    awk -v file="$ts" '
        /<name>/ { context = $0; gsub(/^ *<name>|<\/name>.*$/, "", context) }
        /<source>/ { source = $0; gsub(/^ *<source>|<\/source>.*$/, "", source) }
        /<translation[^>]*type="(unfinished|vanished|obsolete)"/ {
            match($0, /type="[a-z]*"/)
            state = substr($0, RSTART + 6, RLENGTH - 7)
            printf "%s: %s: %s \"%s\"\n", file, state, context, source
            bad++
        }
        END { exit (bad > 0) }
    ' "$work/$ts" || status=1
done

if [ "$status" -eq 0 ]; then
    echo "translations: every message finished, none obsolete"
fi
exit "$status"
