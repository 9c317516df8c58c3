# The order in which the dynamic loader searches the viewer's libraries for symbols.
#
# Debian links its libraries with -z now, so at start-up the loader resolves every symbol they
# use, each by searching the libraries in load order: the executable's own first, then theirs.
# GDAL brings some 120 libraries behind it, and Mesa's driver, opened when the window is made,
# brings LLVM behind all of them; the big C++ libraries among them (LLVM, Xerces, GDAL, GEOS,
# Poppler) look up most of their own symbols that way. With the viewer's direct libraries
# first, the loader took 55-80 ms of CPU at a warm start on the 2-core reference machine; with
# the libraries below first (those that answer most lookups), 31-50 ms.
# bench/load_order.sh prints both: that ranking for a build, and the loader's time.
#
# Each is named by its Debian 12 file name. One that is not found is left out; the program
# then only starts a little slower. LLVM is loaded even where the GL driver does not use it
# (NVIDIA's own): that costs about 15 ms, where Mesa's drivers, which all load it, gain more.
set(CORRIDOR_LOAD_FIRST
  libLLVM-15.so.1 libxerces-c-3.2.so libgdal.so.32 libc.so.6 libgeos.so.3.11.1
  libcrypto.so.3 libstdc++.so.6 libproj.so.25 libpoppler.so.126 libkmldom.so.1)

# corridor_load_first(TARGET): links TARGET to those libraries ahead of all others.
# Not in the sanitizer build: AddressSanitizer's runtime must come first, and its timings say nothing.
function(corridor_load_first target)
  if(CORRIDOR_SANITIZE)
    return()
  endif()
  set(found "")
  foreach(name IN LISTS CORRIDOR_LOAD_FIRST)
    string(MAKE_C_IDENTIFIER "CORRIDOR_LIB_${name}" var)
    find_library(${var} NAMES ${name} NO_CACHE)
    if(${var})
      list(APPEND found ${${var}})
    else()
      message(STATUS "Load order: ${name} not found, left out")
    endif()
  endforeach()
  if(found)
    # Not --as-needed: the viewer calls none of them directly, and that would drop them.
    target_link_libraries(${target} PRIVATE "-Wl,--push-state,--no-as-needed" ${found} "-Wl,--pop-state")
  endif()
endfunction()
