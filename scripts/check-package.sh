#!/usr/bin/env bash
# Builds the Debian package from a configured and built build directory and checks it:
# the files it installs, its control fields, the man page and completions it ships, lintian
# (no error and no warning), and (when the validators are installed) the desktop entry and
# AppStream metadata.
#
#   scripts/check-package.sh BUILD_DIR
#
# Exit status: 0 when the package is right, 1 when it is not, 77 (CTest's skip) when the
# tools to build a .deb are missing (dpkg-dev) or lintian is. Run by CTest as the `package` test.
set -euo pipefail

build="${1:?usage: check-package.sh BUILD_DIR}"
build="$(cd "$build" && pwd)"
app_id=se.newsdesk.Newsdesk
failures=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

cache_value() {
    sed -n "s/^$1:[A-Z]*=//p" "$build/CMakeCache.txt"
}

for tool in dpkg-deb:dpkg-dev dpkg-shlibdeps:dpkg-dev lintian:lintian man:man-db; do
    if ! command -v "${tool%%:*}" >/dev/null 2>&1; then
        echo "SKIP: ${tool%%:*} is missing (install ${tool#*:}; scripts/setup.sh does)"
        exit 77
    fi
done
[ -f "$build/CPackConfig.cmake" ] || { echo "FAIL: $build/CPackConfig.cmake is missing: configure first" >&2; exit 1; }

cpack="$(dirname "$(cache_value CMAKE_COMMAND)")/cpack"
command -v "$cpack" >/dev/null 2>&1 || cpack=cpack
upstream="$(cache_value CMAKE_PROJECT_VERSION)"
# The package's version: upstream's and the package's own release (cmake/packaging.cmake).
release="$(sed -n 's/^set(CPACK_DEBIAN_PACKAGE_RELEASE \(.*\))$/\1/p' "$build/CPackConfig.cmake" | tr -d '"')"
version="$upstream-${release:-1}"
arch="$(dpkg --print-architecture)"

# Package into a scratch folder so the build tree stays clean and parallel runs don't clash.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if ! (cd "$build" && "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$work") >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack -G DEB failed" >&2
    exit 1
fi

deb="$work/newsdesk_${version}_${arch}.deb"
if [ ! -f "$deb" ]; then
    cat "$work/cpack.log" >&2
    echo "FAIL: expected $(basename "$deb"); cpack made: $(cd "$work" && ls -- *.deb 2>/dev/null || echo nothing)" >&2
    exit 1
fi

# --- contents ----------------------------------------------------------------------------
dpkg-deb -c "$deb" | awk '{print $1, $NF}' >"$work/contents"

expect_file() { # MODE-PREFIX PATH
    grep -qx -- "$1[^ ]* \\./${2#/}" "$work/contents" || fail "the package lacks $2 (mode $1...)"
}
expect_file -rwxr-xr-x /usr/bin/newsdesk
# The window and export: what newsdesk becomes for anything but import, list and categories (app/main.cpp).
expect_file -rwxr-xr-x /usr/libexec/newsdesk/newsdesk-window
expect_file -rw-r--r-- /usr/share/doc/newsdesk/copyright
expect_file -rw-r--r-- /usr/share/doc/newsdesk/changelog.Debian.gz
expect_file -rw-r--r-- /usr/share/doc/newsdesk/pg-team-roles.sql
expect_file -rw-r--r-- /usr/share/man/man1/newsdesk.1.gz
expect_file -rw-r--r-- /usr/share/lintian/overrides/newsdesk
expect_file -rw-r--r-- /usr/share/bash-completion/completions/newsdesk
expect_file -rw-r--r-- /usr/share/zsh/vendor-completions/_newsdesk
expect_file -rw-r--r-- "/usr/share/applications/$app_id.desktop"
expect_file -rw-r--r-- "/usr/share/metainfo/$app_id.metainfo.xml"
expect_file -rw-r--r-- "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
for size in 16 22 24 32 48 64 128 256; do
    expect_file -rw-r--r-- "/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
# Nothing a user package should not carry: headers, static libraries, test programs, build paths.
if grep -E '\./usr/(include|local)/|\.a$|/tst_|/build' "$work/contents"; then
    fail "the package carries files it should not (above)"
fi

# --- control fields ----------------------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = newsdesk ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', the project's is $version"
[ "$(field Architecture)" = "$arch" ] || fail "Architecture is '$(field Architecture)'"
[ "$(field Section)" = news ] || fail "Section is '$(field Section)'"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Homepage)" ] || fail "no Homepage"
[ -n "$(field Description)" ] || fail "no Description"
depends="$(field Depends)"
# Linked libraries (found by dpkg-shlibdeps) and the plugins Qt loads at run time (listed by hand).
for dep in libqt6core6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite qt6-qpa-plugins libc6; do
    grep -Eq "(^|, )$dep( |,|$)" <<<"$depends" || fail "Depends lacks $dep: $depends"
done

# --- the shipped metadata ----------------------------------------------------------------
dpkg-deb -x "$deb" "$work/root"
desktop="$work/root/usr/share/applications/$app_id.desktop"
metainfo="$work/root/usr/share/metainfo/$app_id.metainfo.xml"
if [ -f "$desktop" ]; then
    grep -qx "Icon=$app_id" "$desktop" || fail "the desktop entry's Icon is not $app_id"
    grep -q '^Exec=newsdesk' "$desktop" || fail "the desktop entry does not run newsdesk"
    if command -v desktop-file-validate >/dev/null 2>&1; then
        desktop-file-validate "$desktop" || fail "desktop-file-validate rejects the desktop entry"
    else
        echo "note: desktop-file-validate is not installed (desktop-file-utils); not validated"
    fi
fi
if [ -f "$metainfo" ]; then
    # The newest release listed is the one being packaged.
    release="$(grep -o '<release [^>]*version="[^"]*"' "$metainfo" | head -n1 | sed 's/.*version="\([^"]*\)"/\1/')"
    [ "$release" = "$upstream" ] || fail "the metainfo's newest release is '$release', the package is $upstream"
    if command -v appstreamcli >/dev/null 2>&1; then
        appstreamcli validate --no-net "$metainfo" >"$work/appstream.log" 2>&1 \
            || { cat "$work/appstream.log" >&2; fail "appstreamcli rejects the metainfo"; }
    else
        echo "note: appstreamcli is not installed (appstream); not validated"
    fi
fi

# --- the man page, made from the program's --help -------------------------------------------
man_page="$work/root/usr/share/man/man1/newsdesk.1.gz"
if [ -f "$man_page" ]; then
    # man's own warnings (as lintian's manpage check runs it), then the sections a reader looks for.
    LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$man_page" >"$work/man.txt" 2>"$work/man.err" \
        || fail "man cannot show newsdesk(1)"
    if [ -s "$work/man.err" ]; then
        cat "$work/man.err" >&2
        fail "man warns about newsdesk(1) (above)"
    fi
    for section in NAME SYNOPSIS DESCRIPTION OPTIONS COMMANDS "QT OPTIONS" "EXIT STATUS" ENVIRONMENT FILES EXAMPLES; do
        grep -qx "$section" "$work/man.txt" || fail "newsdesk(1) has no $section section"
    done
    for text in "--db FILE" "--finish-index" "--no-sources" "-style STYLE"; do
        grep -qF -- "$text" "$work/man.txt" || fail "newsdesk(1) does not mention $text"
    done
fi

# --- lintian: no error and no warning ------------------------------------------------------
# Overrides, where Debian policy allows one, are in the package (with the reason beside each).
# Exit 1 is lintian's "it found problems" (read below); 2 and more: lintian itself failed.
lintian_status=0
lintian --no-cfg --display-level ">=warning" --info --show-overrides "$deb" >"$work/lintian.log" 2>&1 ||
    lintian_status=$?
if [ "$lintian_status" -ge 2 ]; then
    cat "$work/lintian.log" >&2
    fail "lintian could not check the package (exit $lintian_status)"
fi
# Each override the package carries is said, so it never hides silently.
grep -E '^O: ' "$work/lintian.log" | sed 's/^/note: lintian override: /' || true
if grep -E '^[EW]: ' "$work/lintian.log" >"$work/lintian.problems"; then
    cat "$work/lintian.log" >&2
    fail "lintian reports $(wc -l <"$work/lintian.problems") error(s) or warning(s) (above)"
fi

if [ "$failures" -ne 0 ]; then
    echo "--- dpkg-deb -I" >&2
    dpkg-deb -I "$deb" >&2
    echo "--- dpkg-deb -c" >&2
    dpkg-deb -c "$deb" >&2
    echo "$(basename "$deb"): $failures problem(s)" >&2
    exit 1
fi
echo "$(basename "$deb"): $(grep -vc '/$' "$work/contents") files, $(du -k "$deb" | cut -f1) KiB, Depends: $depends"
