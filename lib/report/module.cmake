# The prioritised lever report (doc/method.md#priority, #actions-and-the-plan): the model (report.cpp), its
# shared wording, and one renderer per format.
target_sources(medtime_lib PRIVATE
  report/report.cpp
  report/report_html.cpp
  report/report_json.cpp
  report/report_md.cpp
  report/report_svg.cpp
  report/report_text.cpp
  report/report_words.cpp)
