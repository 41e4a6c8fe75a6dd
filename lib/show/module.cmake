# A questionnaire for people: `medtime show` (text or Markdown) and
# `medtime template` (a blank answers file with each question as comments).
target_sources(medtime_lib PRIVATE
  show/questionnaire_text.cpp
  show/answers_template.cpp)
