target_sources(medtime_lib PRIVATE
  render/answers_writer.cpp
  render/html.cpp
  render/number.cpp
  render/questionnaire_render.cpp
  render/score_render.cpp
  render/table.cpp
  render/wrap.cpp
  render/style.cpp)
