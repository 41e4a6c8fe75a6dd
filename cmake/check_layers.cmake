# Checks that the folders of lib/ depend on each other one way only, like the
# floors of a house (ARCHITECTURE.md): a file may include headers of its own
# folder and of the floors below it, never of a floor above nor of another
# folder on its own floor. Run by CTest:
#   cmake -DSOURCE_DIR=<repository> -P cmake/check_layers.cmake
# A new folder of lib/ must be given a floor here.

set(floors
  "util"
  "render yaml"
  "model"
  "load"
  "scoring"
  "show report cost review team"
  "ask batch"
  "check export")

set(level 0)
foreach(floor IN LISTS floors)
  string(REPLACE " " ";" folders "${floor}")
  foreach(folder IN LISTS folders)
    set(floor_of_${folder} ${level})
  endforeach()
  math(EXPR level "${level} + 1")
endforeach()

file(GLOB folders RELATIVE "${SOURCE_DIR}/lib" "${SOURCE_DIR}/lib/*")
set(problems "")
foreach(folder IN LISTS folders)
  if(NOT IS_DIRECTORY "${SOURCE_DIR}/lib/${folder}")
    continue()
  endif()
  if(NOT DEFINED floor_of_${folder})
    string(APPEND problems "lib/${folder}/: a folder with no floor in cmake/check_layers.cmake\n")
    continue()
  endif()
  file(GLOB_RECURSE sources "${SOURCE_DIR}/lib/${folder}/*.h" "${SOURCE_DIR}/lib/${folder}/*.cpp")
  foreach(source IN LISTS sources)
    file(STRINGS "${source}" includes REGEX "^#include \"[a-z_]+/")
    foreach(line IN LISTS includes)
      string(REGEX REPLACE "^#include \"([a-z_]+)/.*" "\\1" target "${line}")
      file(RELATIVE_PATH where "${SOURCE_DIR}" "${source}")
      if(target STREQUAL folder)
        continue()
      elseif(NOT DEFINED floor_of_${target})
        string(APPEND problems "${where}: ${line}: no folder lib/${target}/ on any floor\n")
      elseif(NOT floor_of_${target} LESS floor_of_${folder})
        string(APPEND problems
          "${where}: ${line}: lib/${folder}/ (floor ${floor_of_${folder}}) may not include "
          "lib/${target}/ (floor ${floor_of_${target}})\n")
      endif()
    endforeach()
  endforeach()
endforeach()

if(problems)
  message(FATAL_ERROR "Includes against the floors of lib/:\n${problems}")
endif()
message(STATUS "lib/: every include points down the floors")
