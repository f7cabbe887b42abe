# Writes a program's man page from its own --help (English), so the page never drifts from the program:
# help2man for the synopsis, options and version, the help of every command in a COMMANDS section, and the
# hand-written sections (exit status, examples, files) from resources/man/NAME.h2m.
#   cmake -DPROGRAM=/path/to/prog -DSTATIC=NAME.h2m -DOUT=NAME.1 -DHELP2MAN=/usr/bin/help2man -P ManPage.cmake
# writes NAME.1.gz.
cmake_minimum_required(VERSION 3.22)

get_filename_component(dir "${PROGRAM}" DIRECTORY)
get_filename_component(name "${PROGRAM}" NAME)
# Run by its bare name, so that the usage lines say "tariff-audit-cli", not the build path.
set(scratch "${OUT}.runtime")
file(MAKE_DIRECTORY "${scratch}")
file(CHMOD "${scratch}" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
set(run ${CMAKE_COMMAND} -E env "PATH=${dir}:$ENV{PATH}" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen
    "XDG_RUNTIME_DIR=${scratch}" "HOME=${scratch}")

execute_process(COMMAND ${run} ${name} --lang en --help OUTPUT_VARIABLE help ERROR_VARIABLE help RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${name} --help failed (${rc})")
endif()

# The commands: a "Commands:" list of the CLI, or the "command" argument of the server.
set(commands)
string(REGEX MATCH "Commands:\n(.*)" list_part "${help}")
if(list_part)
    string(REGEX MATCHALL "\n  [a-z][a-z-]+ " found "\n${CMAKE_MATCH_1}")
    foreach(f IN LISTS found)
        string(STRIP "${f}" f)
        list(APPEND commands "${f}")
    endforeach()
else()
    string(REGEX MATCH "Arguments:\n +command +([^\n]*(\n +[^\n]+)*)" args_part "${help}")
    string(REGEX REPLACE "[\n ]+" " " words "${CMAKE_MATCH_1}")
    string(REPLACE " or " ", " words "${words}")
    string(REPLACE "," ";" words "${words}")
    foreach(w IN LISTS words)
        string(STRIP "${w}" w)
        if(w MATCHES "^[a-z][a-z-]+$")
            list(APPEND commands "${w}")
        endif()
    endforeach()
endif()
list(REMOVE_ITEM commands version)

# The program's description, which a command's help may repeat: said once, in DESCRIPTION.
string(REGEX MATCH "^[^\n]*\n(.*)\n\nOptions:" desc_part "${help}")
set(description "${CMAKE_MATCH_1}")

set(section "")
if(commands)
    set(section "[COMMANDS]\n")
endif()
foreach(command IN LISTS commands)
    execute_process(COMMAND ${run} ${name} --lang en ${command} --help OUTPUT_VARIABLE text ERROR_VARIABLE text
                    RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${name} ${command} --help failed (${rc})")
    endif()
    if(description)
        string(REPLACE "${description}\n" "" text "${text}")
    endif()
    string(REPLACE "\\" "\\e" text "${text}")
    string(REGEX REPLACE "\n([.'])" "\n\\\\&\\1" text "\n${text}")
    string(APPEND section ".SS ${command}\n.nf${text}\n.fi\n")
endforeach()
file(WRITE "${OUT}.commands.h2m" "${section}")

set(includes "--include=${STATIC}")
if(commands)
    list(APPEND includes "--include=${OUT}.commands.h2m")
endif()
execute_process(
    COMMAND ${run} ${HELP2MAN} --no-info --no-discard-stderr "--help-option=--lang en --help"
        "--version-option=--lang en --version" --section=1 ${includes} --output=${OUT} ${name}
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "help2man ${name} failed (${rc})")
endif()
# Installed compressed, as Debian's man pages are (reproducibly: no name or time in the gzip header).
execute_process(COMMAND gzip -9nf "${OUT}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "gzip ${OUT} failed (${rc})")
endif()
