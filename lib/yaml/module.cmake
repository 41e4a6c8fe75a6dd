target_sources(medtime_lib PRIVATE
  yaml/node.cpp
  yaml/yaml_cpp.cpp)
