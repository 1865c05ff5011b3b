# Writes buildinfo.cpp (the version and the git commit) at build time, so a new commit shows in
# --version without reconfiguring. configure_file rewrites the file only when its text changes, so
# an unchanged commit recompiles nothing.
#   cmake -DSOURCE_DIR=... -DOUT=... -DTEMPLATE=... -DVERSION=... [-DCOMMIT=...] -P BuildInfo.cmake
# COMMIT, when given, wins (builds from a source tarball); otherwise git is asked, and a tree that
# is not a git checkout (or has no git) gets "unknown".
if(NOT COMMIT)
    set(COMMIT unknown)
    find_program(GIT_EXECUTABLE git)
    if(GIT_EXECUTABLE)
        # safe.directory: a checkout owned by another user (CI containers) is still only read.
        # A source tree unpacked inside some other checkout must not report that one's commit.
        execute_process(
            COMMAND ${GIT_EXECUTABLE} -c safe.directory=${SOURCE_DIR} -C ${SOURCE_DIR}
                    rev-parse --show-toplevel --short=7 --verify -q HEAD
            OUTPUT_VARIABLE lines RESULT_VARIABLE status ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
        string(REPLACE "\n" ";" lines "${lines}")
        list(LENGTH lines count)
        if(status EQUAL 0 AND count EQUAL 2)
            list(GET lines 0 top)
            list(GET lines 1 head)
            file(REAL_PATH ${SOURCE_DIR} source)
            file(REAL_PATH ${top} top)
            if(top STREQUAL source AND head MATCHES "^[0-9a-f]+$")
                set(COMMIT ${head})
            endif()
        endif()
    endif()
endif()
configure_file(${TEMPLATE} ${OUT} @ONLY)
