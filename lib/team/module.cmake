# Team mode: the members of one practice side by side, their consensus (an
# answers file), and the team report's renderers (text, Markdown, JSON, HTML).
target_sources(medtime_lib PRIVATE
  team/team.cpp
  team/team_load.cpp
  team/team_consensus.cpp
  team/team_words.cpp
  team/team_text.cpp
  team/team_md.cpp
  team/team_json.cpp
  team/team_html.cpp)
