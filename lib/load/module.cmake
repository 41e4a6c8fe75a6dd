target_sources(medtime_lib PRIVATE
  load/answers_loader.cpp
  load/answers_upgrade.cpp
  load/answers_writer.cpp
  load/data_dir.cpp
  load/file_kind.cpp
  load/input_walker.cpp
  load/questionnaire_checks.cpp
  load/questionnaire_loader.cpp)
