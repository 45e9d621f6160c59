# The planted_library test (Linux): a program never loads a library from the folder it is started
# in. A copy of PLANT (tests/launch/planted.cpp, which leaves "planted-library-ran" where it runs)
# is put in WORK under the name of every library PROGRAM needs, and PROGRAM --version is run there:
# it must print its version and leave no mark.
#   cmake -DPROGRAM=acr-purchase -DNAME=acr-purchase -DVERSION=x.y.z -DPLANT=planted.so -DWORK=folder -P planted-library.cmake
cmake_minimum_required(VERSION 3.25)
foreach(variable PROGRAM NAME VERSION PLANT WORK)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "planted-library.cmake needs -D${variable}=...")
    endif()
endforeach()

execute_process(COMMAND readelf --dynamic "${PROGRAM}" RESULT_VARIABLE code OUTPUT_VARIABLE dynamic ERROR_VARIABLE err)
if(NOT code EQUAL 0)
    message(FATAL_ERROR "readelf --dynamic ${PROGRAM} failed (${code}): ${err}")
endif()
string(REGEX MATCHALL "Shared library: \\[[^]]+\\]" needed "${dynamic}")
list(TRANSFORM needed REPLACE "Shared library: \\[([^]]+)\\]" "\\1")
list(LENGTH needed count)
if(count LESS 3)
    message(FATAL_ERROR "${PROGRAM} names ${count} libraries it needs; expected Qt's and the C library's:\n${dynamic}")
endif()

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
foreach(library IN LISTS needed)
    file(COPY_FILE "${PLANT}" "${WORK}/${library}")
endforeach()

execute_process(COMMAND "${PROGRAM}" --version WORKING_DIRECTORY "${WORK}"
                RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(failures "")
if(NOT code STREQUAL "0")
    string(APPEND failures "exit code ${code}, expected 0\n")
endif()
if(NOT out MATCHES "^${NAME} ${VERSION}\n$")
    string(APPEND failures "printed \"${out}\", expected \"${NAME} ${VERSION}\"\n")
endif()
if(EXISTS "${WORK}/planted-library-ran")
    string(APPEND failures "a library planted in the folder it started in ran\n")
endif()
if(failures)
    message(FATAL_ERROR "${PROGRAM} started in a folder holding ${count} planted libraries (${needed}):\n"
                        "${failures}stderr: ${err}")
endif()
message(STATUS "PASS: ${NAME} started in a folder holding ${count} planted libraries and loaded none of them")
