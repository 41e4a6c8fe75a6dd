# Presentation tools shared by several commands' renderers: numbers in French
# and English, text tables, word wrap, terminal style, HTML and Markdown escaping. Each
# command's own renderers live beside its computation (report/, cost/...).
target_sources(medtime_lib PRIVATE
  render/csv.cpp
  render/html.cpp
  render/markdown.cpp
  render/number.cpp
  render/table.cpp
  render/terminal.cpp
  render/wrap.cpp
  render/style.cpp)
