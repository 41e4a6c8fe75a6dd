// The team for a terminal: the meeting's agenda first (disagreements and
// ties, each member's answer on a line of its own), then the close answers,
// then the unanimous ones, one line each.
#include "render/style.h"
#include "render/wrap.h"
#include "team/team_render.h"
#include "team/team_words.h"
#include "util/terminal.h"

#include <algorithm>
#include <fmt/format.h>

namespace medtime {

namespace {

using namespace team_words;

class TextTeam {
public:
  TextTeam(const Team& team, Lang lang, const Style& style, size_t width)
    : m_team(team)
    , m_lang(lang)
    , m_style(style)
    , m_width(std::max<size_t>(width, 20)) {
    for (const auto& m : team.members) {
      m_name_width = std::max(m_name_width, display_width(m.name));
    }
    m_name_width = std::max(m_name_width, display_width(consensus_word()));
  }

  std::string render(const std::string& consensus_file) {
    header(consensus_file);
    maturity();
    auto agenda = m_team.agenda();
    section(t("À trancher en réunion", "To settle in the meeting"), agenda, 0);
    section(t("Réponses proches ou propres à chacun", "Close answers, or each member's own"), agenda, 1);
    section(t("Réponses unanimes", "Unanimous answers"), agenda, 2);
    return m_out;
  }

private:
  const char* t(const char* fr, const char* en) const { return tr(m_lang, fr, en); }
  const char* consensus_word() const { return t("consensus", "consensus"); }
  const char* colon() const { return t(" : ", ": "); }

  std::string bold_lines(const std::string& text) const {
    return wrap_hanging(text, "", 2, m_width,
                        [&](const std::string& line) { return m_style.bold(line); });
  }

  void header(const std::string& consensus_file) {
    std::string names;
    for (const auto& m : m_team.members) {
      names += (names.empty() ? "" : ", ") + m.name;
    }
    m_out += bold_lines(fmt::format(fmt::runtime(t("Équipe — {} membres : {}",
                                                   "Team — {} members: {}")),
                                    m_team.members.size(), names));
    for (const auto& m : m_team.members) {
      std::string date = m.assessment.date.empty() ? "" : ", " + m.assessment.date;
      m_out += wrap_hanging(m.name + colon() + m.assessment.source + date, "  ", 4,
                            m_width);
    }
    m_out += "\n" + wrap_hanging(summary(m_team, m_lang), "", 0, m_width);
    if (!consensus_file.empty()) {
      m_out += wrap_hanging(fmt::format(fmt::runtime(t("Consensus écrit dans {}",
                                                       "Consensus written to {}")),
                                        consensus_file),
                            "", 2, m_width);
    }
  }

  // Each lever's maturity per member and for the consensus, one lever a
  // paragraph: it fits any width and any number of members.
  void maturity() {
    auto levers = answered_levers(m_team);
    if (levers.empty()) {
      return;
    }
    m_out += "\n" + bold_lines(t("Maturité par levier (sur 100)", "Maturity per lever (out of 100)"));
    for (size_t i : levers) {
      std::string line = m_team.set->items()[i].short_name(m_lang) + colon();
      for (size_t m = 0; m < m_team.members.size(); ++m) {
        // A no-break space keeps each name with its score.
        line += (m == 0 ? "" : " · ") + m_team.members[m].name + "\u00a0" +
                maturity_text(m_team.member_scores[m].levers[i], m_lang);
      }
      line += fmt::format(" → {}\u00a0{}", consensus_word(),
                          maturity_text(m_team.consensus_scores.levers[i], m_lang));
      m_out += wrap_hanging(line, "  ", 4, m_width);
    }
  }

  void section(const char* title, const std::vector<const TeamItem*>& agenda, int wanted) {
    size_t n = static_cast<size_t>(std::count_if(
      agenda.begin(), agenda.end(), [&](const TeamItem* i) { return agenda_group(*i) == wanted; }));
    if (n == 0) {
      return;
    }
    m_out += "\n" + bold_lines(fmt::format("{} ({})", title, n));
    for (const TeamItem* item : agenda) {
      if (agenda_group(*item) != wanted) {
        continue;
      }
      if (wanted == 2) {
        one_line(*item);
      } else if (item->personal) {
        compact(*item);
      } else {
        block(*item);
      }
    }
  }

  std::string label(const TeamItem& item) const {
    return m_team.questionnaire(item).short_name(m_lang) + " — " + item_label(m_team, item, m_lang);
  }

  // `name` padded to the names' column, then `value` wrapped under itself;
  // the value on the next lines when the names take too much of the width.
  void member_line(const std::string& name, const std::string& value) {
    size_t hang = 4 + m_name_width + 1;
    if (hang * 2 > m_width) {
      m_out += wrap_hanging(name, "    ", 6, m_width);
      m_out += wrap_hanging(value, "      ", 6, m_width);
      return;
    }
    std::string padding(m_name_width - display_width(name) + 1, ' ');
    m_out += wrap_hanging(value, "    " + name + padding, hang, m_width);
  }

  void block(const TeamItem& item) {
    const Question& q = m_team.question(item);
    m_out += "\n" + wrap_hanging(label(item), "  ", 4, m_width);
    std::string found = finding(item, m_lang);
    m_out += wrap_hanging(found, "    ", 4, m_width, [&](const std::string& line) {
      return item.agreement == Agreement::disagreement ? m_style.red(line) : m_style.yellow(line);
    });
    for (size_t m = 0; m < m_team.members.size(); ++m) {
      member_line(m_team.members[m].name, value_label(q, item.row, item.values[m], m_lang));
    }
    std::string kept = item.consensus.state == AnswerState::missing
                         ? std::string(t("(pas de réponse commune)", "(no common answer)"))
                         : value_label(q, item.row, item.consensus, m_lang);
    member_line(consensus_word(), kept);
  }

  // A unanimous answer: the question, then the answer after an arrow (a
  // colon after a question mark reads badly).
  void one_line(const TeamItem& item) {
    const Question& q = m_team.question(item);
    m_out += wrap_hanging(label(item) + " → " + value_label(q, item.row, item.consensus, m_lang),
                          "  ", 4, m_width);
  }

  // A question of the time budget, each member's own: the answers on one
  // paragraph, each name kept with its answer by a no-break space.
  void compact(const TeamItem& item) {
    const Question& q = m_team.question(item);
    m_out += "\n" + wrap_hanging(label(item), "  ", 4, m_width);
    std::string line;
    for (size_t m = 0; m < m_team.members.size(); ++m) {
      line += (m == 0 ? "" : " · ") + m_team.members[m].name + "\u00a0" +
              value_label(q, item.row, item.values[m], m_lang);
    }
    // " · ", not an arrow: the wrapper keeps an arrow with both its neighbours.
    line += fmt::format(" · {}\u00a0{}", consensus_word(),
                        value_label(q, item.row, item.consensus, m_lang));
    m_out += wrap_hanging(line, "    ", 6, m_width);
  }

  const Team& m_team;
  Lang m_lang;
  const Style& m_style;
  size_t m_width;
  size_t m_name_width = 0;
  std::string m_out;
};

} // namespace

std::string render_team_text(const Team& team, Lang lang, const Style& style, size_t width,
                             const std::string& consensus_file) {
  return visible_controls(TextTeam(team, lang, style, width).render(consensus_file), style.color());
}

} // namespace medtime
