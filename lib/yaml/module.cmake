target_sources(medtime_lib PRIVATE
  yaml/events.cpp
  yaml/node.cpp
  yaml/stream.cpp
  yaml/yaml_cpp.cpp)
