# `medtime check`: every input kind validated through its own loader (above
# the loaders, the cost and review modules it dispatches to).
target_sources(medtime_lib PRIVATE
  check/check.cpp)
