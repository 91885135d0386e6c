# The Debian package (scripts/package runs it): cpack -G DEB builds knotmap_<version>_amd64.deb from
# the install rules in cmake/install.cmake, with runtime dependencies found by dpkg-shlibdeps.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "knotmap")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "The Knotmap authors")
set(CPACK_PACKAGE_CONTACT "${KNOTMAP_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "body map of muscle knots and the pain they refer")
set(CPACK_PACKAGE_DESCRIPTION
  "Knotmap shows the front and back of the body. Click where it hurts and it ranks\n"
  "the myofascial trigger points (muscle knots) whose referral pattern covers the\n"
  "spot, names the short, tight muscles that keep them loaded, and gives a\n"
  "self-treatment plan: warning signs that need a doctor first, then causes,\n"
  "stretches, pressure with a timer, and strengthening. It also has a page per\n"
  "muscle, a learn mode for referral patterns, and a command line for queries.")
string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")  # knotmap_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${KNOTMAP_HOMEPAGE}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Not a linked library, so dpkg-shlibdeps cannot see it: the UI font is found through fontconfig.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
set(CPACK_SOURCE_GENERATOR "")
include(CPack)
