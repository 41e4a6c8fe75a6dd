target_sources(medtime_lib PRIVATE
  ask/closing.cpp
  ask/duration.cpp
  ask/input.cpp
  ask/interview.cpp
  ask/prompt.cpp
  ask/session.cpp
  ask/wording.cpp)
