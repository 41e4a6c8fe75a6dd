// Unit tests of the interview behind `medtime ask`: input parsing per
// question type, navigation and `when:` re-evaluation, task tables, resuming
// from a file, the answers writer, and the session loop with a scripted console.
#include <doctest/doctest.h>

#include <deque>

#include "ask/duration.h"
#include "ask/input.h"
#include "ask/interview.h"
#include "ask/prompt.h"
#include "ask/session.h"
#include "load/answers_loader.h"
#include "load/questionnaire_loader.h"
#include "load/answers_writer.h"
#include "render/wrap.h"
#include "scoring/score.h"
#include "util/files.h"

using namespace medtime;
using namespace medtime::ask;

namespace {

const QuestionnaireSet& mini_set() {
  static const QuestionnaireSet set = load_questionnaire_set(MEDTIME_TEST_DATA "/set");
  return set;
}

// first (statut → secretariat → heures_secretariat, note), temps (the time
// budget: hours of courrier, agenda, compta), second (taches: a level per
// category, envie).
const QuestionnaireSet& ask_set() {
  static const QuestionnaireSet set = load_questionnaire_set(MEDTIME_TEST_DATA "/ask/set");
  return set;
}

const Question& mini(std::string_view id) {
  const Questionnaire& q = mini_set().items()[0];
  return q.questions[static_cast<size_t>(q.find_question(id))];
}

std::vector<int> all(const QuestionnaireSet& set) {
  std::vector<int> out;
  for (size_t i = 0; i < set.size(); ++i) {
    out.push_back(static_cast<int>(i));
  }
  return out;
}

Interview fresh(const QuestionnaireSet& set = ask_set()) {
  Interview iv(set, all(set), "2026-11-22");
  iv.resume();
  return iv;
}

// Where the interview stands: "respondent.id", "date", "statut",
// "heures.agenda.hours" (a budget row), "taches.agenda.level" (a lever's
// row), or "end".
std::string where(const Interview& iv) {
  if (iv.at_end()) {
    return "end";
  }
  const Step& s = iv.step();
  switch (s.kind) {
  case Step::Kind::respondent:
    return std::string("respondent.") + k_respondent_fields[s.field];
  case Step::Kind::date:
    return "date";
  case Step::Kind::question:
    return iv.question(s).id;
  case Step::Kind::task_hours:
  case Step::Kind::task_level:
    return iv.question(s).id + "." + iv.question(s).tasks[static_cast<size_t>(s.task)].id +
           (s.kind == Step::Kind::task_hours ? ".hours" : ".level");
  }
  return "?";
}

// Types `line` at the current step as the session does (without saving).
void type(Interview& iv, std::string_view line) {
  Reply r = parse_reply(line, iv, Lang::en);
  REQUIRE_MESSAGE(r.kind != Reply::Kind::invalid, r.error);
  switch (r.kind) {
  case Reply::Kind::answer:
    iv.set_answer(r.answer);
    iv.next();
    break;
  case Reply::Kind::keep:
    iv.next();
    break;
  case Reply::Kind::skip:
    iv.skip();
    iv.next();
    break;
  case Reply::Kind::back:
    iv.back();
    break;
  case Reply::Kind::clear:
    iv.clear();
    break;
  default:
    break;
  }
}

void type_all(Interview& iv, std::initializer_list<std::string_view> lines) {
  for (auto line : lines) {
    type(iv, line);
  }
}

Reply answer_en(std::string_view text, const Question& q) {
  return parse_answer(text, q, Lang::en);
}

std::string error_en(std::string_view text, const Question& q) {
  Reply r = answer_en(text, q);
  CHECK(r.kind == Reply::Kind::invalid);
  return r.error;
}

const Answer& answer_of(const Interview& iv, int response, std::string_view id) {
  const Questionnaire& q = ask_set().items()[static_cast<size_t>(response)];
  return iv.assessment().responses[static_cast<size_t>(response)].answers[static_cast<size_t>(q.find_question(id))];
}

} // namespace

TEST_SUITE("ask") {

TEST_CASE("medtime::ask::parse_answer") {
  SUBCASE("single choice by number or id") {
    CHECK(answer_en("2", mini("staff")).answer.choice == 1);
    CHECK(answer_en(" Assistant ", mini("staff")).answer.choice == 2);
    CHECK(answer_en("2", mini("staff")).answer.state == AnswerState::given);
    CHECK(error_en("4", mini("staff")) == "\"4\" is not an answer number: type a number from 1 to 3.");
    CHECK(error_en("0", mini("staff")) == "\"0\" is not an answer number: type a number from 1 to 3.");
    CHECK(error_en("1 2", mini("staff")) == "Only one answer: type a single number, from 1 to 3.");
  }
  SUBCASE("multiple choice separated by spaces or commas") {
    // bits: agenda is option 1 (2), messaging option 2 (4): 2 + 4 = 6
    CHECK(answer_en("2 3", mini("tools")).answer.choices == 6);
    CHECK(answer_en("2,3", mini("tools")).answer.choices == 6);
    CHECK(answer_en("3, 2 ,3", mini("tools")).answer.choices == 6);
    CHECK(answer_en("agenda", mini("tools")).answer.choices == 2);
    CHECK(answer_en("1", mini("tools")).answer.choices == 1);
    CHECK(error_en("1 2", mini("tools")) == "\"none\" cannot be combined with other answers.");
    CHECK(error_en("23", mini("tools")) ==
          "\"23\" is not an answer number (from 1 to 3). Separate the numbers with spaces: 1 3.");
    CHECK(error_en("2 x", mini("tools")) == "\"x\" is not an answer number (from 1 to 3).");
  }
  SUBCASE("scale within its bounds") {
    CHECK(answer_en("5", mini("burden")).answer.number == 5);
    CHECK(error_en("6", mini("burden")) == "\"6\": type a whole number from 1 to 5.");
    CHECK(error_en("2,5", mini("burden")) == "\"2,5\": type a whole number from 1 to 5.");
  }
  SUBCASE("yes and no in French and English") {
    for (const char* yes : {"o", "O", "oui", "y", "yes", "YES"}) {
      CHECK(answer_en(yes, mini("wants")).answer.choice == 1);
    }
    for (const char* no : {"n", "non", "no", "Non"}) {
      CHECK(answer_en(no, mini("wants")).answer.choice == 0);
    }
    CHECK(error_en("peut-être", mini("wants")) == "\"peut-être\": answer y (yes) or n (no).");
  }
  SUBCASE("number with a decimal comma, a point or an h") {
    CHECK(answer_en("2,5", mini("phone_hours")).answer.number == 2.5);
    CHECK(answer_en("2.5", mini("phone_hours")).answer.number == 2.5);
    CHECK(answer_en("4h", mini("phone_hours")).answer.number == 4);
    CHECK(answer_en("4 h", mini("phone_hours")).answer.number == 4);
    CHECK(error_en("beaucoup", mini("phone_hours")) ==
          "\"beaucoup\" is not a number: type the number only (for example 4 or 2.5).");
    CHECK(error_en("41", mini("phone_hours")) == "\"41\" is out of range: type a number from 0 to 40 h/week.");
    const Question& integer = ask_set().items()[0].questions[2];
    CHECK(error_en("2,5", integer) == "\"2,5\": type a whole number.");
  }
  SUBCASE("free text") {
    CHECK(answer_en("RAS, merci", mini("note")).answer.text == "RAS, merci");
    CHECK(error_en("caf\xe9", mini("note")) == "This text holds unreadable characters (not UTF-8): type it again.");
    CHECK(error_en(std::string(1001, 'x'), mini("note")) == "Text too long (1001 characters, at most 1000).");
    // The loader refuses control characters: saved, they would lock the file.
    CHECK(error_en("RAS \x1b[31m", mini("note")) ==
          "This text holds a control character (U+001B, a special key or a paste): type it again "
          "without it.");
    CHECK(error_en("csi \u009b2J", mini("note")) ==
          "This text holds a control character (U+009B, a special key or a paste): type it again "
          "without it.");
    CHECK(error_en("bell\a", mini("note")).find("U+0007") != std::string::npos);
    CHECK(answer_en("tab\tinside", mini("note")).answer.text == "tab\tinside");
  }
  SUBCASE("na for every type") {
    for (const char* id : {"staff", "tools", "burden", "wants", "phone_hours", "note"}) {
      CHECK(answer_en("NA", mini(id)).answer.state == AnswerState::na);
    }
  }
  SUBCASE("french messages keep their no-break spaces") {
    CHECK(parse_answer("9", mini("staff"), Lang::fr).error ==
          "«\u00a09\u00a0» n'est pas un numéro de réponse\u00a0: tapez un nombre de 1 à 3.");
  }
}

TEST_CASE("medtime::ask::parse_task_hours") {
  // Hours are the time budget's rows (default limit 40); levels a lever's.
  const Questionnaire& budget = mini_set().items()[static_cast<size_t>(mini_set().budget())];
  const Question& hours = budget.questions[static_cast<size_t>(budget.find_question("hours"))];
  CHECK(parse_task_hours("3,5", hours, Lang::en).answer.number == 3.5);
  CHECK(parse_task_hours("0", hours, Lang::en).answer.number == 0);
  CHECK(parse_task_hours("na", hours, Lang::en).answer.state == AnswerState::na);
  CHECK(parse_task_hours("41", hours, Lang::en).error ==
        "\"41\": type a number of hours per week from 0 to 40 (0 if you do not do this task).");
  // The ask set's budget table allows 10 h a row.
  const Questionnaire& temps = ask_set().items()[1];
  CHECK(parse_task_hours("11", temps.questions[0], Lang::en).error ==
        "\"11\": type a number of hours per week from 0 to 10 (0 if you do not do this task).");
  CHECK(parse_task_hours("10", temps.questions[0], Lang::en).answer.number == 10);
  const Question& table = mini("tasks");
  CHECK(parse_task_level("3", table, Lang::en).answer.choice == 2);
  CHECK(parse_task_level("partial", table, Lang::en).answer.choice == 1);
  CHECK(parse_task_level("na", table, Lang::en).error ==
        "\"na\" is not an answer number: type a number from 1 to 3.");
}

TEST_CASE("medtime::ask::parse_reply on a table's rows") {
  // na stands for the whole table: offered on its first row only.
  Interview iv = fresh();
  iv.go_to(*iv.step_of_question("heures"));
  CHECK(parse_reply("na", iv, Lang::en).answer.state == AnswerState::na);
  iv.go_to(*iv.step_of_question("taches"));
  CHECK(parse_reply("NA", iv, Lang::en).answer.state == AnswerState::na);
  iv.go_to(*iv.step_of_question("taches") + 1);
  CHECK(parse_reply("na", iv, Lang::en).error ==
        "\"na\" is not an answer number: type a number from 1 to 3.");
  CHECK(parse_reply("partiel", iv, Lang::en).answer.choice == 1);
}

TEST_CASE("medtime::ask::parse_date") {
  CHECK(parse_date("2026-11-22", Lang::en).answer.text == "2026-11-22");
  CHECK(parse_date("22/11/2026", Lang::en).answer.text == "2026-11-22");
  CHECK(parse_date("1/2/2028", Lang::en).answer.text == "2028-02-01");
  CHECK(parse_date("29/02/2028", Lang::en).answer.text == "2028-02-29"); // 2028 is a leap year
  CHECK(parse_date("29/02/2027", Lang::en).error ==
        "\"29/02/2027\" is not a valid date: type it as 2026-11-22 or 22/11/2026.");
  CHECK(parse_date("demain", Lang::en).kind == Reply::Kind::invalid);
}

TEST_CASE("medtime::ask::parse_reply") {
  Interview iv = fresh();
  SUBCASE("keys") {
    CHECK(parse_reply("<", iv, Lang::en).kind == Reply::Kind::back);
    CHECK(parse_reply(" S ", iv, Lang::en).kind == Reply::Kind::skip);
    CHECK(parse_reply("q", iv, Lang::en).kind == Reply::Kind::quit);
    CHECK(parse_reply("?", iv, Lang::en).kind == Reply::Kind::help);
    CHECK(parse_reply("-", iv, Lang::en).kind == Reply::Kind::clear);
  }
  SUBCASE("a control character in the respondent is refused") {
    CHECK(parse_reply("dr-\x1b]8;;http://x\a", iv, Lang::en).kind == Reply::Kind::invalid);
    CHECK(parse_reply("dr-\x1b]8;;http://x\a", iv, Lang::fr).error ==
          "Ce texte contient un caractère de contrôle (U+001B, une touche spéciale ou un "
          "collage)\u00a0: retapez-le sans.");
  }
  SUBCASE("enter leaves a respondent field empty") {
    CHECK(where(iv) == "respondent.id");
    CHECK(parse_reply("", iv, Lang::en).kind == Reply::Kind::skip);
  }
  SUBCASE("enter accepts today as the date, which cannot be skipped") {
    type_all(iv, {"dr-a", "gp", "solo"});
    REQUIRE(where(iv) == "date");
    Reply r = parse_reply("\r", iv, Lang::en);
    CHECK(r.kind == Reply::Kind::answer);
    CHECK(r.answer.text == "2026-11-22");
    CHECK(parse_reply("s", iv, Lang::en).error ==
          "The date tracks your progress from one self-assessment to the next: Enter for today "
          "(2026-11-22), or type a date.");
  }
  SUBCASE("enter keeps an answer, and is explained without one") {
    type_all(iv, {"", "", "", ""});
    REQUIRE(where(iv) == "statut");
    CHECK(parse_reply("", iv, Lang::en).error ==
          "Type an answer, s to skip this question, or ? for help.");
    type(iv, "1");
    type(iv, "<");
    CHECK(parse_reply("", iv, Lang::en).kind == Reply::Kind::keep);
  }
}

TEST_CASE("medtime::ask::Interview") {
  Interview iv = fresh();
  SUBCASE("a new file starts with the respondent, then the date") {
    CHECK(where(iv) == "respondent.id");
    type_all(iv, {"dr-a", "", "solo"});
    CHECK(where(iv) == "date");
    type(iv, "");
    CHECK(where(iv) == "statut");
    CHECK(iv.assessment().respondent ==
          std::vector<std::pair<std::string, std::string>>{{"id", "dr-a"}, {"specialty", ""}, {"practice", "solo"}});
    CHECK(iv.assessment().date == "2026-11-22");
  }
  SUBCASE("conditions are evaluated as answers change") {
    type_all(iv, {"", "", "", ""});
    // statut is liberal: secretariat shows; secretariat no: its hours do not.
    type_all(iv, {"1", "n"});
    CHECK(where(iv) == "note");
    CHECK(iv.progress().index == 3);
    // statut, secretariat, note, three budget rows, three levels (envie hidden)
    CHECK(iv.progress().total == 9);
    type(iv, "<");
    CHECK(where(iv) == "secretariat");
    type(iv, "o");
    CHECK(where(iv) == "heures_secretariat");
    CHECK(iv.progress().total == 10);
    type(iv, "12");
    CHECK(where(iv) == "note");
    // Going back to statut and making it salaried hides both follow-ups.
    type_all(iv, {"<", "<", "<", "2"});
    CHECK(where(iv) == "note");
    CHECK(iv.progress().index == 2);
    CHECK(iv.progress().total == 8); // statut, note, the budget rows and the levels
    type(iv, "<");
    CHECK(where(iv) == "statut");
    // The hidden answers stay in the file (nothing typed is lost)...
    CHECK(answer_of(iv, 0, "heures_secretariat").number == 12);
    // ...but count for nothing.
    auto summary = iv.summary();
    CHECK(summary[0].answered == 1);
    CHECK(summary[0].skipped == 1); // note
  }
  SUBCASE("back stops at the first step") {
    CHECK_FALSE(iv.back());
    CHECK(where(iv) == "respondent.id");
  }
  SUBCASE("the budget is asked row by row in hours, a lever's table row by row in levels") {
    type_all(iv, {"", "", "", "", "2", ""});
    REQUIRE(where(iv) == "heures.courrier.hours");
    type(iv, "4");
    CHECK(where(iv) == "heures.agenda.hours");
    type(iv, "0");
    CHECK(where(iv) == "heures.compta.hours");
    // Skipped: the hours of compta are not known.
    type(iv, "s");
    CHECK(where(iv) == "taches.courrier.level");
    type(iv, "3");
    // 0 h of agenda in the budget: its level is not asked; compta's, whose
    // hours are unknown, is.
    CHECK(where(iv) == "taches.compta.level");
    type(iv, "s");
    // 4 h delegated entirely: 4 ≥ 1, so envie shows.
    CHECK(where(iv) == "envie");
    type(iv, "<");
    CHECK(where(iv) == "taches.compta.level");
    type(iv, "<"); // agenda's level is not asked for 0 h
    CHECK(where(iv) == "taches.courrier.level");
    // Not delegated at all: 0 h delegable, envie is hidden. Every later step was asked: the
    // interview moves on to the one left unanswered, then to the end.
    type(iv, "1");
    CHECK(where(iv) == "taches.compta.level");
    type(iv, "s");
    CHECK(where(iv) == "end");
    const Answer& budget = answer_of(iv, 1, "heures");
    CHECK(budget.tasks[0].hours == 4.0);
    CHECK(budget.tasks[1].hours == 0.0);
    CHECK_FALSE(budget.tasks[2].hours.has_value());
    const Answer& table = answer_of(iv, 2, "taches");
    CHECK(table.tasks[0].level == 0);
    CHECK(table.tasks[1].level == -1);
    CHECK(table.tasks[2].level == -1);
    // The lever's table holds no hours.
    CHECK_FALSE(table.tasks[0].hours.has_value());
    // Giving agenda some hours brings its level back.
    iv.go_to(*iv.step_of_question("heures") + 1);
    REQUIRE(where(iv) == "heures.agenda.hours");
    type(iv, "2");
    CHECK(where(iv) == "taches.agenda.level");
  }
  SUBCASE("na on the first row makes the whole table not applicable") {
    type_all(iv, {"", "", "", "", "2", "", "na"});
    CHECK(answer_of(iv, 1, "heures").state == AnswerState::na);
    // No budget: every level is asked, the first one may be na too.
    CHECK(where(iv) == "taches.courrier.level");
    type(iv, "na");
    CHECK(where(iv) == "end");
    CHECK(answer_of(iv, 2, "taches").state == AnswerState::na);
    type(iv, "<");
    CHECK(where(iv) == "taches.courrier.level");
    type(iv, "2");
    CHECK(answer_of(iv, 2, "taches").state == AnswerState::given);
    CHECK(where(iv) == "taches.agenda.level");
    type_all(iv, {"<", "<"});
    CHECK(where(iv) == "heures.courrier.hours");
    type(iv, "2");
    CHECK(answer_of(iv, 1, "heures").state == AnswerState::given);
    CHECK(where(iv) == "heures.agenda.hours");
  }
  SUBCASE("after a change further back, the interview returns to where it stood") {
    type_all(iv, {"", "", "", "", "1", "n", "s"});
    REQUIRE(where(iv) == "heures.courrier.hours");
    type_all(iv, {"<", "<", "<"});
    CHECK(where(iv) == "statut");
    type(iv, ""); // Enter keeps statut and goes back to the first step not asked
    CHECK(where(iv) == "heures.courrier.hours");
    type_all(iv, {"<", "<", "o"});
    CHECK(where(iv) == "heures_secretariat"); // newly shown, so not asked yet
    type(iv, "5");
    CHECK(where(iv) == "heures.courrier.hours");
  }
  SUBCASE("skip keeps the answer, clear removes it") {
    type_all(iv, {"", "", "", "", "1", "<", "s"});
    CHECK(answer_of(iv, 0, "statut").choice == 0);
    type_all(iv, {"<", "-"});
    CHECK(answer_of(iv, 0, "statut").state == AnswerState::missing);
    CHECK(where(iv) == "statut");
  }
}

TEST_CASE("medtime::ask::Interview::load") {
  Interview iv(ask_set(), all(ask_set()), "2026-11-22");
  SUBCASE("resumes at the first question not asked") {
    iv.load("respondent: {id: dr-a, specialty: \"\", practice: \"\"}\ndate: 2026-01-02\n"
            "answers:\n  first:\n    version: 1\n    statut: liberal\n    secretariat:\n",
            "a.yaml");
    iv.resume();
    // secretariat was skipped (empty key): heures_secretariat is hidden, note is next.
    CHECK(where(iv) == "note");
    CHECK(iv.answer_count() == 1);
  }
  SUBCASE("resumes inside the time budget") {
    iv.load("respondent: {id: a, specialty: b, practice: c}\ndate: 2026-01-02\nanswers:\n"
            "  first: {version: 1, statut: salarie, note: ok}\n"
            "  temps:\n    version: 1\n    heures:\n      courrier: 2\n",
            "a.yaml");
    iv.resume();
    CHECK(where(iv) == "heures.agenda.hours");
  }
  SUBCASE("resumes inside a lever's task table") {
    // compta takes no hours, so its level is not asked; agenda's is next.
    iv.load("respondent: {id: a, specialty: b, practice: c}\ndate: 2026-01-02\nanswers:\n"
            "  first: {version: 1, statut: salarie, note: ok}\n"
            "  temps: {version: 1, heures: {courrier: 2, agenda: 1, compta: 0}}\n"
            "  second:\n    version: 3\n    taches:\n      courrier: total\n",
            "a.yaml");
    iv.resume();
    CHECK(where(iv) == "taches.agenda.level");
    CHECK_FALSE(iv.has_answer());
    CHECK(answer_of(iv, 2, "taches").tasks[0].level == 2);
    CHECK(iv.budget_hours(1) == 1.0);
  }
  SUBCASE("when everything was asked, resumes at the first question left unanswered") {
    iv.load("respondent: {id: a, specialty: b, practice: c}\ndate: 2026-01-02\nanswers:\n"
            "  first: {version: 1, statut: salarie, note: }\n"
            "  temps: {version: 1, heures: na}\n"
            "  second: {version: 3, taches: na}\n",
            "a.yaml");
    iv.resume();
    CHECK(where(iv) == "note");
  }
  SUBCASE("a complete file resumes at the end") {
    iv.load("respondent: {id: a, specialty: b, practice: c}\ndate: 2026-01-02\nanswers:\n"
            "  first: {version: 1, statut: salarie, note: ok}\n"
            "  temps: {version: 1, heures: na}\n"
            "  second: {version: 3, taches: na}\n",
            "a.yaml");
    iv.resume();
    CHECK(iv.at_end());
  }
  SUBCASE("a budget of 0 hours everywhere leaves no level to ask") {
    iv.load("respondent: {id: a, specialty: b, practice: c}\ndate: 2026-01-02\nanswers:\n"
            "  first: {version: 1, statut: salarie, note: ok}\n"
            "  temps: {version: 1, heures: {courrier: 0, agenda: 0, compta: 0}}\n",
            "a.yaml");
    iv.resume();
    CHECK(iv.at_end());
    // statut, note and the three budget rows.
    CHECK(iv.progress().total == 5);
  }
  SUBCASE("an empty file is a new one") {
    iv.load(" \n", "a.yaml");
    iv.resume();
    CHECK(where(iv) == "respondent.id");
  }
  SUBCASE("a file that is not valid is refused") {
    CHECK_THROWS_WITH(iv.load("answers:\n  first: {version: 1, statut: maybe}\n", "a.yaml"),
                      "a.yaml:2:31: error E101: question \"statut\" has no option \"maybe\"; expected one of "
                      "liberal, salarie");
    CHECK_THROWS_WITH(iv.load("answers:\n  first: {version: 2}\n", "a.yaml"),
                      "a.yaml:2:20: error E114: answers are for version 2 of \"first\", but the questionnaire "
                      "is version 1");
    // A version 1 row held its hours beside its level: they belong to the time budget now.
    CHECK_THROWS_WITH(iv.load("answers:\n  second:\n    version: 3\n    taches:\n"
                              "      courrier: {hours: 2, delegate: total}\n",
                              "a.yaml"),
                      "a.yaml:5:17: error E108: task \"courrier\" of \"taches\" expects a delegation level, "
                      "one of non, partiel, total, got a mapping; hours are asked once, in the time "
                      "budget (temps): convert the file with `medtime upgrade FILE`");
  }
}

TEST_CASE("medtime::ask::Interview::progress") {
  Interview iv = fresh();
  SUBCASE("no step number before the questions") {
    // statut, note (secretariat waits for statut), three budget rows, three levels.
    CHECK(iv.progress().index == 0);
    CHECK(iv.progress().total == 8);
  }
  SUBCASE("every row of a table is a step; a lever's row leaves when the budget says 0 h") {
    // statut liberal, secretariat no (heures_secretariat not asked), note: 3 steps of
    // first; then the three budget rows and the three levels; envie waits for delegable hours.
    type_all(iv, {"", "", "", "", "1", "n", "fine"});
    CHECK(where(iv) == "heures.courrier.hours");
    Progress p = iv.progress();
    CHECK(p.index == 4);
    CHECK(p.total == 9);
    CHECK(p.part_index == 1);
    CHECK(p.part_total == 3);
    type_all(iv, {"0"}); // no level for courrier: 8 steps
    CHECK(iv.progress().total == 8);
    CHECK(iv.progress().index == 5);
    type_all(iv, {"4", "2"});
    CHECK(where(iv) == "taches.agenda.level");
    p = iv.progress();
    CHECK(p.index == 7);
    CHECK(p.total == 8);
    CHECK(p.part_index == 1);
    CHECK(p.part_total == 2); // agenda and compta
    // 4 h × 0.5 = 2 delegable hours: envie is asked, one step more.
    type(iv, "2");
    CHECK(iv.progress().total == 9);
    CHECK(iv.progress().part_total == 3);
  }
  SUBCASE("step numbers and question ids lead to steps") {
    CHECK(iv.step_numbered(1) == iv.step_of_question("statut"));
    CHECK(iv.step_of_question("temps.heures") == iv.step_numbered(3));
    CHECK(iv.step_of_question("SECOND.taches") == iv.step_numbered(6));
    CHECK_FALSE(iv.step_of_question("heures_secretariat")); // not asked yet
    CHECK_FALSE(iv.step_numbered(9));
    // Once the budget says 0 h of courrier, the table starts at agenda.
    iv.go_to(*iv.step_of_question("heures"));
    type(iv, "0");
    CHECK(iv.step_of_question("taches") == iv.step_numbered(6));
    iv.go_to(*iv.step_numbered(6));
    CHECK(where(iv) == "taches.agenda.level");
  }
}

TEST_CASE("medtime::ask::Interview::load_previous") {
  Interview iv(ask_set(), all(ask_set()), "2027-02-15");
  iv.load_previous("respondent: {id: dr-a, region: nord}\n"
                   "date: 2026-11-16\n"
                   "answers:\n"
                   "  first: {version: 1, statut: liberal, secretariat: yes, heures_secretariat: 4}\n"
                   "  temps:\n"
                   "    version: 1\n"
                   "    heures: {courrier: 2, agenda: 1}\n"
                   "  second:\n"
                   "    version: 3\n"
                   "    taches: {courrier: total}\n",
                   "last.yaml");
  iv.resume();
  SUBCASE("Enter takes last time's answer, the date is today's") {
    ScreenOptions o;
    o.lang = Lang::en;
    o.plain = true;
    CHECK(render_step(iv, o).find("Last time (2026-11-16): dr-a\n") != std::string::npos);
    type_all(iv, {"", "", "", "", "", ""});
    CHECK(where(iv) == "heures_secretariat");
    CHECK(render_step(iv, o).find("Last time (2026-11-16): 4 h/week\n") != std::string::npos);
    // heures_secretariat changed, note left empty, courrier's and agenda's hours as last
    // time, compta's (not answered last time) typed.
    type_all(iv, {"6", "", "", ""});
    REQUIRE(where(iv) == "heures.compta.hours");
    CHECK(render_step(iv, o).find("Last time") == std::string::npos);
    type(iv, "3");
    REQUIRE(where(iv) == "taches.courrier.level");
    CHECK(render_step(iv, o).find("2 h/week according to your time budget. How far could you "
                                  "delegate it?\n") != std::string::npos);
    CHECK(render_step(iv, o).find("Last time (2026-11-16): 3. entirely\n") != std::string::npos);
    type(iv, "");
    CHECK(where(iv) == "taches.agenda.level");
    CHECK(answer_of(iv, 0, "heures_secretariat").number == 6);
    const Answer& budget = answer_of(iv, 1, "heures");
    CHECK(budget.tasks[0].hours == 2.0);
    CHECK(budget.tasks[1].hours == 1.0);
    CHECK(budget.tasks[2].hours == 3.0);
    CHECK(answer_of(iv, 2, "taches").tasks[0].level == 2);
    CHECK(iv.assessment().date == "2027-02-15");
    // Not asked, the region carries over; the answers file holds only what was confirmed.
    CHECK(iv.file_text().find("region: nord") != std::string::npos);
  }
  SUBCASE("a step without an answer last time asks as usual") {
    type_all(iv, {"", "", "", ""});
    Reply r = parse_reply("", iv, Lang::en);
    CHECK(r.kind == Reply::Kind::answer); // statut: liberal
  }
}

TEST_CASE("medtime::ask::Interview::load_previous of tables answered na") {
  // Enter on a table's first row takes last time's na, for the budget and a lever.
  Interview iv(ask_set(), all(ask_set()), "2027-02-15");
  iv.load_previous("answers:\n"
                   "  first: {version: 1, statut: salarie, note: ok}\n"
                   "  temps: {version: 1, heures: na}\n"
                   "  second: {version: 3, taches: na}\n",
                   "last.yaml");
  iv.resume();
  type_all(iv, {"", "", "", "", "", ""});
  REQUIRE(where(iv) == "heures.courrier.hours");
  type(iv, "");
  CHECK(answer_of(iv, 1, "heures").state == AnswerState::na);
  REQUIRE(where(iv) == "taches.courrier.level");
  type(iv, "");
  CHECK(answer_of(iv, 2, "taches").state == AnswerState::na);
  CHECK(where(iv) == "end");
}

TEST_CASE("medtime::ask::Interview::load_previous of another version") {
  // Last quarter's file answered version 2 of second (now 3) and a question
  // since removed: what still fits is offered, the rest is named.
  Interview iv(ask_set(), all(ask_set()), "2027-02-15");
  auto warnings = iv.load_previous("answers:\n"
                                   "  first: {version: 1, statut: liberal, ancienne: 3}\n"
                                   "  second: {version: 2, envie: 3}\n",
                                   "last.yaml");
  REQUIRE(warnings.size() == 2);
  // Columns: "ancienne" after 39 characters, the version after 20.
  CHECK(warnings[0].format() ==
        "last.yaml:2:40: warning E115: unknown question \"ancienne\" in \"first\"; left out");
  CHECK(warnings[1].format() == "last.yaml:3:21: warning W100: answers are for version 2 of \"second\", but "
                                "the questionnaire is version 3; answers are compared by question id");
  iv.resume();
  type_all(iv, {"", "", "", ""});
  CHECK(parse_reply("", iv, Lang::en).answer.choice == 0); // statut: liberal, last time
}

TEST_CASE("medtime::ask::parse_jump") {
  Interview iv = fresh();
  CHECK_FALSE(parse_jump("go", iv, Lang::en));
  CHECK(parse_jump("g 5", iv, Lang::en)->target == *iv.step_numbered(5));
  CHECK(parse_jump("g5", iv, Lang::en)->target == *iv.step_numbered(5));
  CHECK(parse_jump("g note", iv, Lang::en)->target == *iv.step_of_question("note"));
  CHECK(parse_jump("g nothing", iv, Lang::en)->error ==
        "\"nothing\": no step with that number nor question with that id. Type g then a step number "
        "from 1 to 8 or the id of a question asked (m for the list of sections).");
}

TEST_CASE("medtime::ask::render_help") {
  Interview iv = fresh();
  ScreenOptions o;
  o.lang = Lang::en;
  o.width = 60;
  // Wrapped once, to the width, two spaces in: no line past 60 columns.
  std::string help = render_help(iv, o);
  size_t start = 0;
  while (start < help.size()) {
    size_t end = help.find('\n', start);
    CHECK(display_width(help.substr(start, end - start)) <= 60);
    start = end + 1;
  }
  CHECK(help.find("  g 12 or g id: go to step 12 or to a question\n") != std::string::npos);
}

TEST_CASE("medtime::ask::estimated_minutes") {
  CHECK(estimated_minutes(20) == 1);   // never 0
  CHECK(estimated_minutes(95) == 2);   // 1.58 min
  CHECK(estimated_minutes(600) == 10);
  CHECK(estimated_minutes(1000) == 15); // 16.7 min → 17 → to the nearest 5
  CHECK(estimated_minutes(1990) == 35); // 33.2 min → 33 → 35
}

TEST_CASE("medtime::ask::estimated_seconds") {
  Interview iv = fresh();
  // First: statut and note, both asked; the time budget: three rows of hours
  // to estimate; second: three levels. The steps that follow a step are
  // timed on what is new on their screen, so the sum over the questionnaires
  // is the whole.
  double first = estimated_seconds(iv, 0, Lang::en);
  double budget = estimated_seconds(iv, 1, Lang::en);
  double second = estimated_seconds(iv, 2, Lang::en);
  CHECK(first >= 2 * k_seconds_per_answer);
  CHECK(budget >= 3 * (k_seconds_per_answer + k_seconds_per_estimate));
  CHECK(second >= 3 * k_seconds_per_answer);
  CHECK(estimated_seconds(iv, -1, Lang::en) == doctest::Approx(first + budget + second));
}

TEST_CASE("medtime::write_answers") {
  SUBCASE("the fixture's answers round-trip") {
    Diagnostics diags("mini-answers.yaml");
    Assessment a = parse_assessment(read_file(MEDTIME_TEST_DATA "/mini-answers.yaml"), mini_set(),
                                    "mini-answers.yaml", diags);
    REQUIRE_FALSE(diags.has_errors());
    std::string text = write_answers(a);
    CHECK(text == "respondent:\n  id: dr-test\n  specialty: generaliste\n  practice: solo\n"
                  "date: 2026-11-22\nanswers:\n  mini:\n    version: 2\n    staff: none\n"
                  "    tools: [agenda, messaging]\n    burden: 2\n    phone_hours: 3\n    wants: yes\n"
                  "    how_much: 5\n    tasks:\n      booking: total\n      billing: partial\n"
                  "    note: RAS\n  budget:\n    version: 1\n    hours:\n      booking: 4\n"
                  "      billing: 2\n      phone: 3\n");
    Diagnostics again("again");
    Assessment b = parse_assessment(text, mini_set(), "again", again);
    REQUIRE_FALSE(again.has_errors());
    CHECK(write_answers(b) == text);
  }
  SUBCASE("blank marks are written as empty keys and read as missing") {
    Interview iv = fresh();
    type_all(iv, {"dr-a", "", "", "", "s", "", "s", "3", "1", "s", "<"});
    // statut skipped, note empty, courrier's hours skipped, agenda 3 h, compta 1 h; courrier's
    // level skipped; back on it, agenda's level not asked yet.
    REQUIRE(where(iv) == "taches.courrier.level");
    std::string text = iv.file_text();
    CHECK(text == "respondent:\n  id: dr-a\n  specialty: \"\"\n  practice: \"\"\ndate: 2026-11-22\n"
                  "answers:\n  first:\n    version: 1\n    statut:\n    note:\n  temps:\n"
                  "    version: 1\n    heures:\n      courrier:\n      agenda: 3\n      compta: 1\n"
                  "  second:\n    version: 3\n    taches:\n      courrier:\n");
    Diagnostics diags("x");
    Assessment a = parse_assessment(text, ask_set(), "x", diags);
    CHECK_FALSE(diags.has_errors());
    CHECK(a.responses[0].answers[0].state == AnswerState::missing);
    CHECK_FALSE(a.responses[1].answers[0].tasks[0].hours.has_value());
    CHECK(a.responses[1].answers[0].tasks[1].hours == 3.0);
    Interview back(ask_set(), all(ask_set()), "2026-11-22");
    back.load(text, "x");
    back.resume();
    CHECK(where(back) == "taches.agenda.level");
  }
  SUBCASE("texts are quoted when they could be misread") {
    CHECK(yaml_scalar("dr-martin") == "dr-martin");
    CHECK(yaml_scalar("yes") == "\"yes\"");
    CHECK(yaml_scalar("Null") == "\"Null\"");
    CHECK(yaml_scalar("") == "\"\"");
    CHECK(yaml_scalar("42") == "\"42\"");
    CHECK(yaml_scalar("a: b # c") == "\"a: b # c\"");
    CHECK(yaml_scalar("généraliste") == "\"généraliste\"");
    CHECK(yaml_scalar("say \"hi\"\\\n\t\x01") == "\"say \\\"hi\\\"\\\\\\n\\t\\x01\"");
    CHECK(yaml_scalar("a\u2028b\u0085c\ufeff") == "\"a\\Lb\\Nc\\uFEFF\"");
  }
  SUBCASE("any text answer round-trips") {
    Interview iv = fresh();
    type_all(iv, {"", "", "", "", "2"});
    REQUIRE(where(iv) == "note");
    std::string tricky = "« Très bien » : 50 % — \"oui\" # non\\ \u2028 ~ - [a] {b} &c *d !e |f >g";
    type(iv, tricky);
    Diagnostics diags("x");
    Assessment a = parse_assessment(iv.file_text(), ask_set(), "x", diags);
    CHECK_FALSE(diags.has_errors());
    CHECK(a.responses[0].answers[3].text == tricky);
  }
}

namespace {

class ScriptConsole : public Console {
public:
  explicit ScriptConsole(std::initializer_list<const char*> lines, bool interactive = false)
      : m_lines(lines.begin(), lines.end()), m_interactive(interactive) {}
  void show(std::string_view text, bool) override { output += text; }
  std::optional<std::string> read_line() override {
    if (m_lines.empty()) {
      return std::nullopt;
    }
    std::string line = m_lines.front();
    m_lines.pop_front();
    return line;
  }
  bool interactive() const override { return m_interactive; }
  size_t width() const override { return 0; }
  std::string output;

private:
  std::deque<std::string> m_lines;
  bool m_interactive;
};

struct Saved {
  std::vector<std::string> files;
  SessionOptions options() {
    SessionOptions o;
    o.screen.lang = Lang::en;
    o.screen.plain = true;
    o.screen.file = "a.yaml";
    o.resume_command = "medtime ask -o a.yaml";
    o.report_command = {"medtime", "report", "a.yaml"};
    o.save = [this](const std::string& content) { files.push_back(content); };
    return o;
  }
};

} // namespace

TEST_CASE("medtime::ask::run_session") {
  Interview iv(ask_set(), all(ask_set()), "2026-11-22");
  iv.resume();
  Saved saved;
  SessionOptions options = saved.options();
  SUBCASE("a complete run saves after every answer") {
    ScriptConsole console({"dr-a", "gp", "solo", "", "2", "fine", "1", "0", "1", "2", "1"});
    CHECK(run_session(iv, console, options) == Outcome::finished);
    // 4 + statut, note, the hours of courrier 1, agenda 0 and compta 1, the levels of courrier
    // and compta (agenda takes 0 h: no level); 1 h × 0.5 + 1 h × 0 = 0.5 delegable < 1: envie
    // is not asked.
    CHECK(saved.files.size() == 11);
    CHECK(console.output.find("Done. Your answers are saved in a.yaml.") != std::string::npos);
    CHECK(console.output.find("First questionnaire. answered: 2, unanswered: 0, not applicable: 0.\n") !=
          std::string::npos);
    CHECK(console.output.find("Time budget. answered: 1, unanswered: 0, not applicable: 0.\n") !=
          std::string::npos);
    CHECK(console.output.find("Second questionnaire. answered: 1, unanswered: 0, not applicable: 0.\n") !=
          std::string::npos);
    CHECK(saved.files.back().find("    heures:\n      courrier: 1\n      agenda: 0\n      compta: 1\n") !=
          std::string::npos);
    CHECK(saved.files.back().find("    taches:\n      courrier: partiel\n      compta: non\n") !=
          std::string::npos);
    CHECK(console.output.find("Your full report (levers, scores, every action):\n  medtime report a.yaml\n") !=
          std::string::npos);
  }
  SUBCASE("invalid input is explained and asked again") {
    ScriptConsole console({"", "", "", "", "3", "1"});
    CHECK(run_session(iv, console, options) == Outcome::end_of_input);
    CHECK(console.output.find("\"3\" is not an answer number: type a number from 1 to 2.\n> ") !=
          std::string::npos);
    CHECK(answer_of(iv, 0, "statut").choice == 0);
  }
  SUBCASE("q stops and says how to resume") {
    ScriptConsole console({"dr-a", "q", "never read"});
    CHECK(run_session(iv, console, options) == Outcome::quit);
    CHECK(saved.files.size() == 1);
    CHECK(console.output.find("1 answer saved in a.yaml. To resume: medtime ask -o a.yaml") ==
          std::string::npos);
    CHECK(console.output.find("0 answers saved in a.yaml. To resume: medtime ask -o a.yaml\n") !=
          std::string::npos);
  }
  SUBCASE("the end of input stops where it is") {
    ScriptConsole console({"", "", "", "", "1", "o"});
    CHECK(run_session(iv, console, options) == Outcome::end_of_input);
    CHECK(console.output.find("End of input. 2 answers saved in a.yaml.") != std::string::npos);
    CHECK(where(iv) == "heures_secretariat");
  }
  SUBCASE("nothing typed, nothing saved") {
    ScriptConsole console({"q"});
    CHECK(run_session(iv, console, options) == Outcome::quit);
    CHECK(saved.files.empty());
    CHECK(console.output.find("No answer saved.") != std::string::npos);
  }
  SUBCASE("interactive: the end shows the plan and waits, < goes back") {
    // statut, note, the budget and the lever's table: na.
    ScriptConsole console({"", "", "", "", "na", "na", "na", "na", "<", "", "maybe", ""}, true);
    CHECK(run_session(iv, console, options) == Outcome::finished);
    CHECK(console.output.find("Enter or q to finish, < to go back to the questions, m for the sections.") !=
          std::string::npos);
    CHECK(console.output.find("\"maybe\": Enter or q to finish, < to go back, m for the sections.") !=
          std::string::npos);
  }
  SUBCASE("a complete file opens on the section menu; a section's number goes there") {
    ScriptConsole console({"", "", "", "", "na", "na", "na", "na", ""}, true);
    CHECK(run_session(iv, console, options) == Outcome::finished);
    options.existing = true;
    ScriptConsole again({"4", "q"}, true);
    CHECK(run_session(iv, again, options) == Outcome::quit);
    // Sections: first/Organisation (statut na: the rest not applicable),
    // first/To finish (note), the time budget's hours (the table na: one step),
    // second/Tasks (the table na).
    CHECK(again.output.find("Sections of the self-audit and their steps\n\n"
                            "First questionnaire\n"
                            "   1. Organisation  complete · 1\n"
                            "   2. To finish  complete · 2\n"
                            "Time budget\n"
                            "   3. Your hours  complete · 3\n"
                            "Second questionnaire\n"
                            "   4. Tasks  complete · 4\n") != std::string::npos);
    CHECK(where(iv) == "taches.courrier.level");
  }
  SUBCASE("a failed save is an error when not interactive") {
    options.save = [](const std::string&) { throw Error("a.yaml", {}, message("E525", ".", "disk full")); };
    ScriptConsole console({"dr-a"});
    CHECK_THROWS_WITH(run_session(iv, console, options),
                      "a.yaml: error E525: cannot write in .: disk full");
  }
  SUBCASE("a failed save is retried on Enter when interactive") {
    int attempts = 0;
    options.save = [&](const std::string&) {
      if (++attempts == 1) {
        throw Error("a.yaml", {}, message("E525", ".", "disk full"));
      }
    };
    ScriptConsole console({"dr-a", "", "q"}, true);
    CHECK(run_session(iv, console, options) == Outcome::quit);
    CHECK(attempts == 2);
    CHECK(console.output.find("Cannot save: a.yaml: error E525: cannot write in .: disk full") !=
          std::string::npos);
  }
}

TEST_CASE("medtime::wrap_text") {
  CHECK(wrap_text("un deux trois quatre", 0, "  ") == "  un deux trois quatre");
  CHECK(wrap_text("un deux trois quatre", 10) == "un deux\ntrois\nquatre");
  CHECK(wrap_text("un deux trois quatre", 12, "  ") == "  un deux\n  trois\n  quatre");
  // Never a line that starts with « ? » or « : », nor one that ends with « « ».
  CHECK(wrap_text("Avez-vous un secrétariat ?", 24) == "Avez-vous un\nsecrétariat ?");
  CHECK(wrap_text("Il dit « bonjour » : oui", 12) == "Il dit\n« bonjour » :\noui");
  CHECK(wrap_text("a\nb c", 3) == "a\nb c");
}

TEST_CASE("medtime::ask::render_step") {
  Interview iv = fresh();
  type_all(iv, {"", "", "", "", "1", "o"});
  ScreenOptions o;
  o.lang = Lang::en;
  o.plain = true;
  o.file = "a.yaml";
  // Steps: statut, secretariat, heures_secretariat, note; then the budget's
  // three rows and the lever's three levels (a level counts until the budget
  // says 0 h for it); envie waits for some delegable hours: 4 + 3 + 3 = 10.
  CHECK(render_step(iv, o) == "Step 3 of 10 (First questionnaire: 3 of 4). Organisation.\n\n"
                              "Secretariat hours?\n\n"
                              "A whole number from 0 to 20 h/week; na if the question does not concern you\n"
                              "Keys: < back, s skip, ? help, m sections, q save and quit\n");
  type(iv, "<");
  CHECK(render_step(iv, o) == "Step 2 of 10 (First questionnaire: 2 of 4). Organisation.\n\n"
                              "Do you have a secretariat?\n\n"
                              "Current answer: yes\n"
                              "y (yes) or n (no); na if the question does not concern you\n"
                              "Keys: Enter keep, < back, s skip, ? help, m sections, q save and quit\n");
  // A budget row asks hours, with the table's limit; a lever's row a level,
  // with the budget's hours.
  type_all(iv, {"o", "2", ""});
  REQUIRE(where(iv) == "heures.courrier.hours");
  CHECK(render_step(iv, o) == "Step 5 of 10 (Time budget: 1 of 3). Your hours.\n\n"
                              "Your hours per week\n\n"
                              "Category 1/3: mail\n\n"
                              "Hours per week, from 0 to 10 (0 if you do not do it); na if this whole "
                              "table does not concern you\n"
                              "Keys: < back, s skip, ? help, m sections, q save and quit\n");
  type_all(iv, {"2,5", "0", "1"});
  REQUIRE(where(iv) == "taches.courrier.level");
  // agenda takes 0 h: one level less.
  CHECK(render_step(iv, o) == "Step 8 of 9 (Second questionnaire: 1 of 2). Tasks.\n\n"
                              "Your tasks\n\n"
                              "Task 1/3: mail\n"
                              "2.5 h/week according to your time budget. How far could you delegate it?\n"
                              "1. no\n2. partly\n3. entirely\n\n"
                              "The number of your answer (1 to 3); na if this whole table does not "
                              "concern you\n"
                              "Keys: < back, s skip, ? help, m sections, q save and quit\n");
}

} // TEST_SUITE
