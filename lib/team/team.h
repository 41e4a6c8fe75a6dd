// Team mode (doc/method.md#team-mode): the self-assessments of the members
// of one practice side by side, question by question and row by row of the
// tables, where they disagree, and their consensus, an assessment that
// `report` and `review` read like any other. Computes on the model only;
// load/answers_writer writes the consensus, team_render.h presents the rest.
#pragma once

#include "load/answers_writer.h"
#include "model/answers.h"
#include "model/questionnaire.h"
#include "scoring/score.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace medtime {

// One member: a self-assessment and the name its column shows (the
// respondent id, or the file's name without its folder and extension).
struct TeamMember {
  std::string name;
  Assessment assessment;
};

// One answer to one item, or the consensus: a choice (single: option index,
// yesno: 1 yes 0 no, a task table's row: level index), a set of options
// (multiple), a number (scale, number, a time budget row's hours) or a text.
struct TeamValue {
  AnswerState state = AnswerState::missing;
  int choice = -1;
  std::uint64_t choices = 0;
  double number = 0;
  std::string text;

  bool given() const { return state == AnswerState::given; }
  bool operator==(const TeamValue& other) const;
};

// How the members' given answers compare: all the same; apart but within a
// step (or in one band); more than a step apart (or across a band): to
// settle in the meeting; nobody answered.
enum class Agreement { unanimous, close, disagreement, unanswered };

std::string_view to_string(Agreement agreement);

// One question, or one row of a table question (task table, time budget).
struct TeamItem {
  int questionnaire = -1; // index into the set
  int question = -1;      // index into the questionnaire's questions
  int row = -1;           // index into the question's tasks, or -1
  std::vector<TeamValue> values; // one per member
  TeamValue consensus;
  Agreement agreement = Agreement::unanswered;
  // The consensus broke a tie: two middles of an even count, options with
  // the same count, an option chosen by exactly half, as many `na` as answers.
  bool tie = false;
  // The largest distance between two given answers in steps (option order,
  // scale points, levels, options chosen by one and not the other, value
  // bands of a number); null where none is defined (an unscored number, the
  // time budget's hours, text).
  std::optional<int> steps;
  // Free texts that differ: the consensus leaves the question out.
  bool texts_differ = false;
  // A question of the time budget: each member's own week (hours, patient
  // list, what they would do with freed time), not a view of the practice;
  // never a disagreement, never to settle, though its consensus is the
  // same median or mode.
  bool personal = false;

  // True when the item is written as a comment in the consensus file.
  bool to_settle() const {
    return !personal && (agreement == Agreement::disagreement || tie || texts_differ);
  }
};

struct TeamOptions {
  std::string id = "consensus"; // the consensus's respondent id
  std::string date;             // the consensus's date; empty: the members' latest
};

struct Team {
  const QuestionnaireSet* set = nullptr;
  std::vector<TeamMember> members;
  // Every question or table row some member answered (or said `na` to), in
  // set order then question and row order.
  std::vector<TeamItem> items;
  Assessment consensus;
  // Each member's scores (members' order) and the consensus's: the levers'
  // maturity side by side, as in a maturity matrix.
  std::vector<ScoreSet> member_scores;
  ScoreSet consensus_scores;

  // The items in the order a meeting takes them: disagreements, then ties
  // and texts that differ, then the rest, each group in set order.
  std::vector<const TeamItem*> agenda() const;
  size_t count(Agreement agreement) const;
  size_t ties() const;
  const Question& question(const TeamItem& item) const;
  const Questionnaire& questionnaire(const TeamItem& item) const;
};

// Reads the answers files `paths` (two or more) strictly against `set` and
// checks that they form one team: one version of each questionnaire across
// the files, one file per member. Throws `UsageError` for fewer than two
// files or a missing file, `Error` (with the position and both files) for
// answers of another version or the same member twice, and the loader's
// first error for an invalid file.
std::vector<TeamMember> load_team(const std::vector<std::string>& paths,
                                  const QuestionnaireSet& set);

// The side by side comparison of `members` (two or more, from load_team or
// built in memory) and their consensus (doc/method.md#team-mode).
Team compute_team(const QuestionnaireSet& set, std::vector<TeamMember> members,
                  const TeamOptions& options = {});

// The consensus as an answers file: a header naming the members, then each
// item to settle preceded by YAML comments giving every member's answer
// (in `lang`), so that the meeting can settle it in the file.
std::string write_consensus(const Team& team, Lang lang);

} // namespace medtime
