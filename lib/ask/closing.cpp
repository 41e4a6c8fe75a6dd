#include "ask/closing.h"

#include "ask/wording.h"
#include "load/answers_loader.h"
#include "render/wrap.h"
#include "report/report.h"
#include "report/report_words.h"
#include "scoring/score.h"
#include "util/diagnostics.h"

namespace medtime::ask {

namespace {

std::string plan_text(const Interview& iv, const ScreenOptions& o) {
  Lang lang = o.lang;
  size_t width = o.width == 0 ? 80 : o.width;
  // The answers as the file holds them, read back as `medtime report` reads them.
  Diagnostics diags(o.file);
  Assessment assessment = parse_assessment(iv.file_text(), iv.set(), o.file, diags);
  diags.throw_if_errors();
  ScoreSet scores = score_assessment(iv.set(), assessment);
  Report report = build_report(assessment, scores, iv.set().categories(), Profile{});
  auto paint = [&](const Style& style, bool bold) {
    return [&style, bold, plain = o.plain](const std::string& line) {
      return plain ? line : bold ? style.bold(line) : style.dim(line);
    };
  };
  std::string out = wrap_hanging(plan_title(report, lang), "", 0, width, paint(o.style, true));
  for (size_t i = 0; i < report.plan.size(); ++i) {
    const PlanItem& item = report.plan[i];
    std::string head = fmt::format("  {}. ", i + 1);
    out += wrap_hanging(item.action->title.get(lang), head, head.size(), width);
    out += wrap_hanging(plan_reason(report, item, lang) + " · " + plan_item_meta(item, lang),
                        std::string(head.size(), ' '), head.size(), width, paint(o.style, false));
  }
  return out + wrap_hanging(plan_gain_text(report, lang), "", 0, width);
}

} // namespace

std::string render_closing(const Interview& iv, const ScreenOptions& o,
                           const std::vector<std::string>& report_command) {
  std::string out;
  try {
    out = plan_text(iv, o);
  } catch (const Error& e) {
    out = wrap_text(say(o.lang, "Pas encore de plan\u00a0: {}", "No plan yet: {}", e.what()), o.width) +
          "\n";
  }
  size_t width = o.width == 0 ? 80 : o.width;
  out += "\n" + wrap_text(tr(o.lang, "Votre rapport complet (leviers, scores, toutes les actions)\u00a0:",
                             "Your full report (levers, scores, every action):"),
                          o.width) +
         "\n" + wrap_command(report_command, "  ", width);
  return out;
}

} // namespace medtime::ask
