#include "team/team.h"
#include "team/team_render.h"
#include "team/team_words.h"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "helpers.h"

using namespace medtime;

namespace {

// Four members of one practice answering the mini questionnaire and the
// time budget of tests/data/set (tests/data/team/a.yaml to d.yaml). The
// consensus, worked out by hand, is in the test "medtime::compute_team".
const std::string k_dir = std::string(MEDTIME_TEST_DATA) + "/team/";
const std::string k_a = read_file(k_dir + "a.yaml");
const std::string k_b = read_file(k_dir + "b.yaml");
const std::string k_c = read_file(k_dir + "c.yaml");
const std::string k_d = read_file(k_dir + "d.yaml");

TeamMember member(const std::string& text, const std::string& source) {
  Diagnostics diags(source);
  TeamMember m{ {}, parse_assessment(text, test::mini_set(), source, diags) };
  REQUIRE_MESSAGE(!diags.has_errors(), test::messages(diags));
  m.name = m.assessment.respondent_id();
  return m;
}

Team four() {
  return compute_team(test::mini_set(), { member(k_a, "a.yaml"), member(k_b, "b.yaml"),
                                          member(k_c, "c.yaml"), member(k_d, "d.yaml") });
}

const TeamItem& item(const Team& team, const std::string& id) {
  for (const auto& i : team.items) {
    if (team_words::item_id(team, i) == id) {
      return i;
    }
  }
  FAIL("no item " << id);
  return team.items.front();
}

const Answer& answer(const Assessment& a, const std::string& question) {
  const Response& r = a.responses[static_cast<size_t>(test::mini_set().find("mini"))];
  return r.answers[static_cast<size_t>(r.questionnaire->find_question(question))];
}

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.what();
  }
  return {};
}

} // namespace

TEST_SUITE("team") {

TEST_CASE("medtime::compute_team") {
  Team team = four();
  const auto& q = test::mini();
  auto option = [&](const char* question, const char* id) {
    return q.questions[static_cast<size_t>(q.find_question(question))].find_option(id);
  };

  SUBCASE("single choice: the mode, a disagreement two options apart") {
    // none, secretary, assistant, secretary: secretary twice; options 0 to 2.
    const TeamItem& i = item(team, "mini.staff");
    CHECK(i.consensus.choice == option("staff", "secretary"));
    CHECK(i.agreement == Agreement::disagreement);
    CHECK(i.steps == 2);
    CHECK_FALSE(i.tie);
  }
  SUBCASE("multiple choice: options of more than half; exactly half is a tie") {
    // agenda 2 of 4, messaging 2 of 4, none 1 of 4: none kept, a tie;
    // {agenda, messaging} and {none} differ by 3 options.
    const TeamItem& i = item(team, "mini.tools");
    CHECK(i.consensus.given());
    CHECK(i.consensus.choices == 0);
    CHECK(i.tie);
    CHECK(i.steps == 3);
    CHECK(i.agreement == Agreement::disagreement);
  }
  SUBCASE("scale: the median of those who answered, na left out") {
    // 2, 3, 2 (d: na): median 2, one point apart: close.
    const TeamItem& i = item(team, "mini.burden");
    CHECK(i.consensus.number == 2);
    CHECK(i.agreement == Agreement::close);
    CHECK_FALSE(i.tie);
  }
  SUBCASE("number: the lower middle of an even count, across bands") {
    // 1, 2, 3, 6: middles 2 and 3, the lower kept and a tie; bands below 2,
    // below 5, the rest: 1 in the first, 6 in the third, two bands apart.
    const TeamItem& i = item(team, "mini.phone_hours");
    CHECK(i.consensus.number == 2);
    CHECK(i.tie);
    CHECK(i.steps == 2);
    CHECK(i.agreement == Agreement::disagreement);
  }
  SUBCASE("yes/no: any difference is a disagreement") {
    const TeamItem& i = item(team, "mini.wants");
    CHECK(i.consensus.choice == 1);
    CHECK(i.agreement == Agreement::disagreement);
  }
  SUBCASE("a task table row by row, on the levels' order") {
    // booking: none, total, partial, partial → 0 1 1 2: median partial, 2 apart.
    const TeamItem& booking = item(team, "mini.tasks.booking");
    CHECK(booking.consensus.choice == 1);
    CHECK(booking.agreement == Agreement::disagreement);
    CHECK_FALSE(booking.tie);
    const TeamItem& billing = item(team, "mini.tasks.billing");
    CHECK(billing.agreement == Agreement::unanimous);
    CHECK(billing.consensus.choice == 1);
  }
  SUBCASE("the time budget's hours: a median, never a disagreement") {
    // booking 2, 4, 1, 3 → 1 2 3 4: 2 and a tie; billing 1, 1, 2, 1 → 1.
    const TeamItem& booking = item(team, "budget.hours.booking");
    CHECK(booking.consensus.number == 2);
    CHECK(booking.tie);
    CHECK(booking.agreement == Agreement::close);
    CHECK(booking.personal);
    CHECK_FALSE(booking.to_settle());
    CHECK_FALSE(booking.steps.has_value());
    CHECK(item(team, "budget.hours.billing").consensus.number == 1);
    CHECK(item(team, "budget.hours.phone").consensus.number == 3);
  }
  SUBCASE("texts that differ are left out") {
    const TeamItem& i = item(team, "mini.note");
    CHECK(i.texts_differ);
    CHECK_FALSE(i.consensus.given());
  }
  SUBCASE("the agenda puts disagreements first") {
    auto agenda = team.agenda();
    REQUIRE(agenda.size() == team.items.size());
    // staff, tools, phone_hours, wants, how_much, tasks.booking.
    CHECK(team.count(Agreement::disagreement) == 6);
    for (size_t k = 0; k < 6; ++k) {
      CHECK(agenda[k]->agreement == Agreement::disagreement);
    }
    CHECK(team_words::item_id(team, *agenda[6]) == "mini.note");
  }
  SUBCASE("the levers' maturity side by side") {
    // a: (staff none 0 × 2 + tools agenda 0.6 + burden 2 reversed on 1-5
    // 0.75 + phone_hours 1 → 1) / 5 = 47; the consensus: (secretary 0.5 × 2
    // + tools [] 0 + 0.75 + phone_hours 2 → 0.5) / 5 = 45.
    size_t mini = static_cast<size_t>(test::mini_set().find("mini"));
    REQUIRE(team.member_scores.size() == 4);
    CHECK(*team.member_scores[0].levers[mini].maturity.score == doctest::Approx(47));
    CHECK(*team.consensus_scores.levers[mini].maturity.score == doctest::Approx(45));
  }
  SUBCASE("respondent and date") {
    const auto& r = team.consensus.respondent;
    REQUIRE(r.size() == 3);
    CHECK(r[0] == std::pair<std::string, std::string>("id", "consensus"));
    CHECK(r[1] == std::pair<std::string, std::string>("members", "a, b, c, d"));
    CHECK(r[2] == std::pair<std::string, std::string>("practice", "msp"));
    CHECK(team.consensus.date == "2026-02-01");
    Team dated = compute_team(test::mini_set(), { member(k_a, "a.yaml"), member(k_b, "b.yaml") },
                              TeamOptions{ "equipe", "2026-03-05" });
    CHECK(dated.consensus.respondent_id() == "equipe");
    CHECK(dated.consensus.date == "2026-03-05");
  }
}

TEST_CASE("medtime::compute_team na") {
  // x and z: the task table and the scale `na`; y answers them. Two `na`
  // against one answer: the consensus is `na`, the table's rows too.
  auto answers = [](const char* id, const char* tasks, const char* burden) {
    return fmt::format("respondent: {{id: {}}}\nanswers:\n  mini:\n    version: 2\n"
                       "    tasks: {}\n    burden: {}\n",
                       id, tasks, burden);
  };
  Team team = compute_team(test::mini_set(),
                           { member(answers("x", "na", "na"), "x.yaml"),
                             member(answers("y", "{booking: total}", "4"), "y.yaml"),
                             member(answers("z", "na", "na"), "z.yaml") });
  CHECK(item(team, "mini.burden").consensus.state == AnswerState::na);
  CHECK(item(team, "mini.tasks.booking").consensus.state == AnswerState::na);
  CHECK(answer(team.consensus, "tasks").state == AnswerState::na);
  // One `na` against one answer: a tie, and the answer wins.
  Team two = compute_team(test::mini_set(), { member(answers("x", "na", "na"), "x.yaml"),
                                              member(answers("y", "{booking: total}", "4"), "y.yaml") });
  CHECK(item(two, "mini.burden").consensus.number == 4);
  CHECK(item(two, "mini.burden").tie);
  CHECK(answer(two.consensus, "tasks").tasks[0].level == 2);
}

TEST_CASE("medtime::write_consensus") {
  Team team = four();
  std::string text = write_consensus(team, Lang::en);
  Diagnostics diags("consensus.yaml");
  Assessment back = parse_assessment(text, test::mini_set(), "consensus.yaml", diags);
  REQUIRE_MESSAGE(!diags.has_errors(), test::messages(diags) << "\n" << text);

  SUBCASE("reads back as the consensus worked out by hand") {
    const auto& q = test::mini();
    CHECK(answer(back, "staff").choice == q.questions[0].find_option("secretary"));
    CHECK(answer(back, "tools").given());
    CHECK(answer(back, "tools").choices == 0);
    CHECK(answer(back, "burden").number == 2);
    CHECK(answer(back, "phone_hours").number == 2);
    CHECK(answer(back, "wants").choice == 1);
    CHECK(answer(back, "how_much").number == 5); // 3, 8, 5 → 3 5 8
    CHECK(answer(back, "tasks").tasks[0].level == 1);
    CHECK(answer(back, "tasks").tasks[1].level == 1);
    CHECK_FALSE(answer(back, "note").given());
    const Response& budget = back.responses[static_cast<size_t>(test::mini_set().budget())];
    REQUIRE(budget.questionnaire != nullptr);
    CHECK(*budget.answers[0].tasks[0].hours == 2);
    CHECK(*budget.answers[0].tasks[1].hours == 1);
    CHECK(*budget.answers[0].tasks[2].hours == 3);
    CHECK(back.respondent_id() == "consensus");
    CHECK(back.date == "2026-02-01");
  }
  SUBCASE("the items to settle as comments before their answers") {
    CHECK(text.find("    # To settle — disagreement (2 steps apart): a none ; b secretary ; "
                    "c assistant ; d secretary\n    # → kept: secretary\n    staff: secretary\n") !=
          std::string::npos);
    CHECK(text.find("    # To settle — disagreement (3 steps apart), tie: a [agenda] ; b [agenda, "
                    "messaging] ; c [messaging] ; d [none]\n    # → kept: []\n    tools: []\n") !=
          std::string::npos);
    CHECK(text.find("      # To settle — disagreement (2 steps apart): a none ; b total ; "
                    "c partial ; d partial\n      # → kept: partial\n      booking: partial\n") !=
          std::string::npos);
    CHECK(text.find("    # To settle — different texts: a ok ; b ok ; c autre ; d —\n"
                    "    # → no common answer\n") != std::string::npos);
    // The time budget is each member's own week: its tie is not to settle.
    CHECK(text.find("    hours:\n      booking: 2\n") != std::string::npos);
    CHECK(text.find("burden") != std::string::npos);
    CHECK(text.find("# To settle — close") == std::string::npos);
  }
}

TEST_CASE("medtime::write_answers notes") {
  SUBCASE("a note cannot end its comment") {
    Assessment a;
    AnswerNotes notes;
    notes.header = { "one\ntwo\r\u2028three\u0085four\x1b[31m" };
    std::string text = write_answers(a, {}, &notes);
    CHECK(text == "# one two  three four [31m\nanswers: {}\n");
  }
}

TEST_CASE("medtime::load_team") {
  test::TempDir dir;
  auto write = [&](const std::string& name, const std::string& text) {
    test::spit(dir.file(name), text);
    return dir.file(name);
  };
  std::string a = write("a.yaml", k_a);
  std::string b = write("b.yaml", k_b);

  SUBCASE("two files, named after their respondents") {
    auto members = load_team({ a, b }, test::mini_set());
    REQUIRE(members.size() == 2);
    CHECK(members[0].name == "a");
    CHECK(members[1].name == "b");
  }
  SUBCASE("one file is a usage error") {
    CHECK_THROWS_WITH_AS(load_team({ a }, test::mini_set()),
                         "error E513: a team needs the answers files of at least two members",
                         UsageError);
  }
  SUBCASE("the same respondent twice") {
    std::string again = write("a2.yaml", k_a);
    CHECK(error_of([&] { load_team({ a, b, again }, test::mini_set()); }) ==
          again + ": error E514: respondent \"a\" already in " + a +
            "; a team takes one self-assessment per member (respondent id, or the file's name "
            "without one)");
  }
  SUBCASE("another version of a questionnaire") {
    std::string old = write("old.yaml", "respondent: {id: old}\nanswers:\n  mini:\n    version: 1\n");
    CHECK(error_of([&] { load_team({ a, old }, test::mini_set()); }) ==
          old + ":3:3: error E512: answers version 1 of \"mini\", but " + a +
            " answers version 2; a team compares answers to one version (convert the older "
            "file with `medtime upgrade FILE`)");
  }
  SUBCASE("no respondent id: the file's name") {
    std::string anonymous = write("dr-x.yaml", "answers:\n  mini:\n    version: 2\n    staff: none\n");
    auto members = load_team({ a, anonymous }, test::mini_set());
    CHECK(members[1].name == "dr-x");
  }
}

TEST_CASE("medtime::team_json") {
  Team team = four();
  auto json = team_json(team, Lang::en, "consensus.yaml");
  CHECK(json["schema"] == "medtime.team/1");
  CHECK(json["counts"]["disagreement"] == 6);
  CHECK(json["items"][0]["id"] == "mini.staff");
  CHECK(json["items"][0]["answers"] ==
        nlohmann::json::parse(R"(["none", "secretary", "assistant", "secretary"])"));
  CHECK(json["consensus"]["file"] == "consensus.yaml");
  REQUIRE(json["levers"].size() == 1);
  CHECK(json["levers"][0]["members"][0]["maturity"] == 47.0);
  CHECK(json["levers"][0]["consensus"]["maturity"] == 45.0);
  CHECK(json["levers"][0]["consensus"]["band"] == "low");
}

TEST_CASE("medtime::render_team_text") {
  Team team = four();
  for (Lang lang : { Lang::fr, Lang::en }) {
    std::string text = render_team_text(team, lang, Style(false), 60, "");
    CHECK(test::overlong_lines(text, 60).empty());
    CHECK(text.find(lang == Lang::fr ? "À trancher en réunion (7)" : "To settle in the meeting (7)") !=
          std::string::npos);
  }
}

TEST_CASE("medtime::render_team_html") {
  std::string html = render_team_html(four(), Lang::fr, "<x>.yaml");
  CHECK(html.find("&lt;x&gt;.yaml") != std::string::npos);
  CHECK(html.find("<x>") == std::string::npos);
}

} // TEST_SUITE
