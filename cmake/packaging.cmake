# Desktop integration (launcher, AppStream metadata, icons) and the Debian package.
# Included from the top-level CMakeLists.txt; the executable's own install rule is in app/.
#
#   cmake --install build --prefix /usr/local     # install into a prefix
#   cd build && cpack -G DEB                       # newsdesk_<version>_<arch>.deb for /usr

set(NEWSDESK_RESOURCE_DIR ${PROJECT_SOURCE_DIR}/resources)

install(FILES ${NEWSDESK_RESOURCE_DIR}/${NEWSDESK_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${NEWSDESK_RESOURCE_DIR}/${NEWSDESK_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${NEWSDESK_RESOURCE_DIR}/icons/${NEWSDESK_APP_ID}.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
# The PNGs are rendered from the SVG once and committed (see resources/icons/).
foreach(size IN ITEMS 16 22 24 32 48 64 128 256)
    install(FILES ${NEWSDESK_RESOURCE_DIR}/icons/hicolor/${size}x${size}/apps/${NEWSDESK_APP_ID}.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

# What Debian asks of every package (policy 12.5 and 12.7): the copyright file (machine
# readable) and the Debian changelog, gzipped at its best compression without a time stamp,
# in /usr/share/doc/newsdesk. The man page and the completions are installed in app/.
set(NEWSDESK_DEB_RELEASE 1)
file(STRINGS ${NEWSDESK_RESOURCE_DIR}/debian/changelog newsdesk_changelog_head LIMIT_COUNT 1)
if(NOT newsdesk_changelog_head MATCHES "^newsdesk \\(${PROJECT_VERSION}-${NEWSDESK_DEB_RELEASE}\\) ")
    message(FATAL_ERROR "resources/debian/changelog starts with '${newsdesk_changelog_head}': its newest entry "
                        "must be for ${PROJECT_VERSION}-${NEWSDESK_DEB_RELEASE}, the version being packaged")
endif()
set(newsdesk_changelog_gz ${CMAKE_CURRENT_BINARY_DIR}/changelog.Debian.gz)
add_custom_command(
    OUTPUT ${newsdesk_changelog_gz}
    COMMAND gzip -9 -n -c ${NEWSDESK_RESOURCE_DIR}/debian/changelog > ${newsdesk_changelog_gz}
    DEPENDS ${NEWSDESK_RESOURCE_DIR}/debian/changelog
    VERBATIM)
add_custom_target(newsdesk_changelog ALL DEPENDS ${newsdesk_changelog_gz})
install(FILES ${NEWSDESK_RESOURCE_DIR}/debian/copyright ${newsdesk_changelog_gz}
    DESTINATION ${CMAKE_INSTALL_DOCDIR})
# The rights of a team on a shared archive, for its owner to run (docs/TEAM.md).
install(FILES ${PROJECT_SOURCE_DIR}/scripts/pg-team-roles.sql DESTINATION ${CMAKE_INSTALL_DOCDIR})
# The one lintian tag overridden, with the reason (resources/debian/lintian-overrides).
install(FILES ${NEWSDESK_RESOURCE_DIR}/debian/lintian-overrides
    DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME newsdesk)

# --- Debian package (cpack -G DEB) -------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME newsdesk)
set(CPACK_PACKAGE_VENDOR "The Newsdesk developers")
set(CPACK_PACKAGE_CONTACT "The Newsdesk developers <dev@newsdesk.se>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

find_program(NEWSDESK_DPKG dpkg)
if(NEWSDESK_DPKG)
    execute_process(COMMAND ${NEWSDESK_DPKG} --print-architecture
        OUTPUT_VARIABLE NEWSDESK_DEB_ARCH OUTPUT_STRIP_TRAILING_WHITESPACE)
else()
    set(NEWSDESK_DEB_ARCH amd64)
endif()
set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE ${NEWSDESK_DEB_ARCH})
# The upstream version and the package's own release (changelog.Debian: a non-native package).
set(CPACK_DEBIAN_PACKAGE_RELEASE ${NEWSDESK_DEB_RELEASE})
# Debian's naming: <name>_<version>-<release>_<arch>.deb
set(CPACK_PACKAGE_FILE_NAME
    "${CPACK_PACKAGE_NAME}_${PROJECT_VERSION}-${NEWSDESK_DEB_RELEASE}_${NEWSDESK_DEB_ARCH}")

set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION news)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# The synopsis line is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the body.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Newsdesk imports news listings from plain text files into a local SQLite
cache and shows them in a reader window with full-text search, category
filters and read/starred marks. It watches folders for new listings and
exports to CSV, JSON, Markdown, HTML, plain text or PDF. A command line
imports, lists and exports without a display.")
# dpkg-shlibdeps (dpkg-dev) finds the libraries the binary links; it cannot see the plugins
# Qt loads at run time: the SQLite driver, the xcb/wayland platform plugins and the SVG
# image/icon plugins (in bookworm these ship in libqt6svg6; there is no qt6-svg-plugins).
# (It finds libpq5 too, which newsdesk links; building needs libpq-dev, scripts/setup.sh.)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")

include(CPack)
