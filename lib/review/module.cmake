# The periodic review: objectives (model and loader), the review computation,
# and its renderers (text, Markdown, JSON, HTML with SVG charts).
target_sources(medtime_lib PRIVATE
  review/dates.cpp
  review/objectives.cpp
  review/projection.cpp
  review/review.cpp
  review/review_load.cpp
  review/review_words.cpp
  review/review_chart.cpp
  review/review_text.cpp
  review/review_md.cpp
  review/review_json.cpp
  review/review_html.cpp)
