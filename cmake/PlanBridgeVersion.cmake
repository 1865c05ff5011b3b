# planbridge_version: the version (the CMake project version, the one place it is set) and the
# commit the build was made from, for --version and the About dialog. API: core/version/version.h.
set(PLANBRIDGE_GIT_COMMIT "" CACHE STRING
    "Commit to report in --version when the source is not a git checkout (default: ask git)")

set(_pb_buildinfo ${CMAKE_BINARY_DIR}/generated/version/buildinfo.cpp)
# Runs at every build (a git call, milliseconds); the file only changes with the commit.
add_custom_target(planbridge_buildinfo
    COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DOUT=${_pb_buildinfo}
            -DTEMPLATE=${PROJECT_SOURCE_DIR}/cmake/buildinfo.cpp.in -DVERSION=${PROJECT_VERSION}
            -DCOMMIT=${PLANBRIDGE_GIT_COMMIT} -P ${PROJECT_SOURCE_DIR}/cmake/BuildInfo.cmake
    BYPRODUCTS ${_pb_buildinfo}
    VERBATIM)

add_library(planbridge_version STATIC ${PROJECT_SOURCE_DIR}/core/version/version.cpp ${_pb_buildinfo})
add_dependencies(planbridge_version planbridge_buildinfo)
target_include_directories(planbridge_version PUBLIC ${PROJECT_SOURCE_DIR}/core)
target_link_libraries(planbridge_version PRIVATE planbridge_flags)
