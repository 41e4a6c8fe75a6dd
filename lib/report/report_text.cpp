// The text report: the plan, one block per lever in rank order, the time
// budget as bars, how to read it, the caution and the next self-assessment;
// lines wrapped at the given width, colour only through `Style`.
#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <functional>

#include "report/report_render.h"
#include "render/wrap.h"
#include "report/report_words.h"

namespace medtime {

namespace {

// `text` wrapped to the report width, each line after `indent` spaces and
// styled by `paint` (so that colour codes never straddle a line break).
void add_wrapped(std::string& out, size_t width, const std::string& text, size_t indent,
                 const std::function<std::string(const std::string&)>& paint = {}) {
  out += wrap_hanging(text, std::string(indent, ' '), indent, width, paint);
}

// A command to copy, in bold, indented 5: cut only between words, with
// " \\", so that it still runs when copied whole.
void add_command(std::string& out, size_t width, const std::vector<std::string>& words,
                 const Style& style) {
  std::string lines = wrap_command(words, "     ", width);
  for (size_t start = 0; start < lines.size();) {
    size_t end = lines.find('\n', start);
    out += style.bold(lines.substr(start, end - start)) + "\n";
    start = end + 1;
  }
}

void add_actions(std::string& out, size_t width, const ReportLever& lever, Lang lang, const Style& style) {
  if (lever.actions.empty()) {
    return;
  }
  out += "\n   " + actions_label(lang) + "\n";
  for (size_t a = 0; a < lever.actions.size(); ++a) {
    const ReportAction& shown = lever.actions[a];
    const Action* action = shown.action;
    if (a > 0) {
      out += "\n"; // actions have texts of a few lines: a blank line between them
    }
    std::vector<std::string> title = wrap_lines(action->title.get(lang), width - 5);
    for (size_t i = 0; i < title.size(); ++i) {
      out += (i == 0 ? "   • " : "     ") + style.bold(title[i]) + "\n";
    }
    add_wrapped(out, width, action_meta(shown, lang), 5,
                [&](const std::string& line) { return style.dim(line); });
    add_wrapped(out, width, action->text.get(lang), 5);
  }
}

void add_lever(std::string& out, size_t width, const Report& report, const ReportLever& lever, Lang lang,
               const Style& style) {
  const Profile& profile = report.profile;
  std::string number = lever.rank ? fmt::format("{}.", *lever.rank) : "–";
  std::vector<std::string> title =
      wrap_lines(lever.questionnaire().title.get(lang), width - 3);
  for (size_t i = 0; i < title.size(); ++i) {
    std::string head = i == 0 ? fmt::format("{:<3}", number) : "   ";
    out += (lever.rank ? style.cyan(style.bold(head)) : head) + style.bold(title[i]) + "\n";
  }
  add_wrapped(out, width, lever_summary(lever, lang), 3);
  if (lever.terms) {
    add_wrapped(out, width, why_label(lang) + " " + why_sentence(lever, profile, lang), 3);
  } else {
    add_wrapped(out, width, unranked_text(lever, lang), 3,
                [&](const std::string& line) { return style.yellow(line); });
    if (auto command = completion_command(report, lever); !command.empty()) {
      add_command(out, width, command, style);
    }
  }
  add_actions(out, width, lever, lang, style);
  out += "\n";
}

void add_plan(std::string& out, size_t width, const Report& report, Lang lang, const Style& style) {
  out += style.bold(plan_title(report, lang)) + "\n";
  for (size_t i = 0; i < report.plan.size(); ++i) {
    const PlanItem& item = report.plan[i];
    std::string head = fmt::format("{}. ", i + 1);
    std::vector<std::string> title = wrap_lines(item.action->title.get(lang), width - 6);
    for (size_t j = 0; j < title.size(); ++j) {
      out += "   " + (j == 0 ? head : std::string(head.size(), ' ')) + style.bold(title[j]) + "\n";
    }
    add_wrapped(out, width, plan_reason(report, item, lang) + " · " + plan_item_meta(item, lang), 6,
                [&](const std::string& line) { return style.dim(line); });
    for (const Prerequisite& p : item.prerequisites) {
      out += wrap_hanging(prerequisite_text(p, lang), "      → ", 8, width,
                          [&](const std::string& line) { return style.yellow(line); });
    }
  }
  if (!report.plan.empty()) {
    out += "\n";
  }
  if (std::string note = prerequisites_note(report, lang); !note.empty()) {
    add_wrapped(out, width, note, 3);
    add_command(out, width, prerequisites_command(report), style);
    out += "\n";
  }
  add_wrapped(out, width, plan_gain_text(report, lang), 3);
  add_wrapped(out, width, total_text(report, lang), 3);
}

// The supporting areas: each one's state and its triggered actions.
void add_supports(std::string& out, size_t width, const Report& report, Lang lang, const Style& style) {
  if (report.supports.empty()) {
    return;
  }
  out += style.bold(supports_title(lang)) + "\n";
  add_wrapped(out, width, supports_intro(lang), 3);
  for (const ReportSupport& support : report.supports) {
    out += "\n";
    std::vector<std::string> title =
        wrap_lines(support.questionnaire().title.get(lang), width - 3);
    for (const auto& line : title) {
      out += "   " + style.bold(line) + "\n";
    }
    add_wrapped(out, width, support_summary(support, lang), 3);
    for (const Action* action : support.actions) {
      std::vector<std::string> lines = wrap_lines(action->title.get(lang), width - 5);
      for (size_t i = 0; i < lines.size(); ++i) {
        out += (i == 0 ? "   • " : "     ") + style.bold(lines[i]) + "\n";
      }
      add_wrapped(out, width, support_action_meta(*action, lang), 5,
                  [&](const std::string& line) { return style.dim(line); });
      add_wrapped(out, width, action->text.get(lang), 5);
    }
  }
  out += "\n";
}

// One line per category: a bar of block characters (dark: at stake, light:
// the rest of its hours), the figures, then the label.
void add_budget(std::string& out, size_t width, const Report& report, Lang lang, const Style& style) {
  if (!report.budget_answered) {
    return;
  }
  out += style.bold(budget_title(lang)) + "\n";
  add_wrapped(out, width, budget_intro(lang), 3);
  constexpr size_t k_bar = 16;
  double most = 0;
  for (const BudgetRow& row : report.budget) {
    most = std::max(most, row.hours);
  }
  for (const BudgetRow& row : report.budget) {
    if (row.hours <= 0) {
      continue;
    }
    auto cells = [&](double hours) {
      return static_cast<size_t>(std::lround(hours / most * static_cast<double>(k_bar)));
    };
    size_t total = std::max<size_t>(1, cells(row.hours));
    size_t dark = std::min(total, cells(row.at_stake));
    std::string bar;
    for (size_t i = 0; i < k_bar; ++i) {
      bar += i < dark ? "█" : i < total ? "░" : " ";
    }
    // The bar leads the first line; the label and figures follow it.
    out += wrap_hanging(row.category->label.get(lang) + " — " + budget_row_text(row, lang),
                        "   " + bar + "  ", 3 + k_bar + 2, width);
  }
  out += "\n";
}

} // namespace

std::string render_report_text(const Report& report, Lang lang, const Style& style, size_t width) {
  std::string out;
  std::string head = report_title(lang) + " — " + respondent_name(report);
  if (!report.date.empty()) {
    head += " — " + report.date;
  }
  add_wrapped(out, width, head, 0, [&](const std::string& line) { return style.bold(line); });
  std::string details = respondent_details(report);
  if (!details.empty()) {
    add_wrapped(out, width, details, 0);
  }
  out += "\n";
  add_plan(out, width, report, lang, style);
  out += "\n";
  add_wrapped(out, width, levers_intro(report, lang), 0);
  out += "\n";
  for (const ReportLever& lever : report.levers) {
    add_lever(out, width, report, lever, lang, style);
  }
  add_supports(out, width, report, lang, style);
  add_budget(out, width, report, lang, style);
  auto dim = [&](const std::string& line) { return style.dim(line); };
  add_wrapped(out, width, how_to_read(report.profile, lang), 0, dim);
  out += "\n";
  add_wrapped(out, width, caution_text(lang), 0);
  out += "\n";
  add_wrapped(out, width, next_review_text(report, lang), 0, [&](const std::string& line) {
    return style.bold(line);
  });
  out += "\n";
  add_wrapped(out, width, profile_line(report.profile, lang), 0, dim);
  return out;
}

} // namespace medtime
