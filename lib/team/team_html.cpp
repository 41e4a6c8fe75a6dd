// The team as one printable HTML page, in the manner of a maturity matrix:
// the levers' maturity per member, then one table per part (to settle,
// close, unanimous), a row per item (the question and what the comparison
// found), a column per member, then the consensus.
#include "render/html.h"
#include "team/team_render.h"
#include "team/team_words.h"

#include <fmt/format.h>

namespace medtime {

namespace {

using namespace team_words;

constexpr const char* k_css = R"(
.meta { color: var(--muted); }
table.items { table-layout: fixed; font-size: .94rem; } col.q { width: 32%; }
td.q small { color: var(--muted); display: block; } td { overflow-wrap: break-word; }
.found { display: block; font-weight: 600; color: var(--muted); }
tr.disagreement .found { color: #b42318; }
tr.tie .found { color: #9a5b00; }
td.consensus { font-weight: 600; background: var(--soft); }
section { margin-top: 1.6rem; }
@media print { section { break-inside: auto; } tr { break-inside: avoid; } }
)";

std::string esc(const std::string& text) {
  return html_escape(text);
}

std::string row_html(const Team& team, const TeamItem& item, Lang lang) {
  const Question& q = team.question(item);
  std::string css = item.agreement == Agreement::disagreement ? "disagreement"
                    : item.to_settle()                       ? "tie"
                                                             : "";
  std::string out = fmt::format(
    "<tr class=\"{}\"><td class=\"q\">{}<small>{}</small><span class=\"found\">{}</span></td>",
    css, esc(item_label(team, item, lang)), esc(team.questionnaire(item).short_name(lang)),
    esc(finding(item, lang)));
  for (const auto& v : item.values) {
    out += "<td>" + esc(value_label(q, item.row, v, lang)) + "</td>";
  }
  std::string kept = item.consensus.state == AnswerState::missing
                       ? std::string(tr(lang, "(pas de réponse commune)", "(no common answer)"))
                       : value_label(q, item.row, item.consensus, lang);
  out += "<td class=\"consensus\">" + esc(kept) + "</td></tr>\n";
  return out;
}

} // namespace

std::string render_team_html(const Team& team, Lang lang, const std::string& consensus_file) {
  std::string names;
  for (const auto& m : team.members) {
    names += (names.empty() ? "" : ", ") + m.name;
  }
  std::string title = fmt::format(
    fmt::runtime(tr(lang, "Équipe — {} membres : {}", "Team — {} members: {}")),
    team.members.size(), names);
  std::string out = fmt::format(
    "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    "<title>{}</title>\n<style>{}{}</style>\n</head>\n<body>\n<main>\n<h1>{}</h1>\n<ul class=\"meta\">\n",
    lang_code(lang), esc(title), html_page_css(), k_css, esc(title));
  for (const auto& m : team.members) {
    out += "<li>" + esc(m.name) + tr(lang, " : ", ": ") + esc(m.assessment.source) +
           (m.assessment.date.empty() ? "" : ", " + esc(m.assessment.date)) + "</li>\n";
  }
  out += "</ul>\n<p>" + esc(summary(team, lang)) + "</p>\n";
  if (!consensus_file.empty()) {
    out += "<p class=\"meta\">" + esc(tr(lang, "Consensus écrit dans ", "Consensus written to ")) +
           esc(consensus_file) + "</p>\n";
  }
  std::string header = "<tr><th>" + esc(tr(lang, "Question", "Question")) + "</th>";
  for (const auto& m : team.members) {
    header += "<th>" + esc(m.name) + "</th>";
  }
  header += "<th>" + esc(tr(lang, "Consensus", "Consensus")) + "</th></tr>\n";
  if (auto levers = answered_levers(team); !levers.empty()) {
    std::string table = "<tr><th>" + esc(tr(lang, "Levier", "Lever")) + "</th>";
    for (const auto& m : team.members) {
      table += "<th class=\"num\">" + esc(m.name) + "</th>";
    }
    table += "<th class=\"num\">" + esc(tr(lang, "Consensus", "Consensus")) + "</th></tr>\n";
    for (size_t i : levers) {
      table += "<tr><td>" + esc(team.set->items()[i].short_name(lang)) + "</td>";
      for (const auto& scores : team.member_scores) {
        table += "<td class=\"num\">" + esc(maturity_text(scores.levers[i], lang)) + "</td>";
      }
      table += "<td class=\"num consensus\">" +
               esc(maturity_text(team.consensus_scores.levers[i], lang)) + "</td></tr>\n";
    }
    out += fmt::format("<section>\n<h2>{}</h2>\n<table class=\"maturity\">\n{}</table>\n</section>\n",
                       esc(tr(lang, "Maturité par levier (sur 100)", "Maturity per lever (out of 100)")),
                       table);
  }
  // Fixed columns: the question (and the finding), one per member, the consensus.
  std::string columns = "<colgroup><col class=\"q\">";
  for (size_t m = 0; m <= team.members.size(); ++m) {
    columns += "<col>";
  }
  columns += "</colgroup>\n";
  const char* titles[3] = { tr(lang, "À trancher en réunion", "To settle in the meeting"),
                            tr(lang, "Réponses proches ou propres à chacun", "Close answers, or each member's own"),
                            tr(lang, "Réponses unanimes", "Unanimous answers") };
  auto agenda = team.agenda();
  for (int g = 0; g < 3; ++g) {
    std::string rows;
    size_t n = 0;
    for (const TeamItem* item : agenda) {
      if (agenda_group(*item) == g) {
        rows += row_html(team, *item, lang);
        ++n;
      }
    }
    if (n > 0) {
      out += fmt::format("<section>\n<h2>{} ({})</h2>\n<table class=\"items\">\n{}<thead>{}</thead>\n"
                         "<tbody>\n{}</tbody>\n</table>\n</section>\n",
                         esc(titles[g]), n, columns, header, rows);
    }
  }
  out += "<footer><p>" +
         esc(tr(lang,
                "medtime team : médiane pour les nombres, échelles et niveaux, choix le plus "
                "fréquent sinon ; un désaccord est un écart de plus d'un cran (ou d'une bande "
                "pour un nombre), à trancher en réunion.",
                "medtime team: the median for numbers, scales and levels, the most frequent "
                "choice otherwise; a disagreement is more than one step apart (or across a "
                "band for a number), to settle in the meeting.")) +
         "</p></footer>\n</main>\n</body>\n</html>\n";
  return out;
}

} // namespace medtime
