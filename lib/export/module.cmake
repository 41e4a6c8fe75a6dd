# `medtime export`: the questionnaires as a LimeSurvey survey or an XLSForm,
# with the column map that batch reads for their responses (so above batch,
# beside check).
target_sources(medtime_lib PRIVATE
  export/export.cpp
  export/limesurvey_survey.cpp
  export/map_writer.cpp
  export/relevance.cpp
  export/survey_codes.cpp
  export/xlsform.cpp)
