cmake_policy(VERSION 3.22)

# Runs lupdate, as the update_translations target does, on copies of the .ts files; any difference means
# the committed translations are stale.

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copies "")
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    configure_file("${ts}" "${WORK_DIR}/${name}" COPYONLY)
    list(APPEND copies "${WORK_DIR}/${name}")
endforeach()

execute_process(
    COMMAND "${LUPDATE}" -locations none -no-obsolete -no-ui-lines -I "${SOURCE_DIR}" ${DIRS} -ts ${copies}
    WORKING_DIRECTORY "${SOURCE_DIR}"
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed:\n${output}")
endif()
if(output MATCHES "Qualifying with unknown")
    message(FATAL_ERROR "lupdate could not place some tr() calls in their class context:\n${output}")
endif()

set(stale "")
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    file(READ "${ts}" committed)
    file(READ "${WORK_DIR}/${name}" fresh)
    if(NOT committed STREQUAL fresh)
        list(APPEND stale "${name}")
    endif()
endforeach()
if(stale)
    message(FATAL_ERROR "Stale translations: ${stale}. Run: cmake --build <build> --target update_translations, "
                        "then translate the new Vietnamese strings.")
endif()
message(STATUS "Translations match the sources")
