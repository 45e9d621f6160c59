# The console_twin test (Windows only: it runs the real acr-purchase.com, which starts the real
# acr-purchase.exe). As a script would: the exit code comes back, the output reaches a pipe and a
# file, and arguments with spaces, quotes, backslashes and Chinese arrive unchanged.
#   cmake -DPROGRAM=acr-purchase.com -DVERSION=x.y.z -DWORK=folder -P console-twin.cmake
cmake_minimum_required(VERSION 3.25)
foreach(variable PROGRAM VERSION WORK)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "console-twin.cmake needs -D${variable}=...")
    endif()
endforeach()
set(failures 0)
# check(NAME EXPECTED_CODE ARGUMENTS...): runs PROGRAM with ARGUMENTS and leaves its output in `out`
# and `err`.
function(check name expected)
    execute_process(COMMAND "${PROGRAM}" ${ARGN} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err
                    ENCODING UTF-8)
    if(code STREQUAL "${expected}")
        message(STATUS "PASS: ${name}: exit code ${code}")
    else()
        message(SEND_ERROR "FAIL: ${name}: exit code ${code}, expected ${expected}\nstdout: ${out}\nstderr: ${err}")
        math(EXPR failures "${failures} + 1")
    endif()
    set(out "${out}" PARENT_SCOPE)
    set(err "${err}" PARENT_SCOPE)
    set(failures ${failures} PARENT_SCOPE)
endfunction()
# expect(NAME TEXT HAYSTACK): TEXT is part of HAYSTACK.
function(expect name text haystack)
    string(FIND "${haystack}" "${text}" at)
    if(at EQUAL -1)
        message(SEND_ERROR "FAIL: ${name}: no “${text}” in:\n${haystack}")
        math(EXPR failures "${failures} + 1")
        set(failures ${failures} PARENT_SCOPE)
    endif()
endfunction()

check("--version into a pipe" 0 --version)
expect("--version into a pipe" "acr-purchase ${VERSION}" "${out}")

file(MAKE_DIRECTORY "${WORK}")
file(REMOVE "${WORK}/version.txt")
execute_process(COMMAND "${PROGRAM}" --version RESULT_VARIABLE code OUTPUT_FILE "${WORK}/version.txt")
file(READ "${WORK}/version.txt" written)
expect("--version into a file (exit code ${code})" "acr-purchase ${VERSION}" "${written}")

# A usage error names the word it did not know: the word as given, spaces, quotes and a final
# backslash included (the classic quoting bug loses or doubles them).
set(word [[--no such "option\]])
check("unknown option with quotes and backslashes" 5 "${word}")
expect("unknown option with quotes and backslashes" "${word}" "${err}")
set(word "--订单 \"x y\" \\\\\"")
check("unknown option in Chinese" 5 "${word}")
expect("unknown option in Chinese" "${word}" "${err}")

# An invalid order exits with 2 (not 5, which a file not found gives): the path with a space and
# Chinese reached the program whole.
set(order "${WORK}/订单 folder/bad order.json")
file(WRITE "${order}" [[{"format":"acr-purchase/order","version":1,"order":{"site":"cn","edition":"Nope",
"instanceName":"","region":"cn-beijing","periodMonths":1}}]])
check("submit of an invalid order at a path with spaces and Chinese" 2 submit "${order}" --dry-run)
check("submit of a missing order" 5 submit "${WORK}/订单 folder/missing.json" --dry-run)

if(failures GREATER 0)
    message(FATAL_ERROR "${failures} check(s) failed")
endif()
