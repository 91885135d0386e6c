# Install rules: `cmake --install build --prefix P` lays Knotmap out like a desktop application
# (GNUInstallDirs): P/bin/knotmap, the content in P/share/knotmap, a desktop entry, hicolor icons,
# AppStream metadata, a man page, and the copyright and changelog Debian wants.
# The executable finds its content relative to itself (src/io/content_dir.cpp).
# A new release: bump project(VERSION), KNOTMAP_RELEASE_DATE below, and add its notes to
# assets/desktop/*.metainfo.xml.in and assets/desktop/changelog.in.
include(GNUInstallDirs)

set(KNOTMAP_APP_ID "org.knotmap.Knotmap")
set(KNOTMAP_RELEASE_DATE "2026-12-01")  # the date of the release PROJECT_VERSION names
set(KNOTMAP_HOMEPAGE "https://github.com/knotmap/knotmap" CACHE STRING
  "Project web address (AppStream metadata, Debian package)")
# AppStream wants web addresses for screenshots: this release's docs/screenshots (the tag v<version>).
set(KNOTMAP_SCREENSHOT_URL "${KNOTMAP_HOMEPAGE}/raw/v${PROJECT_VERSION}/docs/screenshots")
set(KNOTMAP_MAINTAINER "Knotmap maintainers <knotmap@example.org>" CACHE STRING
  "Package maintainer as Name <email> (Debian control file and changelog)")
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
  OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# Content lookup: bin/../share/knotmap/model when installed; the source assets only for programs
# inside this build tree.
set(KNOTMAP_DATADIR "${CMAKE_INSTALL_DATADIR}/knotmap")
file(RELATIVE_PATH KNOTMAP_DATA_FROM_BIN "${CMAKE_INSTALL_FULL_BINDIR}" "${CMAKE_INSTALL_FULL_DATADIR}/knotmap")
target_compile_definitions(knotmap_io PRIVATE KNOTMAP_DATA_FROM_BIN="${KNOTMAP_DATA_FROM_BIN}"
  KNOTMAP_BUILD_DIR="${PROJECT_BINARY_DIR}")

find_program(KNOTMAP_RSVG_CONVERT rsvg-convert)
if(NOT KNOTMAP_RSVG_CONVERT)
  message(FATAL_ERROR "Knotmap renders its icons with rsvg-convert. Install it with: apt-get install librsvg2-bin")
endif()
find_program(KNOTMAP_GZIP gzip REQUIRED)

set(KNOTMAP_DESKTOP_SRC "${PROJECT_SOURCE_DIR}/assets/desktop")
set(KNOTMAP_ICON_SVG "${PROJECT_SOURCE_DIR}/assets/icons/knotmap.svg")
set(KNOTMAP_GEN "${PROJECT_BINARY_DIR}/desktop")
set(KNOTMAP_ICON_SIZES 16 22 24 32 48 64 128 256 512)

# Version and date filled in; icons rendered from the one SVG; the man page and the changelog
# compressed the way Debian wants them (gzip -9n: no name, no timestamp).
configure_file("${KNOTMAP_DESKTOP_SRC}/${KNOTMAP_APP_ID}.metainfo.xml.in"
  "${KNOTMAP_GEN}/${KNOTMAP_APP_ID}.metainfo.xml" @ONLY)
configure_file("${PROJECT_SOURCE_DIR}/docs/knotmap.1.in" "${KNOTMAP_GEN}/knotmap.1" @ONLY)
execute_process(COMMAND date -u -R -d "${KNOTMAP_RELEASE_DATE} 12:00"
  OUTPUT_VARIABLE KNOTMAP_RELEASE_DATE_RFC2822 OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
configure_file("${KNOTMAP_DESKTOP_SRC}/changelog.in" "${KNOTMAP_GEN}/changelog" @ONLY)

# Debian wants the copyright of everything in the package: Knotmap's notice, then that of Dear ImGui,
# which Debian ships as a static library linked into the executable (read from that package).
file(READ "${KNOTMAP_DESKTOP_SRC}/copyright" knotmap_copyright)
if(EXISTS /usr/share/doc/libimgui-dev/copyright)
  file(READ /usr/share/doc/libimgui-dev/copyright knotmap_imgui_copyright)
  string(APPEND knotmap_copyright
    "\nDear ImGui is linked into the executable. Its copyright, as Debian's libimgui-dev states it:\n\n"
    "${knotmap_imgui_copyright}")
endif()
file(WRITE "${KNOTMAP_GEN}/copyright.new" "${knotmap_copyright}")
configure_file("${KNOTMAP_GEN}/copyright.new" "${KNOTMAP_GEN}/copyright" COPYONLY)

set(knotmap_generated)
foreach(size ${KNOTMAP_ICON_SIZES})
  set(png "${KNOTMAP_GEN}/icons/${size}x${size}/${KNOTMAP_APP_ID}.png")
  add_custom_command(OUTPUT "${png}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${KNOTMAP_GEN}/icons/${size}x${size}"
    COMMAND "${KNOTMAP_RSVG_CONVERT}" -w ${size} -h ${size} -o "${png}" "${KNOTMAP_ICON_SVG}"
    DEPENDS "${KNOTMAP_ICON_SVG}" COMMENT "Rendering the ${size}x${size} icon" VERBATIM)
  list(APPEND knotmap_generated "${png}")
endforeach()
foreach(doc knotmap.1 changelog)
  add_custom_command(OUTPUT "${KNOTMAP_GEN}/${doc}.gz"
    COMMAND "${KNOTMAP_GZIP}" -9nkf "${KNOTMAP_GEN}/${doc}"
    DEPENDS "${KNOTMAP_GEN}/${doc}" VERBATIM)
  list(APPEND knotmap_generated "${KNOTMAP_GEN}/${doc}.gz")
endforeach()
add_custom_target(knotmap_desktop_files ALL DEPENDS ${knotmap_generated})

install(TARGETS knotmap RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
install(DIRECTORY "${PROJECT_SOURCE_DIR}/assets/model" DESTINATION "${KNOTMAP_DATADIR}"
  FILES_MATCHING PATTERN "*.toml")
install(FILES "${PROJECT_SOURCE_DIR}/assets/icons/knotmap.png" DESTINATION "${KNOTMAP_DATADIR}/icons")
install(FILES "${KNOTMAP_DESKTOP_SRC}/${KNOTMAP_APP_ID}.desktop"
  DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${KNOTMAP_GEN}/${KNOTMAP_APP_ID}.metainfo.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
foreach(size ${KNOTMAP_ICON_SIZES})
  install(FILES "${KNOTMAP_GEN}/icons/${size}x${size}/${KNOTMAP_APP_ID}.png"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
endforeach()
install(FILES "${KNOTMAP_ICON_SVG}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
  RENAME "${KNOTMAP_APP_ID}.svg")
install(FILES "${KNOTMAP_GEN}/knotmap.1.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
install(FILES "${KNOTMAP_GEN}/copyright" "${KNOTMAP_GEN}/changelog.gz" DESTINATION "${CMAKE_INSTALL_DOCDIR}")
