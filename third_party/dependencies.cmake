# Every dependency comes from a Debian 12 package (scripts/setup installs them); nothing is fetched.
# Each find names the package to install when it fails, so a missing piece gives a clear message.
find_package(PkgConfig REQUIRED)

macro(knotmap_require_pkg var module debian_package)
  pkg_check_modules(${var} IMPORTED_TARGET ${module})
  if(NOT ${var}_FOUND)
    message(FATAL_ERROR "Knotmap needs '${module}'. Install it with: apt-get install ${debian_package}")
  endif()
endmacro()

macro(knotmap_require_package name debian_package)
  find_package(${name} ${ARGN} QUIET)
  if(NOT ${name}_FOUND)
    message(FATAL_ERROR "Knotmap needs ${name}. Install it with: apt-get install ${debian_package}")
  endif()
endmacro()

knotmap_require_pkg(IMGUI imgui libimgui-dev)
knotmap_require_pkg(STB stb libstb-dev)
knotmap_require_pkg(FONTCONFIG fontconfig libfontconfig-dev)
knotmap_require_pkg(CAIRO cairo libcairo2-dev)
knotmap_require_package(glfw3 libglfw3-dev)
knotmap_require_package(OpenGL libgl-dev)
knotmap_require_package(glm libglm-dev)
knotmap_require_package(tomlplusplus libtomlplusplus-dev)
knotmap_require_package(nlohmann_json libnlohmann-json3-dev)
knotmap_require_package(CLI11 libcli11-dev)
knotmap_require_package(SQLite3 libsqlite3-dev)

# Debian's imgui 1.86 is a static library that already holds the GLFW and OpenGL3 backends.
# Include directories are marked SYSTEM so our -Werror does not apply to third-party headers.
add_library(knotmap_imgui INTERFACE)
target_include_directories(knotmap_imgui SYSTEM INTERFACE ${IMGUI_INCLUDE_DIRS})
target_link_libraries(knotmap_imgui INTERFACE ${IMGUI_LINK_LIBRARIES})

# libstb provides the implementations (do not define STB_*_IMPLEMENTATION in our sources).
add_library(knotmap_stb INTERFACE)
target_include_directories(knotmap_stb SYSTEM INTERFACE ${STB_INCLUDE_DIRS})
target_link_libraries(knotmap_stb INTERFACE ${STB_LINK_LIBRARIES})

if(KNOTMAP_BUILD_TESTS)
  knotmap_require_package(Catch2 catch2 2)
endif()
if(KNOTMAP_BUILD_BENCH)
  knotmap_require_package(benchmark libbenchmark-dev)
endif()
