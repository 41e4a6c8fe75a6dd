target_sources(medtime_lib PRIVATE
  model/answers.cpp
  model/condition.cpp
  model/date.cpp
  model/questionnaire.cpp
  model/time_budget.cpp)
