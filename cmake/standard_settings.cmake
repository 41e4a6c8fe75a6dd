# Warnings and sanitizers as INTERFACE targets, linked PRIVATE into our own
# targets only (ccache's standard_warnings), so third-party code is untouched.
add_library(medtime_warnings INTERFACE)
target_compile_options(medtime_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
  -Woverloaded-virtual -Wimplicit-fallthrough)
if(MEDTIME_WERROR)
  target_compile_options(medtime_warnings INTERFACE -Werror)
endif()

add_library(medtime_sanitizers INTERFACE)
if(MEDTIME_ASAN)
  target_compile_options(medtime_sanitizers INTERFACE -fsanitize=address -fno-omit-frame-pointer)
  target_link_options(medtime_sanitizers INTERFACE -fsanitize=address)
endif()
if(MEDTIME_FUZZ)
  # Coverage for libFuzzer in every object of ours; the harnesses link -fsanitize=fuzzer.
  target_compile_options(medtime_sanitizers INTERFACE -fsanitize=fuzzer-no-link)
endif()
if(MEDTIME_UBSAN)
  target_compile_options(medtime_sanitizers INTERFACE -fsanitize=undefined -fno-sanitize-recover=undefined)
  target_link_options(medtime_sanitizers INTERFACE -fsanitize=undefined)
endif()
