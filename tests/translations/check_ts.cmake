# Checks that a translation is complete and up to date: lupdate over the program's sources, run on
# a copy of the checked-in .ts file, must change nothing (no new or vanished source string) and
# leave no unfinished message.
# A PLURAL_ONLY file (English) holds just the strings with %n, for their numerus forms.
#   cmake -DLUPDATE=... -DSOURCE_DIR=... -DTS_FILE=... -DSOURCES_FILE=... -DWORK_DIR=... [-DPLURAL_ONLY=ON] -P check_ts.cmake
file(MAKE_DIRECTORY "${WORK_DIR}")
get_filename_component(ts_name "${TS_FILE}" NAME)
set(copy "${WORK_DIR}/${ts_name}")
configure_file("${TS_FILE}" "${copy}" COPYONLY)
set(extra)
if(PLURAL_ONLY)
    set(extra -pluralonly)
endif()
execute_process(COMMAND "${LUPDATE}" -silent -no-obsolete -locations none ${extra} -I "${SOURCE_DIR}/app" -I "${SOURCE_DIR}"
                        "@${SOURCES_FILE}" -ts "${copy}"
    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${out}${err}")
endif()
file(READ "${TS_FILE}" before)
file(READ "${copy}" after)
string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${after}")
list(LENGTH unfinished unfinished_count)
if(NOT before STREQUAL after)
    message(FATAL_ERROR "${ts_name} is out of date with the sources: run "
        "`cmake --build <build-dir> --target update_translations` and translate what is new.")
endif()
if(unfinished_count GREATER 0)
    message(FATAL_ERROR "${ts_name} has ${unfinished_count} unfinished translation(s).")
endif()
message(STATUS "${ts_name}: complete and up to date")
