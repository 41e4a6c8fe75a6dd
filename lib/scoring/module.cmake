target_sources(medtime_lib PRIVATE
  scoring/score.cpp)
