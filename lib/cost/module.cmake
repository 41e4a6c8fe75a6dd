# The cost-benefit sheet for delegating tasks (doc/method.md#cost-benefit-sheet):
# the plan model, its loader, parameter sets, the computation, derivation
# from answers, and its renderers (text, Markdown, CSV, JSON, xlsx, plan YAML).
target_sources(medtime_lib PRIVATE
  cost/plan.cpp
  cost/plan_loader.cpp
  cost/parameters.cpp
  cost/inputs.cpp
  cost/cost.cpp
  cost/compare.cpp
  cost/derive.cpp
  cost/cost_files.cpp
  cost/cost_words.cpp
  cost/cost_staff_lines.cpp
  cost/cost_sentences.cpp
  cost/cost_text.cpp
  cost/cost_md.cpp
  cost/cost_csv.cpp
  cost/cost_json.cpp
  cost/cost_html.cpp
  cost/cost_xlsx.cpp
  cost/cost_plan_yaml.cpp)
