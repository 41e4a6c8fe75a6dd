# Scoring and priority (doc/method.md#scoring, #priority), and the scores'
# own renderers (`medtime score`: text and JSON).
target_sources(medtime_lib PRIVATE
  scoring/priority.cpp
  scoring/score.cpp
  scoring/score_text.cpp
  scoring/score_json.cpp)
