# Project-wide compile settings, applied per target (no global flags).

include(CheckLinkerFlag)
# lld links the many programs (each test links the static core) several times faster than the default linker.
check_linker_flag(CXX "-fuse-ld=lld" TA_HAVE_LLD)

function(ta_set_compile_options target)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast)
    if(TA_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_NO_KEYWORDS)
    if(TA_HAVE_LLD)
        target_link_options(${target} PRIVATE -fuse-ld=lld)
    endif()
    if(TA_FUZZ)
        # Coverage for libFuzzer and the sanitizers on everything the fuzz targets link.
        target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    elseif(TA_SANITIZE)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
endfunction()

# QtTest suites by layer. Every suite runs headless (offscreen, on one 1280×800 screen: the tablet the
# windows are sized for, so that a touch anywhere on them lands), in Vietnam's time zone and a UTF-8 locale;
# QSKIP shows in ctest as skipped, never as passed.

function(ta_add_test name)
    cmake_parse_arguments(ARG "GUI" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES} ${PROJECT_SOURCE_DIR}/tests/common/leakcheck.cpp)
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        TA_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        TA_BINARY_DIR="${PROJECT_BINARY_DIR}")
    ta_set_compile_options(${name})
    if(TA_FUZZ)
        # The sanitized build compiles a suite's own code unoptimized, the code under test keeping -O2
        # (tst_mainwindow, compiled alone: 38 s at -O2, 12 s at -O0; its run takes as long).
        target_compile_options(${name} PRIVATE -O0)
    endif()
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen:configfile=${PROJECT_SOURCE_DIR}/tests/ui/tablet-screen.json;LANG=C.UTF-8;LC_ALL=C.UTF-8;TZ=Asia/Ho_Chi_Minh"
        SKIP_REGULAR_EXPRESSION "SKIP   : ")
    if(TA_FUZZ OR TA_SANITIZE)
        set_tests_properties(${name} PROPERTIES TIMEOUT 1200) # the sanitizers slow a suite down 2-5 times
    else()
        set_tests_properties(${name} PROPERTIES TIMEOUT 300)
    endif()
endfunction()
