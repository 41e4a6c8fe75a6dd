// The HTML report: one self-contained page (inline CSS and SVG, no script,
// no external resource), readable on screen and printed on A4.
#include <fmt/format.h>

#include "report/report_render.h"
#include "report/report_svg.h"
#include "report/report_words.h"

namespace medtime {

namespace {

// `text` escaped, with the space French puts before : ; ? ! » and after «
// made unbreakable so that a line never starts with the punctuation.
std::string esc(std::string_view text) {
  std::string escaped = html_escape(text);
  std::string out;
  out.reserve(escaped.size());
  for (size_t i = 0; i < escaped.size(); ++i) {
    std::string_view rest(escaped.data() + i, escaped.size() - i);
    bool before = rest.size() > 1 && rest[0] == ' ' &&
                  (rest[1] == ':' || rest[1] == ';' || rest[1] == '?' || rest[1] == '!' ||
                   rest.substr(1, 2) == "»");
    if (before || (rest.substr(0, 3) == "« ")) {
      bool opening = rest[0] != ' ';
      out += opening ? "«&#160;" : "&#160;";
      i += opening ? 2 : 0;
      continue;
    }
    out += escaped[i];
  }
  return out;
}

constexpr const char* k_css = R"css(
.who { color: var(--muted); margin: 0; }
.intro { font-size: 1.1rem; margin: 1.5rem 0 1rem; }
.charts { display: flex; flex-wrap: wrap; gap: 1.5rem; margin: 1.5rem 0; }
figure { flex: 1 1 24rem; margin: 0; padding: 1rem; background: var(--soft); border-radius: 8px; }
figcaption { font-weight: 600; margin-bottom: .5rem; }
svg { width: 100%; height: auto; display: block; font-family: inherit; }
svg .ring { fill: none; stroke: #c5ccd6; stroke-width: 1; }
svg .axis { stroke: #aab4c0; stroke-width: 1; }
svg .axis.missing { stroke-dasharray: 4 4; }
svg .shape { fill: rgba(47, 109, 181, .22); stroke: var(--accent); stroke-width: 2; }
svg .dot { fill: var(--accent); }
svg .tick { font-size: 11px; fill: var(--muted); }
svg .axis-label { font-size: 14px; fill: var(--ink); }
svg .value { font-weight: 700; }
svg .bar-label { font-size: 14px; fill: var(--ink); }
svg .in-bar { font-size: 12px; fill: #fff; font-weight: 600; }
svg .total { font-size: 14px; font-weight: 700; fill: var(--ink); }
svg .none, svg .legend { font-size: 13px; fill: var(--muted); }
.lever { border-top: 1px solid var(--line); padding: 1.2rem 0 .6rem; }
.rank { display: inline-block; min-width: 2rem; height: 2rem; line-height: 2rem;
  margin-right: .5rem; border-radius: 1rem; background: var(--accent); color: #fff;
  text-align: center; font-size: 1rem; }
.rank.none { background: #aab4c0; }
.summary { margin: .2rem 0; font-weight: 600; }
.why { margin: .2rem 0; }
.term { white-space: nowrap; font-weight: 700; }
.swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px;
  margin-right: .25em; }
.unranked { color: #8a5a00; margin: .2rem 0; }
.unranked code { color: #222; background: #f3f1ec; padding: 0 .25rem; border-radius: 3px; white-space: nowrap; }
ol.actions { margin: 0; padding-left: 1.4rem; }
ol.actions li { margin: 0 0 .7rem; break-inside: avoid; }
.meta { color: var(--muted); font-size: .92rem; white-space: nowrap; }
ol.actions p { margin: .15rem 0 0; }
ul.actions { margin: 0; padding-left: 1.4rem; }
ul.actions li { margin: 0 0 .7rem; break-inside: avoid; }
ul.actions p { margin: .15rem 0 0; }
tr.prerequisite td { color: #8a5a00; border-top: none; padding-top: 0; }
.supports { border-top: 1px solid var(--line); padding-top: 1.2rem; }
.plan { border-top: 2px solid var(--accent); margin-top: 1rem; padding-top: 1.2rem;
  break-inside: avoid; }
.totals p { margin: .3rem 0; font-weight: 600; }
.budget-section { border-top: 1px solid var(--line); padding-top: 1.2rem; break-inside: avoid; }
svg .hours { fill: #c9d6e6; }
svg .stake { fill: var(--accent); }
.caution { border-left: 4px solid #d9822b; padding: .4rem .8rem; background: #fbf4ec; }
.next-review { font-weight: 700; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  figure { flex: 1 1 0; padding: .5rem; }
  .charts { gap: .8rem; break-inside: avoid; }
  h2, h3, .summary { break-after: avoid; }
  .why, .unranked { break-inside: avoid; }
  tr { break-inside: avoid; }
}
)css";

std::string swatch(const char* colour) {
  return fmt::format("<span class=\"swatch\" style=\"background:{}\"></span>", colour);
}

// The why sentence of report_words.h with each term coloured as in the bars.
std::string why_html(const ReportLever& lever, const Profile& profile, Lang lang) {
  const PriorityTerms& t = *lever.terms;
  auto term = [&](const char* colour, double points, const std::string& phrase) {
    return "<span class=\"term\">" + swatch(colour) + esc(figure(points, lang)) + "</span> (" +
           esc(phrase) + ")";
  };
  return fmt::format(
      "<p class=\"why\"><strong>{}</strong> {} + {} + {} = <strong>{}</strong></p>\n",
      esc(why_label(lang)), term(k_maturity_colour, t.maturity, maturity_phrase(lever, lang)),
      term(k_readiness_colour, t.readiness, readiness_phrase(lever, profile, lang)),
      term(k_hours_colour, t.hours, hours_phrase(lever, profile, lang)),
      esc(figure(t.priority, lang)));
}

void add_lever(std::string& out, const Report& report, const ReportLever& lever, Lang lang) {
  const Profile& profile = report.profile;
  out += "<section class=\"lever\">\n";
  std::string rank = lever.rank ? fmt::format("<span class=\"rank\">{}</span>", *lever.rank)
                                : "<span class=\"rank none\">–</span>";
  out += fmt::format("<h2>{}{}</h2>\n", rank, esc(lever.questionnaire().title.get(lang)));
  out += fmt::format("<p class=\"summary\">{}</p>\n", esc(lever_summary(lever, lang)));
  if (lever.terms) {
    out += why_html(lever, profile, lang);
  } else {
    std::string command = fmt::format("{}", fmt::join(completion_command(report, lever), " "));
    out += fmt::format("<p class=\"unranked\">{}{}</p>\n", esc(unranked_text(lever, lang)),
                       command.empty() ? "" : " <code>" + esc(command) + "</code>");
  }
  if (!lever.actions.empty()) {
    out += fmt::format("<h3>{}</h3>\n<ol class=\"actions\">\n", esc(actions_label(lang)));
    for (const ReportAction& shown : lever.actions) {
      const Action* action = shown.action;
      out += fmt::format("<li><strong>{}</strong> <span class=\"meta\">— {}</span>",
                         esc(action->title.get(lang)), esc(action_meta(shown, lang)));
      const std::string& text = action->text.get(lang);
      out += text.empty() ? "</li>\n" : fmt::format("<p>{}</p></li>\n", esc(text));
    }
    out += "</ol>\n";
  }
  out += "</section>\n";
}

// The gain of a plan item, and what it adds to the actions above when less.
std::string plan_gain_cell(const PlanItem& item, Lang lang) {
  std::string text = gain_range(item.gain.low, item.gain.high, lang);
  if (item.marginal.low != item.gain.low || item.marginal.high != item.gain.high) {
    text += fmt::format(fmt::runtime(tr(lang, " (+{} au plan)", " (+{} to the plan)")),
                        gain_range(item.marginal.low, item.marginal.high, lang));
  }
  return text;
}

void add_budget(std::string& out, const Report& report, Lang lang) {
  if (!report.budget_answered) {
    return;
  }
  out += fmt::format("<section class=\"budget-section\">\n<h2>{}</h2>\n<p>{}</p>\n{}"
                     "<p class=\"totals\">{}</p>\n</section>\n",
                     esc(budget_title(lang)), esc(budget_intro(lang)), budget_bars_svg(report, lang),
                     esc(total_text(report, lang)));
}

void add_supports(std::string& out, const Report& report, Lang lang) {
  if (report.supports.empty()) {
    return;
  }
  out += fmt::format("<section class=\"supports\">\n<h2>{}</h2>\n<p>{}</p>\n",
                     esc(supports_title(lang)), esc(supports_intro(lang)));
  for (const ReportSupport& support : report.supports) {
    out += fmt::format("<h3>{}</h3>\n<p class=\"summary\">{}</p>\n",
                       esc(support.questionnaire().title.get(lang)),
                       esc(support_summary(support, lang)));
    if (support.actions.empty()) {
      continue;
    }
    out += "<ul class=\"actions\">\n";
    for (const Action* action : support.actions) {
      out += fmt::format("<li><strong>{}</strong> <span class=\"meta\">— {}</span>",
                         esc(action->title.get(lang)), esc(support_action_meta(*action, lang)));
      const std::string& text = action->text.get(lang);
      out += text.empty() ? "</li>\n" : fmt::format("<p>{}</p></li>\n", esc(text));
    }
    out += "</ul>\n";
  }
  out += "</section>\n";
}

void add_plan(std::string& out, const Report& report, Lang lang) {
  out += fmt::format("<section class=\"plan\">\n<h2>{}</h2>\n", esc(plan_title(report, lang)));
  if (!report.plan.empty()) {
    out +=
        fmt::format("<table>\n<thead><tr><th class=\"num\">#</th><th>{}</th><th>{}</th><th>{}</th>"
                    "<th class=\"num\">{}</th></tr></thead>\n<tbody>\n",
                    tr(lang, "Action", "Action"), tr(lang, "Pourquoi", "Why"),
                    tr(lang, "Effort", "Effort"), tr(lang, "Gain attendu", "Expected gain"));
    for (size_t i = 0; i < report.plan.size(); ++i) {
      const PlanItem& item = report.plan[i];
      out += fmt::format(
          "<tr><td class=\"num\">{}</td><td><strong>{}</strong></td><td>{}</td><td>{}</td>"
          "<td class=\"num\">{}</td></tr>\n",
          i + 1, esc(item.action->title.get(lang)), esc(plan_reason(report, item, lang)),
          esc(effort_word(item.action->effort, lang)), esc(plan_gain_cell(item, lang)));
      for (const Prerequisite& p : item.prerequisites) {
        out += fmt::format("<tr class=\"prerequisite\"><td></td><td colspan=\"4\">→ {}</td></tr>\n",
                           esc(prerequisite_text(p, lang)));
      }
    }
    out += "</tbody>\n</table>\n";
  }
  out += fmt::format("<div class=\"totals\"><p>{}</p><p>{}</p></div>\n</section>\n",
                     esc(plan_gain_text(report, lang)), esc(total_text(report, lang)));
}

} // namespace

std::string render_report_html(const Report& report, Lang lang) {
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>{} — {}</title>\n<style>{}</style>\n</head>\n<body>\n<main>\n<header>\n<h1>{}</h1>\n",
      lang_code(lang), esc(report_title(lang)), esc(respondent_name(report)),
      std::string(html_page_css()) + k_css,
      esc(report_title(lang)));
  out += fmt::format("<p class=\"who\"><strong>{}</strong> {}",
                     esc(tr(lang, "Répondant :", "Respondent:")), esc(respondent_name(report)));
  if (!report.date.empty()) {
    out += fmt::format(" · <strong>{}</strong> {}", esc(tr(lang, "Date :", "Date:")),
                       esc(report.date));
  }
  std::string details = respondent_details(report);
  out += details.empty() ? "</p>\n" : "<br>" + esc(details) + "</p>\n";
  out += "</header>\n";
  add_plan(out, report, lang);
  out += fmt::format("<p class=\"intro\">{}</p>\n", esc(levers_intro(report, lang)));
  out += fmt::format("<div class=\"charts\">\n<figure>\n<figcaption>{}</figcaption>\n{}</figure>\n",
                     tr(lang, "Maturité par levier, sur 100", "Maturity per lever, out of 100"),
                     radar_svg(report, lang));
  out += fmt::format("<figure>\n<figcaption>{}</figcaption>\n{}</figure>\n</div>\n",
                     tr(lang, "Priorité par levier, sur 100, et ses trois parts",
                        "Priority per lever, out of 100, and its three parts"),
                     priority_bars_svg(report, lang));
  for (const ReportLever& lever : report.levers) {
    add_lever(out, report, lever, lang);
  }
  add_supports(out, report, lang);
  add_budget(out, report, lang);
  out += fmt::format("<footer>\n<p>{}</p>\n<p class=\"caution\">{}</p>\n"
                     "<p class=\"next-review\">{}</p>\n<p>{} · {}</p>\n</footer>\n</main>\n"
                     "</body>\n</html>\n",
                     esc(how_to_read(report.profile, lang)), esc(caution_text(lang)),
                     esc(next_review_text(report, lang)), esc(profile_line(report.profile, lang)),
                     tr(lang, "produit par medtime", "made by medtime"));
  return out;
}

} // namespace medtime
