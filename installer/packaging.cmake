# Packages: planbridge_<version>_amd64.deb for Debian 12 and a .tar.gz for other distributions,
# with the desktop integration (desktop file, hicolor icons from resources/planbridge.svg,
# AppStream metainfo), man pages from each program's --help, and the Debian copyright and
# changelog. Included when PLANBRIDGE_PACKAGING is on; installer/dev.sh package drives it.
if(NOT PLANBRIDGE_WITH_UI)
    message(FATAL_ERROR "PLANBRIDGE_PACKAGING needs PLANBRIDGE_WITH_UI: the package ships the console")
endif()
find_program(RSVG_CONVERT rsvg-convert REQUIRED) # Debian: librsvg2-bin
find_program(HELP2MAN help2man REQUIRED)
find_program(GZIP gzip REQUIRED)

set(PLANBRIDGE_APP_ID org.planbridge.PlanBridge)
set(PLANBRIDGE_MAINTAINER "PlanBridge maintainers <planbridge@example.com>" CACHE STRING
    "Maintainer field of the .deb and its changelog")
set(_pb_out ${CMAKE_BINARY_DIR}/packaging)
set(_pb_docdir ${CMAKE_INSTALL_DATADIR}/doc/planbridge)

# The release date is the commit's date (reproducible), or today outside a git checkout.
execute_process(COMMAND git -c safe.directory=${PROJECT_SOURCE_DIR} -C ${PROJECT_SOURCE_DIR}
                        log -1 --format=%ct
    OUTPUT_VARIABLE PLANBRIDGE_RELEASE_EPOCH RESULT_VARIABLE _pb_git ERROR_QUIET
    OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT _pb_git EQUAL 0 OR NOT PLANBRIDGE_RELEASE_EPOCH MATCHES "^[0-9]+$")
    string(TIMESTAMP PLANBRIDGE_RELEASE_EPOCH "%s" UTC)
endif()
set(_pb_saved_epoch "$ENV{SOURCE_DATE_EPOCH}")
set(ENV{SOURCE_DATE_EPOCH} ${PLANBRIDGE_RELEASE_EPOCH}) # string(TIMESTAMP) formats this instant
string(TIMESTAMP PLANBRIDGE_RELEASE_DATE "%Y-%m-%d" UTC)
string(TIMESTAMP PLANBRIDGE_RELEASE_RFC2822 "%a, %d %b %Y %H:%M:%S +0000" UTC)
set(ENV{SOURCE_DATE_EPOCH} "${_pb_saved_epoch}")

# Hardening as Debian builds its own packages (dpkg-buildflags with hardening=+all): every
# target of ours links planbridge_flags.
target_compile_options(planbridge_flags INTERFACE -fstack-protector-strong -fstack-clash-protection
    -fcf-protection -Wformat -Werror=format-security)
target_compile_definitions(planbridge_flags INTERFACE _FORTIFY_SOURCE=2)
target_link_options(planbridge_flags INTERFACE -Wl,-z,relro -Wl,-z,now)

set(_pb_programs planbridge planbridge-sync planbridge-sandbox)
# Installed programs find Qt in /usr/lib like any Debian program: no RUNPATH (the $ORIGIN one
# qt_standard_project_setup adds is for bundles, and lintian flags it).
set_target_properties(${_pb_programs} PROPERTIES INSTALL_RPATH "")

# Icons: every hicolor size from the one SVG, plus the SVG itself as the scalable icon.
set(_pb_svg ${PROJECT_SOURCE_DIR}/resources/planbridge.svg)
set(_pb_generated)
foreach(size 16 22 24 32 48 64 128 256 512)
    set(png ${_pb_out}/icons/${size}x${size}/planbridge.png)
    add_custom_command(OUTPUT ${png}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${_pb_out}/icons/${size}x${size}
        COMMAND ${RSVG_CONVERT} --width=${size} --height=${size} --output=${png} ${_pb_svg}
        DEPENDS ${_pb_svg}
        COMMENT "Rendering the ${size}x${size} icon" VERBATIM)
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    list(APPEND _pb_generated ${png})
endforeach()
install(FILES ${_pb_svg} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# Man pages from --help, so they cannot drift from what the programs say.
set(_pb_summary_planbridge "forecast-to-ERP operations console")
set(_pb_summary_planbridge-sync "validate, release and trace demand forecasts into the ERP, headless")
set(_pb_summary_planbridge-sandbox "simulated SAP S/4HANA and IBP services on loopback")
foreach(program ${_pb_programs})
    set(page ${_pb_out}/man/${program}.1.gz)
    add_custom_command(OUTPUT ${page}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${_pb_out}/man
        COMMAND ${CMAKE_COMMAND} -DHELP2MAN=${HELP2MAN} -DPROGRAM=$<TARGET_FILE:${program}>
                "-DNAME=${_pb_summary_${program}}" -DVERSION=${PROJECT_VERSION}
                -DEPOCH=${PLANBRIDGE_RELEASE_EPOCH} -DOUT=${page}
                -P ${PROJECT_SOURCE_DIR}/installer/manpage.cmake
        DEPENDS ${program} ${PROJECT_SOURCE_DIR}/installer/manpage.cmake
        COMMENT "Writing the man page of ${program}" VERBATIM)
    install(FILES ${page} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    list(APPEND _pb_generated ${page})
endforeach()

# Desktop file, AppStream metainfo (version and date from here), Debian copyright and changelog.
configure_file(${PROJECT_SOURCE_DIR}/resources/${PLANBRIDGE_APP_ID}.metainfo.xml.in
    ${_pb_out}/${PLANBRIDGE_APP_ID}.metainfo.xml @ONLY)
configure_file(${PROJECT_SOURCE_DIR}/installer/changelog.in ${_pb_out}/changelog @ONLY)
add_custom_command(OUTPUT ${_pb_out}/changelog.gz
    COMMAND ${GZIP} -9nkf ${_pb_out}/changelog
    DEPENDS ${_pb_out}/changelog VERBATIM)
list(APPEND _pb_generated ${_pb_out}/changelog.gz)
install(FILES ${PROJECT_SOURCE_DIR}/resources/${PLANBRIDGE_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${_pb_out}/${PLANBRIDGE_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
# A version without a Debian revision makes this a native package: its changelog is changelog.gz.
install(FILES ${PROJECT_SOURCE_DIR}/installer/copyright ${_pb_out}/changelog.gz DESTINATION ${_pb_docdir})

# Everything the packages hold; cpack only installs, so build this first (installer/package.sh).
add_custom_target(planbridge_package_files ALL DEPENDS ${_pb_generated})
add_dependencies(planbridge_package_files ${_pb_programs})
# cpack would otherwise build every test and benchmark before packaging.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(CPACK_PACKAGE_NAME planbridge)
set(CPACK_PACKAGE_VENDOR PlanBridge)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${PLANBRIDGE_MAINTAINER})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "forecast-to-ERP operations console for manufacturers")
# Lines under 80 characters: dpkg shows them as they are.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "PlanBridge validates approved demand-planning forecast versions against master"
    "data, transforms them into planned independent requirements and releases them"
    "to the ERP through a durable outbox, with four-eyes approval and a hash-chained"
    "audit trail; then it brings MRP feedback back to the planners."
    ""
    "This package holds the Qt console (planbridge), the headless command line"
    "(planbridge-sync) and a simulated ERP and planning system (planbridge-sandbox).")
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/packages)
set(CPACK_PACKAGE_FILE_NAME planbridge-${PROJECT_VERSION}-linux-x86_64)
set(CPACK_GENERATOR DEB TGZ)
set(CPACK_STRIP_FILES ON)
set(CPACK_THREADS 0)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # planbridge_<version>_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What dpkg-shlibdeps cannot see: Qt loads its platform plugins (xcb, offscreen) with dlopen(),
# and without any font every label is drawn as boxes, with no warning.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The .deb installs under /usr (CPack's default for DEB); the tarball stays relocatable, with
# bin/ and share/ at its top.
include(CPack)
