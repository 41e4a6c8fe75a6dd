# The periodic review: objectives (model and loader), the review computation,
# and its renderers (text, md, json, html), which live in render/ with the
# other renderers but are listed here so that the module is one fragment.
target_sources(medtime_lib PRIVATE
  review/dates.cpp
  review/objectives.cpp
  review/projection.cpp
  review/review.cpp
  review/review_load.cpp)
target_sources(medtime_lib PRIVATE
  render/review_chart.cpp
  render/review_html.cpp
  render/review_json.cpp
  render/review_md.cpp
  render/review_text.cpp
  render/review_words.cpp)
