// The team in Markdown: the items to settle as small tables (one row per
// member and the consensus), then the close and unanimous answers as lists.
#include "render/markdown.h"
#include "team/team_render.h"
#include "team/team_words.h"
#include "util/terminal.h"

#include <fmt/format.h>

namespace medtime {

namespace {

using namespace team_words;

std::string label(const Team& team, const TeamItem& item, Lang lang) {
  return team.questionnaire(item).short_name(lang) + " — " + item_label(team, item, lang);
}

std::string cell(const std::string& text) {
  return markdown_line(text);
}

void settle_item(std::string& out, const Team& team, const TeamItem& item, Lang lang) {
  const Question& q = team.question(item);
  out += fmt::format("### {}\n\n*{}*\n\n| {} | {} |\n|---|---|\n", markdown_line(label(team, item, lang)),
                     markdown_line(finding(item, lang)), tr(lang, "Membre", "Member"),
                     tr(lang, "Réponse", "Answer"));
  for (size_t m = 0; m < team.members.size(); ++m) {
    out += fmt::format("| {} | {} |\n", cell(team.members[m].name),
                       cell(value_label(q, item.row, item.values[m], lang)));
  }
  std::string kept = item.consensus.state == AnswerState::missing
                       ? std::string(tr(lang, "(pas de réponse commune)", "(no common answer)"))
                       : value_label(q, item.row, item.consensus, lang);
  out += fmt::format("| **{}** | **{}** |\n\n", tr(lang, "consensus", "consensus"), cell(kept));
}

void close_item(std::string& out, const Team& team, const TeamItem& item, Lang lang) {
  const Question& q = team.question(item);
  std::string answers;
  for (size_t m = 0; m < team.members.size(); ++m) {
    answers += (answers.empty() ? "" : tr(lang, " ; ", "; ")) + team.members[m].name + " " +
               value_label(q, item.row, item.values[m], lang);
  }
  out += fmt::format("- {}{}**{}** ({})\n", markdown_line(label(team, item, lang)),
                     " → ",
                     markdown_line(value_label(q, item.row, item.consensus, lang)),
                     markdown_line(answers));
}

} // namespace

std::string render_team_md(const Team& team, Lang lang, const std::string& consensus_file) {
  std::string names;
  for (const auto& m : team.members) {
    names += (names.empty() ? "" : ", ") + m.name;
  }
  std::string out = fmt::format("# {}\n\n",
                                markdown_line(fmt::format(fmt::runtime(tr(lang, "Équipe — {} membres : {}",
                                                                          "Team — {} members: {}")),
                                                          team.members.size(), names)));
  for (const auto& m : team.members) {
    out += fmt::format("- {}{}{}{}\n", markdown_line(m.name), tr(lang, " : ", ": "),
                       markdown_line(m.assessment.source),
                       m.assessment.date.empty() ? "" : ", " + m.assessment.date);
  }
  out += "\n" + markdown_line(summary(team, lang)) + "\n";
  if (!consensus_file.empty()) {
    out += fmt::format("\n{} {}\n", tr(lang, "Consensus écrit dans", "Consensus written to"),
                       markdown_line(consensus_file));
  }
  if (auto levers = answered_levers(team); !levers.empty()) {
    out += fmt::format("\n## {}\n\n| {} |", tr(lang, "Maturité par levier (sur 100)", "Maturity per lever (out of 100)"),
                       tr(lang, "Levier", "Lever"));
    std::string rule = "\n|---|";
    for (const auto& m : team.members) {
      out += " " + cell(m.name) + " |";
      rule += "---:|";
    }
    out += fmt::format(" {} |{}---:|\n", tr(lang, "consensus", "consensus"), rule);
    for (size_t i : levers) {
      out += "| " + cell(team.set->items()[i].short_name(lang)) + " |";
      for (const auto& scores : team.member_scores) {
        out += " " + maturity_text(scores.levers[i], lang) + " |";
      }
      out += " **" + maturity_text(team.consensus_scores.levers[i], lang) + "** |\n";
    }
  }
  auto agenda = team.agenda();
  const char* titles[3] = { tr(lang, "À trancher en réunion", "To settle in the meeting"),
                            tr(lang, "Réponses proches ou propres à chacun", "Close answers, or each member's own"),
                            tr(lang, "Réponses unanimes", "Unanimous answers") };
  for (int g = 0; g < 3; ++g) {
    std::string part;
    for (const TeamItem* item : agenda) {
      if (agenda_group(*item) != g) {
        continue;
      }
      if (g == 0) {
        settle_item(part, team, *item, lang);
      } else if (g == 1) {
        close_item(part, team, *item, lang);
      } else {
        const Question& q = team.question(*item);
        part += fmt::format("- {}{}{}\n", markdown_line(label(team, *item, lang)), " → ",
                            markdown_line(value_label(q, item->row, item->consensus, lang)));
      }
    }
    if (!part.empty()) {
      out += fmt::format("\n## {}\n\n{}", titles[g], part);
    }
  }
  return visible_controls(out);
}

} // namespace medtime
