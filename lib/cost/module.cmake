# The cost-benefit sheet for delegating tasks (PRODUCT.md §6): the plan model,
# its loader, parameter sets, the computation, derivation from answers; and
# its renderers, which live with the other renderers in render/ (listed here
# so that the cost module is one fragment).
target_sources(medtime_lib PRIVATE
  cost/plan.cpp
  cost/plan_loader.cpp
  cost/parameters.cpp
  cost/inputs.cpp
  cost/cost.cpp
  cost/derive.cpp
  cost/cost_files.cpp
  render/cost_parts.cpp
  render/cost_text.cpp
  render/cost_data.cpp
  render/cost_plan_yaml.cpp)
