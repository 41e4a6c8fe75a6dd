// Renderers of `medtime team` (doc/method.md#team-mode): the members side by
// side and what the meeting has to settle, as text for a terminal, Markdown,
// JSON "medtime.team/1" and one self-contained HTML page. They only present
// a computed Team.
#pragma once

#include "render/style.h"
#include "team/team.h"
#include "util/i18n.h"

#include <nlohmann/json.hpp>
#include <string>

namespace medtime {

// The "medtime.team/1" document (schemas/medtime.team-1.schema.json): ids
// and numbers, plus the items' labels in `lang`. `consensus_file` is where
// -o wrote the consensus, or empty.
nlohmann::ordered_json team_json(const Team& team, Lang lang, const std::string& consensus_file);

// The team for a terminal, `width` columns: who, the counts, the items to
// settle with each member's answer, the close answers, the unanimous ones.
std::string render_team_text(const Team& team, Lang lang, const Style& style, size_t width,
                             const std::string& consensus_file);

// The same in Markdown.
std::string render_team_md(const Team& team, Lang lang, const std::string& consensus_file);

// One printable HTML page: the members side by side in one table per group,
// no network, every user text escaped.
std::string render_team_html(const Team& team, Lang lang, const std::string& consensus_file);

} // namespace medtime
