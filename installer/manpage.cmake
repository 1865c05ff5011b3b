# Writes a gzip-compressed man page for one program from its --help, with help2man.
#   cmake -DHELP2MAN=... -DPROGRAM=... -DNAME="one line" -DVERSION=... -DOUT=x.1.gz [-DEPOCH=SECONDS]
#         -P manpage.cmake
# The help text is read in the C locale (the console would otherwise answer in the builder's
# language) and without a display (the console then answers --help without opening a window).
set(ENV{LC_ALL} C.UTF-8)
set(ENV{LANGUAGE} "")
unset(ENV{DISPLAY})
unset(ENV{WAYLAND_DISPLAY})
unset(ENV{QT_QPA_PLATFORM})
# The date in the page footer: the release date, not the build day.
if(EPOCH)
    set(ENV{SOURCE_DATE_EPOCH} ${EPOCH})
endif()
get_filename_component(name ${PROGRAM} NAME)
string(REGEX REPLACE "\\.gz$" "" page ${OUT})
execute_process(
    COMMAND ${HELP2MAN} --no-info --section=1 --name=${NAME} --version-string=${VERSION}
            --output=${page} ${PROGRAM}
    RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "help2man failed for ${name} (${status})")
endif()
# -n: no name or time stamp in the gzip header, so the page is reproducible (lintian asks for -9).
execute_process(COMMAND gzip -9nf ${page} RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "gzip failed for ${page}")
endif()
