#include "load/answers_loader.h"
#include "review/review.h"
#include "util/files.h"

#include <algorithm>
#include <fmt/format.h>

namespace medtime {

namespace {

// The first position of a file for errors about the file as a whole.
SourcePos date_position(const Assessment& a) {
  return a.date_pos.line > 0 ? a.date_pos : SourcePos{ 1, 1 };
}

// One doctor's assessments: a different respondent is an error, or a
// warning with `allow_mixed`.
void check_respondents(const ReviewInputs& inputs,
                       bool allow_mixed,
                       std::vector<Diagnostic>& warnings) {
  const Assessment& last = inputs.assessments.back();
  for (const auto& a : inputs.assessments) {
    if (a.respondent_id() == last.respondent_id()) {
      continue;
    }
    auto name = [](const Assessment& x) {
      return x.respondent_id().empty()
               ? std::string(tr_message("(sans identifiant)", "no respondent id"))
               : quote(x.respondent_id());
    };
    if (!allow_mixed) {
      throw Error(a.source, {}, message("E508", name(a), name(last), last.source));
    }
    Message warning = message("W501", name(a), name(last), last.source);
    warnings.push_back(
      Diagnostic{ Severity::warning, a.source, {}, std::move(warning.text), warning.code });
  }
}

} // namespace

void order_review_inputs(ReviewInputs& inputs, bool allow_mixed) {
  for (const auto& a : inputs.assessments) {
    if (a.date.empty()) {
      throw Error(a.source,
                  date_position(a),
                  message("E509"));
    }
  }
  std::stable_sort(inputs.assessments.begin(),
                   inputs.assessments.end(),
                   [](const Assessment& a, const Assessment& b) { return a.date < b.date; });
  for (size_t i = 1; i < inputs.assessments.size(); ++i) {
    const Assessment& a = inputs.assessments[i - 1];
    const Assessment& b = inputs.assessments[i];
    if (a.date == b.date) {
      throw Error(b.source,
                  date_position(b),
                  message("E510", b.date, a.source));
    }
  }
  if (!inputs.assessments.empty()) {
    check_respondents(inputs, allow_mixed, inputs.warnings);
  }
}

ReviewInputs load_review_inputs(const std::vector<std::string>& paths,
                                const QuestionnaireSet& set,
                                bool allow_mixed) {
  ReviewInputs inputs;
  for (const auto& path : paths) {
    Diagnostics diags(path);
    inputs.assessments.push_back(
      parse_assessment(read_file(path), set, path, diags, AnswersOptions{ .strict = false }));
    diags.throw_if_errors();
    for (const auto& d : diags.items()) {
      inputs.not_comparable.push_back(d);
    }
  }
  order_review_inputs(inputs, allow_mixed);
  // In date order too, so that the output does not depend on the argument order.
  auto rank = [&](const Diagnostic& d) {
    for (size_t i = 0; i < inputs.assessments.size(); ++i) {
      if (inputs.assessments[i].source == d.file) {
        return i;
      }
    }
    return inputs.assessments.size();
  };
  std::stable_sort(inputs.not_comparable.begin(),
                   inputs.not_comparable.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) { return rank(a) < rank(b); });
  return inputs;
}

} // namespace medtime
