# Shared set-up for scripts/run and scripts/test (sourced, not executed):
# installs the Debian packages that are missing, then configures and builds
# newsdesk with CMake into build/. A second run installs nothing and builds
# incrementally.

NEWSDESK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NEWSDESK_BUILD="${NEWSDESK_BUILD:-$NEWSDESK_ROOT/build}"

# Build and test dependencies, all from Debian bookworm / Ubuntu. postgresql and
# libqt6sql6-psql (Qt's QPSQL driver) are for the shared archive and its tests (label
# `postgresql`: a throwaway server, scripts/pg-test-server.sh); libpq-dev for libpq itself (PgConnection
# asks it whether the server wanted a password); locales for the Swedish locale tst_pgwindow generates.
NEWSDESK_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6opengl6-dev libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-qpa-plugins libqt6svg6
    sqlite3 libsqlite3-dev xvfb xauth
    desktop-file-utils appstream dpkg-dev file fakeroot poppler-utils lintian man-db zsh
    at-spi2-core python3-pyatspi dbus imagemagick
    postgresql libqt6sql6-psql libpq-dev locales
)
# Only for `scripts/test --fuzz`: clang and its compiler runtime, which holds libFuzzer
# (libclang-rt-dev pulls in libclang-rt-14-dev on bookworm; clang only recommends it).
# The sanitized gcc build needs nothing more: libasan8 and libubsan1 come with gcc.
NEWSDESK_FUZZ_PACKAGES=(clang libclang-rt-dev)

# newsdesk_install_packages [MORE PACKAGES...]
newsdesk_install_packages() {
    local missing=()
    local pkg
    for pkg in "${NEWSDESK_PACKAGES[@]}" "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "newsdesk: installing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "newsdesk: these packages are missing and there is no sudo: ${missing[*]}" >&2
            return 1
        fi
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq || true
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# newsdesk_build [CMAKE OPTIONS...]: the options apply when $NEWSDESK_BUILD is first configured.
# NEWSDESK_BUILD_TARGET, when set, builds only that target.
newsdesk_build() {
    local generator=()
    if [ ! -f "$NEWSDESK_BUILD/CMakeCache.txt" ]; then
        command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
        cmake -S "$NEWSDESK_ROOT" -B "$NEWSDESK_BUILD" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    fi
    local target=()
    [ -n "${NEWSDESK_BUILD_TARGET:-}" ] && target=(--target "$NEWSDESK_BUILD_TARGET")
    cmake --build "$NEWSDESK_BUILD" -j"$(nproc 2>/dev/null || echo 2)" "${target[@]}"
}
