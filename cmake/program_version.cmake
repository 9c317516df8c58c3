# The program's version, baked in at configure time from `git describe`:
#   tag v1.2.3                  -> 1.2.3
#   3 commits after v1.2.3      -> 1.2.3+3.gabc1234
#   no release tag yet          -> PROJECT_VERSION+gabc1234
#   uncommitted changes         -> ... .dirty
#   no git, or not a checkout   -> PROJECT_VERSION
# Only '+' and '.' join the parts, so the same string is a valid Debian package version.
# A build tree keeps the version it was configured with (a commit does not relink everything);
# scripts/package.sh configures again before packaging.
set(CORRIDOR_VERSION "${PROJECT_VERSION}")
find_package(Git QUIET)
if(GIT_FOUND)
  execute_process(COMMAND "${GIT_EXECUTABLE}" describe --tags --match "v[0-9]*" --always --dirty
                  WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}" RESULT_VARIABLE git_rc
                  OUTPUT_VARIABLE described OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  if(git_rc EQUAL 0 AND described)
    set(dirty "")
    if(described MATCHES "-dirty$")
      set(dirty ".dirty")
      string(REGEX REPLACE "-dirty$" "" described "${described}")
    endif()
    if(described MATCHES "^v([0-9][^-]*)-([0-9]+)-(g[0-9a-f]+)$")
      set(CORRIDOR_VERSION "${CMAKE_MATCH_1}+${CMAKE_MATCH_2}.${CMAKE_MATCH_3}${dirty}")
    elseif(described MATCHES "^v([0-9].*)$")
      set(CORRIDOR_VERSION "${CMAKE_MATCH_1}")
      if(dirty)
        string(APPEND CORRIDOR_VERSION "+dirty")
      endif()
    else()
      set(CORRIDOR_VERSION "${PROJECT_VERSION}+g${described}${dirty}")
    endif()
  endif()
endif()
message(STATUS "corridor-viewer version ${CORRIDOR_VERSION}")
