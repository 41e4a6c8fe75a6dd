target_sources(medtime_lib PRIVATE
  batch/batch.cpp
  batch/batch_render.cpp
  batch/batch_row.cpp
  batch/cohort_html.cpp
  batch/cohort_xlsx.cpp
  batch/column_map.cpp
  batch/csv_import.cpp
  batch/csv_reader.cpp
  batch/summary.cpp
  batch/summary_render.cpp)
