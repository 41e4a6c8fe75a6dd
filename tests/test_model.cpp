#include <doctest/doctest.h>

#include "helpers.h"
#include "model/answers.h"
#include "model/condition.h"
#include "model/questionnaire.h"
#include "model/time_budget.h"

using namespace medtime;

namespace {

// A condition tree as an s-expression: "(and (== a x) (not (has t y)))".
std::string show(const Condition& c) {
  std::string out = "(" + std::string(to_string(c.op));
  if (c.children.empty()) {
    out += " " + c.path;
    for (const auto& literal : c.literals) {
      out += " " + literal;
    }
  }
  for (const auto& child : c.children) {
    out += " " + show(child);
  }
  return out + ")";
}

// The parsed tree of `text`, or its diagnostics. The condition starts at
// line 5, column 11 of "q.yaml", so an error at offset k is at column 11 + k.
std::string parse(std::string_view text) {
  Diagnostics diags("q.yaml");
  auto c = parse_condition(text, {5, 11}, diags);
  if (!c) {
    return test::messages(diags);
  }
  CHECK(c->text == text);
  return show(*c);
}

// Resolves `text` against the mini questionnaire: "ok" or the diagnostics.
std::string resolve(std::string_view text) {
  Diagnostics diags("q.yaml");
  auto c = parse_condition(text, {5, 11}, diags);
  REQUIRE(c.has_value());
  bool ok = resolve_condition(*c, test::mini(), test::mini_set().categories(), diags);
  CHECK(ok == !diags.has_errors());
  return ok ? "ok" : test::messages(diags);
}

// Evaluates `text` on the answers to mini in `answers_text`; every question
// shown unless `hidden` names one.
bool holds(std::string_view text, std::string_view answers_text, int hidden = -1) {
  Diagnostics diags;
  Assessment a = test::answers(answers_text, diags);
  INFO(test::messages(diags));
  REQUIRE_FALSE(diags.has_errors());
  const Questionnaire& q = test::mini();
  auto c = parse_condition(text, {1, 1}, diags);
  REQUIRE(c.has_value());
  REQUIRE(resolve_condition(*c, q, test::mini_set().categories(), diags));
  std::vector<char> applicable(q.questions.size(), 1);
  if (hidden >= 0) {
    applicable[static_cast<size_t>(hidden)] = 0;
  }
  TimeBudget budget = time_budget(test::mini_set(), a);
  return evaluate(*c, q, a.responses[0].answers, applicable, &budget);
}

const char* const k_answers = R"(
answers:
  mini:
    version: 2
    staff: none
    tools: [agenda, messaging]
    burden: 2
    phone_hours: 3
    wants: yes
    how_much: 5
    tasks:
      booking: total
      billing: partial
    note: RAS
  budget:
    version: 1
    hours: {booking: 4, billing: 2, phone: 3}
)";

} // namespace

TEST_SUITE("model") {

TEST_CASE("medtime::parse_condition") {
  SUBCASE("comparisons with and without spaces") {
    CHECK(parse("a == b") == "(== a b)");
    CHECK(parse("a==b") == "(== a b)");
    CHECK(parse("a!=b") == "(!= a b)");
    CHECK(parse("n<5") == "(< n 5)");
    CHECK(parse("n<=5") == "(<= n 5)");
    CHECK(parse("n>5") == "(> n 5)");
    CHECK(parse("n>=5") == "(>= n 5)");
  }
  SUBCASE("ids with dashes, decimal and negative numbers") {
    CHECK(parse("q-1 == x-y") == "(== q-1 x-y)");
    CHECK(parse("n >= 2.5") == "(>= n 2.5)");
    CHECK(parse("n>-1") == "(> n -1)");
    CHECK(parse("n < -0.5") == "(< n -0.5)");
  }
  SUBCASE("quoted literals") {
    CHECK(parse("q == 'a b'") == "(== q a b)");
    CHECK(parse("q == \"x\"") == "(== q x)");
    CHECK(parse("q == 'and'") == "(== q and)");
  }
  SUBCASE("in, has, is") {
    CHECK(parse("q in [a, b,c]") == "(in q a b c)");
    CHECK(parse("q in [a]") == "(in q a)");
    CHECK(parse("t has agenda") == "(has t agenda)");
    CHECK(parse("q is answered") == "(answered q)");
    CHECK(parse("q is na") == "(na q)");
  }
  SUBCASE("paths into task tables") {
    CHECK(parse("t.booking.hours > 2") == "(> t.booking.hours 2)");
    CHECK(parse("t.delegable >= 3") == "(>= t.delegable 3)");
  }
  SUBCASE("precedence: not, then and, then or") {
    CHECK(parse("not a == x and b == y or c == z") ==
          "(or (and (not (== a x)) (== b y)) (== c z))");
    CHECK(parse("a == x or b == y and c == z") == "(or (== a x) (and (== b y) (== c z)))");
    CHECK(parse("not (a == x or b == y)") == "(not (or (== a x) (== b y)))");
    CHECK(parse("((a == x))") == "(== a x)");
  }
  SUBCASE("errors with their column") {
    CHECK(parse("") == "q.yaml:5:11: error E289: empty condition");
    CHECK(parse("  \t") == "q.yaml:5:11: error E289: empty condition");
    CHECK(parse("a = b") == "q.yaml:5:13: error E260: unknown operator \"=\" in condition; use == or !=");
    CHECK(parse("a ! b") == "q.yaml:5:13: error E260: unknown operator \"!\" in condition; use == or !=");
    CHECK(parse("a == 'b") == "q.yaml:5:16: error E261: unterminated string in condition");
    CHECK(parse("a == b;") == "q.yaml:5:17: error E262: unexpected character \";\" in condition");
    CHECK(parse("a b") == "q.yaml:5:13: error E270: expected an operator (==, !=, <, <=, >, >=, in, has, is) "
                          "after \"a\", got \"b\"");
    CHECK(parse("a ==") == "q.yaml:5:15: error E265: expected a value, got \"end of condition\"");
    CHECK(parse("a in b") == "q.yaml:5:13: error E267: expected \"[\" after \"in\"");
    CHECK(parse("a in [b, c") == "q.yaml:5:13: error E268: expected \"]\" to close the list after \"in\"");
    CHECK(parse("a in []") == "q.yaml:5:17: error E265: expected a value, got \"]\"");
    CHECK(parse("(a == b") == "q.yaml:5:18: error E264: expected \")\", got \"end of condition\"");
    CHECK(parse("a == b c") == "q.yaml:5:18: error E259: unexpected \"c\" in condition");
    CHECK(parse("a == b)") == "q.yaml:5:17: error E259: unexpected \")\" in condition");
    CHECK(parse("a is maybe") == "q.yaml:5:16: error E269: expected \"answered\" or \"na\" after \"is\", got \"maybe\"");
    CHECK(parse("== b") == "q.yaml:5:11: error E266: expected a question id, got \"==\"");
    CHECK(parse("a == b and") == "q.yaml:5:21: error E266: expected a question id, got \"end of condition\"");
  }
  SUBCASE("nesting is bounded") {
    std::string nots;
    for (int i = 0; i < 40; ++i) {
      nots += "not ";
    }
    CHECK(parse(nots + "a == b") == "q.yaml:5:139: error E263: condition nested too deeply");
    std::string parens = std::string(40, '(') + "a == b" + std::string(40, ')');
    CHECK(parse(parens) == "q.yaml:5:43: error E263: condition nested too deeply");
    CHECK(parse(std::string(31, '(') + "a == b" + std::string(31, ')')) == "(== a b)");
  }
}

TEST_CASE("medtime::resolve_condition") {
  SUBCASE("valid tests on every question type") {
    CHECK(resolve("staff == none") == "ok");
    CHECK(resolve("staff in [secretary, assistant]") == "ok");
    CHECK(resolve("tools has agenda") == "ok");
    CHECK(resolve("burden >= 3") == "ok");
    CHECK(resolve("phone_hours > 2.5") == "ok");
    CHECK(resolve("wants == yes") == "ok");
    CHECK(resolve("wants in [yes, no]") == "ok");
    CHECK(resolve("note is answered") == "ok");
    CHECK(resolve("tasks.hours >= 10") == "ok");
    CHECK(resolve("tasks.delegable >= 2") == "ok");
    CHECK(resolve("tasks.booking == total") == "ok");
    CHECK(resolve("tasks.booking in [partial, total]") == "ok");
    CHECK(resolve("tasks.booking.hours > 2") == "ok");
    CHECK(resolve("tasks is na") == "ok");
  }
  SUBCASE("unknown question") {
    CHECK(resolve("staf == none") ==
          "q.yaml:5:11: error E282: condition refers to unknown question \"staf\"; did you mean \"staff\"?");
    CHECK(resolve("wants == yes and zzz == 1") ==
          "q.yaml:5:28: error E282: condition refers to unknown question \"zzz\"");
  }
  SUBCASE("unknown option") {
    CHECK(resolve("staff == secretery") ==
          "q.yaml:5:11: error E271: condition on \"staff\": unknown option \"secretery\"; did you mean \"secretary\"?");
    CHECK(resolve("tools has agendaa") ==
          "q.yaml:5:11: error E271: condition on \"tools\": unknown option \"agendaa\"; did you mean \"agenda\"?");
  }
  SUBCASE("operators that do not fit the question") {
    CHECK(resolve("staff has none") ==
          "q.yaml:5:11: error E276: condition on \"staff\": \"has\" is for multiple choice; use == or in");
    CHECK(resolve("staff > 1") ==
          "q.yaml:5:11: error E275: condition on \"staff\": > compares numbers, but \"staff\" is a single question");
    CHECK(resolve("tools == agenda") ==
          "q.yaml:5:11: error E277: condition on \"tools\": use \"has\" with a multiple choice question");
    CHECK(resolve("burden >= high") == "q.yaml:5:11: error E273: condition on \"burden\": expected a number, got \"high\"");
    CHECK(resolve("burden in [1, 2]") ==
          "q.yaml:5:11: error E274: condition on \"burden\": \"in\" is for choices; compare numbers with <, <=, >, >=");
    CHECK(resolve("burden has 1") ==
          "q.yaml:5:11: error E272: condition on \"burden\": \"has\" is for multiple choice questions");
    CHECK(resolve("wants == maybe") == "q.yaml:5:11: error E278: condition on \"wants\": expected yes or no, got \"maybe\"");
    CHECK(resolve("wants has yes") == "q.yaml:5:11: error E279: condition on \"wants\": use == with a yes/no question");
    CHECK(resolve("note == x") ==
          "q.yaml:5:11: error E280: condition on \"note\": free text cannot be tested; use \"is answered\"");
  }
  SUBCASE("fields") {
    CHECK(resolve("tasks == total") ==
          "q.yaml:5:11: error E283: condition on task table \"tasks\": name a task (tasks.TASK), or use "
          "tasks.hours or tasks.delegable");
    CHECK(resolve("tasks.bookin == total") ==
          "q.yaml:5:11: error E285: condition on \"tasks\": unknown task \"bookin\"; did you mean \"booking\"?");
    CHECK(resolve("tasks.booking.minutes > 1") ==
          "q.yaml:5:11: error E284: condition on \"tasks.booking.minutes\": unknown field \"minutes\"; expected \"hours\"");
    CHECK(resolve("tasks.booking > 1") ==
          "q.yaml:5:11: error E286: condition on \"tasks.booking\": use ==, != or in with a delegation level");
    CHECK(resolve("tasks.booking == everything") ==
          "q.yaml:5:11: error E271: condition on \"tasks.booking\": unknown delegation level \"everything\"");
    CHECK(resolve("staff.x == none") ==
          "q.yaml:5:11: error E287: condition on \"staff.x\": question \"staff\" has no fields");
    CHECK(resolve("staff. == none") ==
          "q.yaml:5:11: error E287: condition on \"staff.\": question \"staff\" has no fields");
  }
}

TEST_CASE("medtime::evaluate") {
  SUBCASE("single choice") {
    CHECK(holds("staff == none", k_answers));
    CHECK_FALSE(holds("staff != none", k_answers));
    CHECK_FALSE(holds("staff in [secretary, assistant]", k_answers));
    CHECK(holds("staff != assistant", k_answers));
  }
  SUBCASE("multiple choice") {
    CHECK(holds("tools has agenda", k_answers));
    CHECK_FALSE(holds("tools has none", k_answers));
  }
  SUBCASE("numbers and scales") {
    CHECK(holds("burden == 2", k_answers));
    CHECK(holds("burden <= 2", k_answers));
    CHECK_FALSE(holds("burden < 2", k_answers));
    CHECK_FALSE(holds("burden >= 2.5", k_answers));
    CHECK(holds("phone_hours > 2.5", k_answers));
    CHECK(holds("phone_hours != 4", k_answers));
  }
  SUBCASE("yes and no") {
    CHECK(holds("wants == yes", k_answers));
    CHECK_FALSE(holds("wants == no", k_answers));
    CHECK(holds("wants != no", k_answers));
  }
  SUBCASE("task tables") {
    // booking 4 h total (share 1), billing 2 h partial (share 0.5):
    // hours 4 + 2 = 6; delegable 4 × 1 + 2 × 0.5 = 5.
    CHECK(holds("tasks.hours == 6", k_answers));
    CHECK(holds("tasks.delegable == 5", k_answers));
    CHECK(holds("tasks.booking == total", k_answers));
    CHECK(holds("tasks.billing in [partial]", k_answers));
    CHECK(holds("tasks.billing != total", k_answers));
    CHECK(holds("tasks.billing.hours == 2", k_answers));
    CHECK_FALSE(holds("tasks.billing.hours < 2", k_answers));
  }
  SUBCASE("the time budget: a category's hours, all hours") {
    CHECK(holds("budget.phone == 3", k_answers));
    CHECK(holds("budget.booking > 3.5", k_answers));
    CHECK(holds("budget == 9", k_answers));
    CHECK_FALSE(holds("budget.billing >= 3", k_answers));
  }
  SUBCASE("combinations") {
    CHECK(holds("note is answered", k_answers));
    CHECK(holds("not staff == none or wants == yes", k_answers));
    CHECK_FALSE(holds("not (staff == none or wants == no)", k_answers));
    CHECK(holds("staff == none and (tools has messaging)", k_answers));
  }
  SUBCASE("an unanswered question makes every test false") {
    const char* only_staff = "answers: {mini: {version: 2, staff: none}}";
    CHECK_FALSE(holds("wants == yes", only_staff));
    CHECK_FALSE(holds("wants != yes", only_staff));
    CHECK(holds("not (wants == yes)", only_staff));
    CHECK_FALSE(holds("wants is answered", only_staff));
    CHECK_FALSE(holds("wants is na", only_staff));
    CHECK_FALSE(holds("tasks.hours >= 0", only_staff));
    CHECK_FALSE(holds("budget.phone >= 0", only_staff)); // no time budget
  }
  SUBCASE("na is only na") {
    const char* na = "answers: {mini: {version: 2, wants: na}}";
    CHECK(holds("wants is na", na));
    CHECK_FALSE(holds("wants is answered", na));
    CHECK_FALSE(holds("wants == yes", na));
    CHECK_FALSE(holds("wants == no", na));
  }
  SUBCASE("a question not shown reads as unanswered") {
    CHECK_FALSE(holds("wants == yes", k_answers, 4));
    CHECK_FALSE(holds("wants is answered", k_answers, 4));
  }
}

TEST_CASE("medtime::Questionnaire::band_for") {
  Questionnaire q;
  q.bands = default_bands();
  auto band = [&](double m) {
    const Band* b = q.band_for(m);
    return b != nullptr ? b->id : std::string("none");
  };
  CHECK(band(0) == "a_engager");
  CHECK(band(39.94) == "a_engager"); // shown 39.9
  CHECK(band(40) == "en_cours");
  CHECK(band(69.94) == "en_cours"); // shown 69.9
  CHECK(band(70) == "bien_engage");
  CHECK(band(100) == "bien_engage"); // the last band includes 100
  CHECK(band(100.5) == "none");
  CHECK(band(-1) == "none");
  CHECK(test::mini().band_for(49.94)->id == "low");
  CHECK(test::mini().band_for(50)->id == "high");
  SUBCASE("decided on the maturity as shown, to one decimal") {
    CHECK(band(100 * (2 * 0.7 + (0.4 + 0.3)) / 3) == "bien_engage"); // 69.99999999999999, shown 70.0
    CHECK(band(40 - 1e-12) == "en_cours");
    CHECK(band(69.96) == "bien_engage"); // shown 70.0
    CHECK(band(39.95) == "en_cours");    // shown 40.0
    CHECK(band(39.94) == "a_engager");   // shown 39.9
    CHECK(band(100.04) == "bien_engage"); // shown 100.0
  }
}

TEST_CASE("medtime::action_gain") {
  TimeBudget budget;
  budget.hours = {4, 2, 3};
  budget.answered = true;
  Action hire;
  hire.gain_shares = {{"booking", 0, 0.5, 1, {}}, {"phone", 2, 0.2, 0.4, {}}};
  GainRange gain = action_gain(hire, budget);
  CHECK(gain.low == doctest::Approx(4 * 0.5 + 3 * 0.2)); // 2.6
  CHECK(gain.high == doctest::Approx(4 * 1 + 3 * 0.4));  // 5.2
  CHECK(gain.mid() == doctest::Approx(3.9));
  Action fixed; // a range in hours, for time no category holds
  fixed.gain_min = 0.5;
  fixed.gain_max = 1;
  CHECK(action_gain(fixed, budget).low == 0.5);
  CHECK(action_gain(fixed, budget).high == 1);
  CHECK_FALSE(Action{}.has_gain());
  CHECK(hire.has_gain());
}

TEST_CASE("medtime::add_months") {
  CHECK(add_months("2026-11-16", 3) == "2027-02-16");
  CHECK(add_months("2026-11-30", 3) == "2027-02-28"); // the month's last day
  CHECK(add_months("2027-11-30", 3) == "2028-02-29"); // leap year
  CHECK(add_months("2026-01-31", 1) == "2026-02-28");
  CHECK(add_months("2026-12-15", 12) == "2027-12-15");
  CHECK(add_months("2026-02-30", 3).empty());
  CHECK(add_months("", 3).empty());
}

TEST_CASE("medtime::QuestionnaireSet") {
  QuestionnaireSet set;
  auto make = [](std::string id, int order) {
    Questionnaire q;
    q.id = std::move(id);
    q.order = order;
    return q;
  };
  set.add(make("patients", 4));
  set.add(make("delegation", 1));
  set.add(make("b-second", 2));
  set.add(make("a-second", 2));
  set.finalize();
  CHECK(set.ids() == std::vector<std::string>{"delegation", "a-second", "b-second", "patients"});
  CHECK(set.find("patients") == 3);
  CHECK(set.find("nope") == -1);
}

TEST_CASE("medtime::Questionnaire::find_question") {
  const Questionnaire& q = test::mini();
  CHECK(q.find_question("staff") == 0);
  CHECK(q.find_question("note") == 7);
  CHECK(q.find_question("nope") == -1);
  CHECK(q.questions[0].find_option("assistant") == 2);
  CHECK(q.questions[6].find_task("billing") == 1);
  CHECK(q.questions[6].find_level("partial") == 1);
  CHECK(q.question_ids().size() == 8);
}

TEST_CASE("medtime::is_iso_date") {
  CHECK(is_iso_date("2026-11-22"));
  CHECK(is_iso_date("2024-02-29"));  // leap year
  CHECK(is_iso_date("2000-02-29"));  // divisible by 400
  CHECK_FALSE(is_iso_date("1900-02-29")); // divisible by 100
  CHECK_FALSE(is_iso_date("2023-02-29"));
  CHECK_FALSE(is_iso_date("2026-04-31"));
  CHECK_FALSE(is_iso_date("2026-13-01"));
  CHECK_FALSE(is_iso_date("2026-00-10"));
  CHECK_FALSE(is_iso_date("2026-01-00"));
  CHECK_FALSE(is_iso_date("2026-1-01"));
  CHECK_FALSE(is_iso_date("22/11/2026"));
  CHECK_FALSE(is_iso_date("2026-11-2x"));
}

TEST_CASE("medtime::to_string") {
  CHECK(to_string(QuestionType::tasks) == "tasks");
  CHECK(to_string(Dimension::readiness) == "readiness");
  CHECK(to_string(Effort::medium) == "medium");
}

} // TEST_SUITE
