# Installing and packaging (Debian packages through CPack):
#   tariff-audit         the app, the CLI, the desktop entry, icons, AppStream metainfo, man page, docs
#   tariff-audit-server  the sync service, its systemd unit, system user, default options, man page, docs
# Tariff books and translations are compiled into the programs (Qt resources): nothing to find at run time.
#   cmake --build build --target package      writes build/tariff-audit_<version>_<arch>.deb and the server's

include(GNUInstallDirs)

set(TA_APP_ID vn.tariff_audit.TariffAudit)
# The date of the release whose version project() carries (CHANGELOG.md, the AppStream release).
set(TA_RELEASE_DATE 2026-12-01)
set(TA_DEBIAN_DATE "Tue, 01 Dec 2026 00:00:00 +0700")

install(TARGETS tariff-audit tariff-audit-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT app)
install(TARGETS tariff-audit-server RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT server)

# Desktop integration.
set(desktop ${PROJECT_SOURCE_DIR}/resources/desktop)
install(FILES ${desktop}/${TA_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT app)
configure_file(${desktop}/${TA_APP_ID}.metainfo.xml ${PROJECT_BINARY_DIR}/${TA_APP_ID}.metainfo.xml @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/${TA_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo
    COMPONENT app)
install(FILES ${desktop}/${TA_APP_ID}.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
    COMPONENT app)
find_program(RSVG_CONVERT rsvg-convert REQUIRED)
set(icon_outputs)
foreach(size 16 22 24 32 48 64 128 256)
    set(png ${PROJECT_BINARY_DIR}/icons/${size}x${size}/${TA_APP_ID}.png)
    add_custom_command(OUTPUT ${png}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/icons/${size}x${size}
        COMMAND ${RSVG_CONVERT} -w ${size} -h ${size} ${desktop}/${TA_APP_ID}.svg -o ${png}
        DEPENDS ${desktop}/${TA_APP_ID}.svg
        COMMENT "Icon ${size}×${size}" VERBATIM)
    list(APPEND icon_outputs ${png})
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps COMPONENT app)
endforeach()
add_custom_target(icons ALL DEPENDS ${icon_outputs})

# Man pages from the programs' own --help.
find_program(HELP2MAN help2man REQUIRED)
set(man_outputs)
foreach(program tariff-audit tariff-audit-cli tariff-audit-server)
    set(page ${PROJECT_BINARY_DIR}/man/${program}.1.gz)
    add_custom_command(OUTPUT ${page}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/man
        COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:${program}>
            -DSTATIC=${PROJECT_SOURCE_DIR}/resources/man/${program}.h2m -DOUT=${PROJECT_BINARY_DIR}/man/${program}.1
            -DHELP2MAN=${HELP2MAN}
            -P ${PROJECT_SOURCE_DIR}/cmake/ManPage.cmake
        DEPENDS ${program} ${PROJECT_SOURCE_DIR}/cmake/ManPage.cmake ${PROJECT_SOURCE_DIR}/resources/man/${program}.h2m
        COMMENT "Man page of ${program}" VERBATIM)
    list(APPEND man_outputs ${page})
endforeach()
add_custom_target(manpages ALL DEPENDS ${man_outputs})
install(FILES ${PROJECT_BINARY_DIR}/man/tariff-audit.1.gz ${PROJECT_BINARY_DIR}/man/tariff-audit-cli.1.gz
    DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT app)
install(FILES ${PROJECT_BINARY_DIR}/man/tariff-audit-server.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1
    COMPONENT server)

# The server's system integration.
set(server_resources ${PROJECT_SOURCE_DIR}/resources/server)
install(FILES ${server_resources}/tariff-audit-server.service DESTINATION /lib/systemd/system COMPONENT server)
install(FILES ${server_resources}/tariff-audit-server.sysusers DESTINATION lib/sysusers.d
    RENAME tariff-audit-server.conf COMPONENT server)
install(FILES ${server_resources}/tariff-audit-server.default DESTINATION /etc/default
    RENAME tariff-audit-server COMPONENT server)

# Documentation, the copyright notice and the Debian changelog each package needs.
foreach(component app server)
    if(component STREQUAL app)
        set(package tariff-audit)
        set(docs README.md CHANGELOG.md docs/import-template.md docs/billing-rules.md docs/answers-file.md
            docs/cmis-export.md docs/tariff-books.md docs/scenario-file.md)
    else()
        set(package tariff-audit-server)
        set(docs CHANGELOG.md docs/server.md docs/sync-protocol.md docs/cmis-export.md)
    endif()
    foreach(doc IN LISTS docs)
        install(FILES ${PROJECT_SOURCE_DIR}/${doc} DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${package}
            COMPONENT ${component})
    endforeach()
    install(FILES ${PROJECT_SOURCE_DIR}/resources/debian/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${package}
        COMPONENT ${component})
    # A native package (no upstream tarball): its Debian changelog is changelog.gz.
    set(changelog ${PROJECT_BINARY_DIR}/debian/${package}/changelog)
    file(WRITE ${changelog}
        "${package} (${PROJECT_VERSION}) stable; urgency=medium\n\n"
        "  * Release ${PROJECT_VERSION}: see /usr/share/doc/${package}/CHANGELOG.md.\n\n"
        " -- Tariff Audit <packages@tariff-audit.vn>  ${TA_DEBIAN_DATE}\n")
    add_custom_command(OUTPUT ${changelog}.gz
        COMMAND gzip -9nkf ${changelog}
        DEPENDS ${changelog} VERBATIM)
    list(APPEND changelog_outputs ${changelog}.gz)
    install(FILES ${changelog}.gz DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${package} COMPONENT ${component})
endforeach()
add_custom_target(debian_changelogs ALL DEPENDS ${changelog_outputs})

# CPack: one Debian package per component, dependencies computed from the shared libraries.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME tariff-audit)
set(CPACK_PACKAGE_VENDOR "Tariff Audit")
set(CPACK_PACKAGE_CONTACT "Tariff Audit <packages@tariff-audit.vn>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL https://tariff-audit.vn/)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL app server)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_APP_PACKAGE_NAME tariff-audit)
set(CPACK_DEBIAN_APP_PACKAGE_SECTION misc)
# Each package's description starts with its own synopsis line: the project-wide summary is left at CPack's
# default so that CPack does not put it in front.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_DEBIAN_APP_DESCRIPTION "price-application audits for Vietnamese electricity customers
The tablet tool of the inspectors who check that electricity customers are
billed at the right price (household count, price ratio of a multi-purpose
meter, single-rate to three-rate meter), with signed inspection records in
Vietnamese that sync to the branch server; and of the branch leaders who
review them, follow campaigns on dashboards and export the corrections for
CMIS.

This package holds the app (tariff-audit) and the command line
(tariff-audit-cli).")
set(CPACK_DEBIAN_SERVER_PACKAGE_NAME tariff-audit-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "adduser, init-system-helpers (>= 1.52)")
set(CPACK_DEBIAN_SERVER_DESCRIPTION "branch sync service of Tariff Audit
Enrolls the inspectors' tablets, receives their signed inspection records and
evidence with a signed receipt for each, passes the branch leaders' decisions
and assignments back, and exports the approved corrections for CMIS. SQLite
by default, PostgreSQL for large branches.")
configure_file(${server_resources}/debian/conffiles.in ${PROJECT_BINARY_DIR}/debian/server/conffiles @ONLY)
foreach(script postinst prerm postrm)
    configure_file(${server_resources}/debian/${script} ${PROJECT_BINARY_DIR}/debian/server/${script} COPYONLY)
endforeach()
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${PROJECT_BINARY_DIR}/debian/server/conffiles ${PROJECT_BINARY_DIR}/debian/server/postinst
    ${PROJECT_BINARY_DIR}/debian/server/prerm ${PROJECT_BINARY_DIR}/debian/server/postrm)
include(CPack)
