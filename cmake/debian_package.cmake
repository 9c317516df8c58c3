# The Debian package (scripts/package.sh runs cpack): corridor-viewer_<version>_amd64.deb with
# everything the install rules put under /usr. Its library dependencies come from
# dpkg-shlibdeps, run on the binary; only what is read at run time without being linked is
# named here.
# Installing (and so packaging) does not build first: scripts/package.sh builds, then runs cpack,
# and the package test packs the tree ctest is testing without relinking it under the other
# tests' feet.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME corridor-viewer)
set(CPACK_PACKAGE_VERSION "${CORRIDOR_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Offline map of the LED corridor of Mali and Burkina Faso")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Corridor Viewer shows the communes of Mali and Burkina Faso and the initiatives of the\n"
    "Municipal Partners for Economic Development programme, without a network, in French and\n"
    "English. The package holds the boundary data it shows, with its sources and licences.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Corridor Viewer team")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# DejaVu Sans is opened by path for the interface and the exported PNGs.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core")
# cpack writes the .deb into build/package/ (cpack -B DIR elsewhere).
set(CPACK_PACKAGE_DIRECTORY "${CMAKE_BINARY_DIR}/package")
include(CPack)
