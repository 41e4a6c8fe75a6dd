// The Markdown report: the plan as a table, a summary table, a section per
// lever, the time budget as a table, the caution and the next
// self-assessment. Reads well as plain text in an e-mail, renders as a document.
#include <fmt/format.h>

#include "report/report_render.h"
#include "render/markdown.h"
#include "render/wrap.h"
#include "report/report_words.h"

namespace medtime {

namespace {

std::string esc(std::string_view text) {
  return markdown_escape(text);
}

// Collapses line breaks so that a text from a file stays in its paragraph
// or table cell.
std::string one_line(const std::string& text) {
  std::vector<std::string> lines = wrap_lines(text, static_cast<size_t>(-1) / 2);
  return lines.empty() ? std::string() : lines.front();
}

void add_summary(std::string& out, const Report& report, Lang lang) {
  out += fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", tr(lang, "rang", "rank"),
                     tr(lang, "levier", "lever"), tr(lang, "priorité", "priority"),
                     tr(lang, "niveau", "band"), tr(lang, "maturité", "maturity"),
                     tr(lang, "disposition à agir", "readiness"),
                     tr(lang, "h/sem. en jeu", "h/week at stake"));
  out += "|---:|---|---:|---|---:|---:|---:|\n";
  for (const ReportLever& lever : report.levers) {
    bool assessed = lever.score.assessed();
    out += fmt::format(
        "| {} | {} | {} | {} | {} | {} | {} |\n", lever.rank ? std::to_string(*lever.rank) : "–",
        esc(one_line(lever.questionnaire().short_name(lang))),
        lever.terms ? figure(lever.terms->priority, lang) : "—", esc(state_text(lever, lang)),
        figure(lever.maturity, lang), figure(lever.readiness, lang),
        assessed ? figure(lever.potential_hours, lang) : "—");
  }
}

void add_lever(std::string& out, const Report& report, const ReportLever& lever, Lang lang) {
  const Profile& profile = report.profile;
  std::string number = lever.rank ? fmt::format("{}. ", *lever.rank) : "";
  out += fmt::format("\n## {}{}\n\n", number, esc(one_line(lever.questionnaire().title.get(lang))));
  out += esc(lever_summary(lever, lang)) + "\n\n";
  if (lever.terms) {
    out += fmt::format("{} {}\n", why_label(lang), esc(why_sentence(lever, profile, lang)));
  } else {
    out += "_" + esc(unranked_text(lever, lang)) + "_";
    if (auto command = completion_command(report, lever); !command.empty()) {
      out += fmt::format(" `{}`", fmt::join(command, " "));
    }
    out += "\n";
  }
  if (lever.actions.empty()) {
    return;
  }
  out += "\n" + actions_label(lang) + "\n\n";
  for (size_t i = 0; i < lever.actions.size(); ++i) {
    const Action& action = *lever.actions[i].action;
    out += fmt::format("{}. **{}** — {}", i + 1, esc(one_line(action.title.get(lang))),
                       action_meta(lever.actions[i], lang));
    std::string text = one_line(action.text.get(lang));
    out += text.empty() ? "\n" : "  \n   " + esc(text) + "\n";
  }
}

void add_plan(std::string& out, const Report& report, Lang lang) {
  out += "## " + plan_title(report, lang) + "\n\n";
  if (!report.plan.empty()) {
    out += fmt::format("| # | {} | {} | {} | {} | {} |\n", tr(lang, "action", "action"),
                       tr(lang, "pourquoi", "why"), tr(lang, "effort", "effort"),
                       tr(lang, "gain", "gain"),
                       tr(lang, "en plus des précédentes", "added to those above"));
    out += "|---:|---|---|---|---|---|\n";
    for (size_t i = 0; i < report.plan.size(); ++i) {
      const PlanItem& item = report.plan[i];
      out += fmt::format(
          "| {} | {} | {} | {} | {} | {} |\n", i + 1, esc(one_line(item.action->title.get(lang))),
          esc(one_line(plan_reason(report, item, lang))), effort_word(item.action->effort, lang),
          gain_range(item.gain.low, item.gain.high, lang),
          gain_range(item.marginal.low, item.marginal.high, lang));
    }
    out += "\n";
    bool any = false;
    for (size_t i = 0; i < report.plan.size(); ++i) {
      for (const Prerequisite& p : report.plan[i].prerequisites) {
        out += fmt::format("- {} {} : {}\n", tr(lang, "Action", "Action"), i + 1,
                           esc(one_line(prerequisite_text(p, lang))));
        any = true;
      }
    }
    if (any) {
      out += "\n";
    }
  }
  out += esc(plan_gain_text(report, lang)) + " " + esc(total_text(report, lang)) + "\n\n";
}

void add_supports(std::string& out, const Report& report, Lang lang) {
  if (report.supports.empty()) {
    return;
  }
  out += "\n## " + supports_title(lang) + "\n\n" + esc(supports_intro(lang)) + "\n";
  for (const ReportSupport& support : report.supports) {
    out += fmt::format("\n### {}\n\n{}\n", esc(one_line(support.questionnaire().title.get(lang))),
                       esc(support_summary(support, lang)));
    if (!support.actions.empty()) {
      out += "\n";
    }
    for (const Action* action : support.actions) {
      out += fmt::format("- **{}** — {}", esc(one_line(action->title.get(lang))),
                         support_action_meta(*action, lang));
      std::string text = one_line(action->text.get(lang));
      out += text.empty() ? "\n" : "  \n  " + esc(text) + "\n";
    }
  }
}

void add_budget(std::string& out, const Report& report, Lang lang) {
  if (!report.budget_answered) {
    return;
  }
  out += "\n## " + budget_title(lang) + "\n\n" + esc(budget_intro(lang)) + "\n\n";
  out += fmt::format("| {} | {} | {} |\n|---|---:|---:|\n", tr(lang, "catégorie", "category"),
                     tr(lang, "h/sem.", "h/week"), tr(lang, "dont en jeu", "at stake"));
  for (const BudgetRow& row : report.budget) {
    if (row.hours > 0) {
      out += fmt::format("| {} | {} | {} |\n", esc(one_line(row.category->label.get(lang))),
                         figure(row.hours, lang), figure(row.at_stake, lang));
    }
  }
  out += fmt::format("| **{}** | **{}** | **{}** |\n", tr(lang, "total", "total"),
                     figure(report.budget_hours, lang), figure(report.hours_at_stake, lang));
}

} // namespace

std::string render_report_markdown(const Report& report, Lang lang) {
  std::string out = "# " + report_title(lang) + "\n\n";
  out += fmt::format("**{}** {}", tr(lang, "Répondant :", "Respondent:"),
                     esc(respondent_name(report)));
  if (!report.date.empty()) {
    out += fmt::format(" · **{}** {}", tr(lang, "Date :", "Date:"), esc(report.date));
  }
  std::string details = respondent_details(report);
  out += details.empty() ? "\n" : "  \n" + esc(details) + "\n";
  out += "\n";
  add_plan(out, report, lang);
  out += esc(levers_intro(report, lang)) + "\n\n";
  add_summary(out, report, lang);
  for (const ReportLever& lever : report.levers) {
    add_lever(out, report, lever, lang);
  }
  add_supports(out, report, lang);
  add_budget(out, report, lang);
  out += "\n---\n\n_" + esc(how_to_read(report.profile, lang)) + "_\n\n" +
         esc(caution_text(lang)) + "\n\n**" + esc(next_review_text(report, lang)) + "**\n\n_" +
         esc(profile_line(report.profile, lang)) + "_\n";
  return out;
}

} // namespace medtime
