target_sources(medtime_lib PRIVATE
  scoring/priority.cpp
  scoring/score.cpp)
