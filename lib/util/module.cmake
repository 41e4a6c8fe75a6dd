target_sources(medtime_lib PRIVATE
  util/diagnostics.cpp
  util/files.cpp
  util/i18n.cpp
  util/messages.cpp
  util/output_file.cpp
  util/sha256.cpp
  util/spell.cpp
  util/temp_file.cpp
  util/terminal.cpp
  util/utf8.cpp)
