// The team's comparison and consensus (doc/method.md#team-mode).
#include "team/team.h"

#include <algorithm>
#include <bit>

namespace medtime {

namespace {

bool is_table(const Question& q) {
  return q.type == QuestionType::tasks || q.type == QuestionType::budget;
}

// Member `a`'s answer to `q`, or to its row `row`. A table answered `na`
// as a whole is `na` on every row.
TeamValue value_of(const Answer& a, const Question& q, int row) {
  TeamValue v;
  v.state = a.state;
  if (!a.given()) {
    return v;
  }
  if (row < 0) {
    v.choice = a.choice;
    v.choices = a.choices;
    v.number = a.number;
    v.text = a.text;
    return v;
  }
  const TaskAnswer* t = static_cast<size_t>(row) < a.tasks.size() ? &a.tasks[static_cast<size_t>(row)]
                                                                 : nullptr;
  if (q.type == QuestionType::budget && t != nullptr && t->hours) {
    v.number = *t->hours;
  } else if (q.type == QuestionType::tasks && t != nullptr && t->level >= 0) {
    v.choice = t->level;
  } else {
    v.state = AnswerState::missing;
  }
  return v;
}

// The value band of a number question holding `x`.
int band_of(const Question& q, double x) {
  for (size_t i = 0; i < q.value_bands.size(); ++i) {
    if (!q.value_bands[i].below || x < *q.value_bands[i].below) {
      return static_cast<int>(i);
    }
  }
  return static_cast<int>(q.value_bands.size());
}

// The position of `v` on the question's steps, for questions that have an
// order: option or level index, scale point, value band, yes 1 / no 0.
std::optional<int> step_of(const Question& q, int row, const TeamValue& v) {
  switch (q.type) {
  case QuestionType::single:
  case QuestionType::yesno:
    return v.choice;
  case QuestionType::scale:
    return static_cast<int>(v.number);
  case QuestionType::number:
    return q.value_bands.empty() ? std::nullopt : std::optional<int>(band_of(q, v.number));
  case QuestionType::tasks:
    return row >= 0 ? std::optional<int>(v.choice) : std::nullopt;
  default:
    return std::nullopt;
  }
}

// The largest distance between two of `given` in steps, or none.
std::optional<int> spread(const Question& q, int row, const std::vector<TeamValue>& given) {
  if (q.type == QuestionType::multiple) {
    int most = 0;
    for (const auto& a : given) {
      for (const auto& b : given) {
        most = std::max(most, std::popcount(a.choices ^ b.choices));
      }
    }
    return most;
  }
  std::optional<int> low;
  std::optional<int> high;
  for (const auto& v : given) {
    auto s = step_of(q, row, v);
    if (!s) {
      return std::nullopt;
    }
    low = low ? std::min(*low, *s) : *s;
    high = high ? std::max(*high, *s) : *s;
  }
  return low ? std::optional<int>(*high - *low) : std::nullopt;
}

// More than one step apart; any difference for yes/no (no middle ground);
// across a band for a number.
bool disagree(const Question& q, int steps) {
  if (q.type == QuestionType::yesno || q.type == QuestionType::number) {
    return steps > 0;
  }
  return steps > 1;
}

// The lower middle of `xs` (sorted here); `tie` when the two middles of an
// even count differ.
template <typename T> T lower_median(std::vector<T> xs, bool& tie) {
  std::sort(xs.begin(), xs.end());
  size_t n = xs.size();
  tie = n % 2 == 0 && xs[n / 2 - 1] != xs[n / 2];
  return xs[(n - 1) / 2];
}

// The most given choice; among options given equally often, the lower
// median (option order) of the answers that gave them.
int mode_choice(const std::vector<TeamValue>& given, bool& tie) {
  std::vector<int> count;
  for (const auto& v : given) {
    if (static_cast<size_t>(v.choice) >= count.size()) {
      count.resize(static_cast<size_t>(v.choice) + 1, 0);
    }
    ++count[static_cast<size_t>(v.choice)];
  }
  int top = *std::max_element(count.begin(), count.end());
  std::vector<int> tied;
  for (const auto& v : given) {
    if (count[static_cast<size_t>(v.choice)] == top) {
      tied.push_back(v.choice);
    }
  }
  bool split = false;
  int chosen = lower_median(tied, split);
  tie = static_cast<int>(tied.size()) > top;
  return chosen;
}

// Each option chosen by more than half of the members who answered; one
// chosen by exactly half is left out, and is a tie.
std::uint64_t majority_choices(const Question& q, const std::vector<TeamValue>& given, bool& tie) {
  std::uint64_t out = 0;
  tie = false;
  for (size_t i = 0; i < q.options.size() && i < 64; ++i) {
    size_t n = 0;
    for (const auto& v : given) {
      n += (v.choices >> i) & 1U;
    }
    if (2 * n > given.size()) {
      out |= std::uint64_t{ 1 } << i;
    } else if (2 * n == given.size() && n > 0) {
      tie = true;
    }
  }
  return out;
}

// The consensus of the given answers `given` (at least one).
TeamValue consensus_of(const Question& q, int row, const std::vector<TeamValue>& given,
                       TeamItem& item) {
  TeamValue c;
  c.state = AnswerState::given;
  bool tie = false;
  if (q.type == QuestionType::single || q.type == QuestionType::yesno) {
    c.choice = mode_choice(given, tie);
  } else if (q.type == QuestionType::multiple) {
    c.choices = majority_choices(q, given, tie);
  } else if (q.type == QuestionType::tasks && row >= 0) {
    std::vector<int> levels;
    for (const auto& v : given) {
      levels.push_back(v.choice);
    }
    c.choice = lower_median(levels, tie);
  } else if (q.type == QuestionType::text) {
    c.text = given.front().text;
    c.state = item.texts_differ ? AnswerState::missing : AnswerState::given;
  } else {
    std::vector<double> numbers;
    for (const auto& v : given) {
      numbers.push_back(v.number);
    }
    c.number = lower_median(numbers, tie);
  }
  item.tie = item.tie || tie;
  return c;
}

// Compares the members' answers to `item` and settles its consensus.
void settle(const Question& q, TeamItem& item) {
  std::vector<TeamValue> given;
  size_t na = 0;
  for (const auto& v : item.values) {
    if (v.given()) {
      given.push_back(v);
    } else if (v.state == AnswerState::na) {
      ++na;
    }
  }
  if (given.empty()) {
    item.agreement = Agreement::unanswered;
  } else {
    item.steps = spread(q, item.row, given);
    bool all_same = std::all_of(given.begin(), given.end(),
                                [&](const TeamValue& v) { return v == given.front(); });
    item.texts_differ = q.type == QuestionType::text && !all_same;
    item.agreement = all_same                                 ? Agreement::unanimous
                     : !item.personal && item.steps && disagree(q, *item.steps)
                       ? Agreement::disagreement
                                                              : Agreement::close;
  }
  // A table is `na` or not as a whole (compute_team decides): its rows
  // count their given answers only.
  bool whole = item.row < 0;
  if (given.empty() || (whole && na > given.size())) {
    item.consensus.state = whole && na > 0 ? AnswerState::na : AnswerState::missing;
    return;
  }
  item.tie = whole && na == given.size();
  item.consensus = consensus_of(q, item.row, given, item);
}

// Whether the consensus says `na` to the table `q` as a whole: more
// members said `na` than answered a row.
bool table_is_na(const std::vector<TeamMember>& members, size_t r, size_t qi) {
  size_t na = 0;
  size_t given = 0;
  for (const auto& m : members) {
    const Response& resp = m.assessment.responses[r];
    if (resp.questionnaire == nullptr) {
      continue;
    }
    auto state = resp.answers[qi].state;
    na += state == AnswerState::na;
    given += state == AnswerState::given;
  }
  return na > given;
}

std::vector<std::pair<std::string, std::string>> consensus_respondent(
  const std::vector<TeamMember>& members, const TeamOptions& options) {
  std::vector<std::pair<std::string, std::string>> out{ { "id", options.id } };
  std::string names;
  for (const auto& m : members) {
    names += (names.empty() ? "" : ", ") + m.name;
  }
  out.emplace_back("members", names);
  for (const auto& [key, value] : members.front().assessment.respondent) {
    if (key == "id" || key == "members") {
      continue;
    }
    bool shared = std::all_of(members.begin(), members.end(), [&](const TeamMember& m) {
      const auto& r = m.assessment.respondent;
      return std::find(r.begin(), r.end(), std::pair(key, value)) != r.end();
    });
    if (shared) {
      out.emplace_back(key, value);
    }
  }
  return out;
}

// Puts `item`'s consensus into the consensus assessment.
void apply(Assessment& consensus, const QuestionnaireSet& set, const TeamItem& item) {
  const Questionnaire& qn = set.items()[static_cast<size_t>(item.questionnaire)];
  const Question& q = qn.questions[static_cast<size_t>(item.question)];
  Response& resp = consensus.responses[static_cast<size_t>(item.questionnaire)];
  Answer& a = resp.answers[static_cast<size_t>(item.question)];
  const TeamValue& c = item.consensus;
  if (item.row < 0) {
    a.state = c.state;
    a.choice = c.choice;
    a.choices = c.choices;
    a.number = c.number;
    a.text = c.text;
    return;
  }
  if (!c.given() || a.state == AnswerState::na) {
    return;
  }
  a.state = AnswerState::given;
  a.tasks.resize(q.tasks.size());
  TaskAnswer& t = a.tasks[static_cast<size_t>(item.row)];
  if (q.type == QuestionType::budget) {
    t.hours = c.number;
  } else {
    t.level = c.choice;
  }
}

} // namespace

bool TeamValue::operator==(const TeamValue& other) const {
  return state == other.state && choice == other.choice && choices == other.choices &&
         number == other.number && text == other.text;
}

std::string_view to_string(Agreement agreement) {
  switch (agreement) {
  case Agreement::unanimous:
    return "unanimous";
  case Agreement::close:
    return "close";
  case Agreement::disagreement:
    return "disagreement";
  case Agreement::unanswered:
    break;
  }
  return "unanswered";
}

Team compute_team(const QuestionnaireSet& set, std::vector<TeamMember> members,
                  const TeamOptions& options) {
  Team team;
  team.set = &set;
  team.members = std::move(members);
  Assessment& consensus = team.consensus;
  consensus.source = "consensus";
  consensus.respondent = consensus_respondent(team.members, options);
  for (const auto& m : team.members) {
    consensus.date = std::max(consensus.date, m.assessment.date);
  }
  if (!options.date.empty()) {
    consensus.date = options.date;
  }
  consensus.responses.resize(set.size());
  for (size_t r = 0; r < set.size(); ++r) {
    const Questionnaire& qn = set.items()[r];
    for (const auto& m : team.members) {
      const Response& resp = m.assessment.responses[r];
      if (resp.questionnaire != nullptr && consensus.responses[r].questionnaire == nullptr) {
        consensus.responses[r].questionnaire = &qn;
        consensus.responses[r].version = resp.version;
        consensus.responses[r].answers.assign(qn.questions.size(), Answer{});
      }
    }
    if (consensus.responses[r].questionnaire == nullptr) {
      continue;
    }
    for (size_t qi = 0; qi < qn.questions.size(); ++qi) {
      const Question& q = qn.questions[qi];
      bool table = is_table(q);
      bool table_na = table && table_is_na(team.members, r, qi);
      if (table_na) {
        consensus.responses[r].answers[qi].state = AnswerState::na;
      }
      int rows = table ? static_cast<int>(q.tasks.size()) : 0;
      for (int row = table ? 0 : -1; row < rows || row == -1; ++row) {
        TeamItem item;
        item.questionnaire = static_cast<int>(r);
        item.question = static_cast<int>(qi);
        item.row = row;
        item.personal = qn.kind == QuestionnaireKind::budget; // any other kind is compared
        bool any = false;
        for (const auto& m : team.members) {
          const Response& resp = m.assessment.responses[r];
          Answer none;
          const Answer& a = resp.questionnaire != nullptr ? resp.answers[qi] : none;
          item.values.push_back(value_of(a, q, row));
          any = any || item.values.back().state != AnswerState::missing;
        }
        if (any) {
          settle(q, item);
          if (table_na) {
            item.consensus = TeamValue{}; // the whole table is `na`: so is each row
            item.consensus.state = AnswerState::na;
          }
          apply(consensus, set, item);
          team.items.push_back(std::move(item));
        }
        if (row == -1) {
          break;
        }
      }
    }
  }
  for (const auto& m : team.members) {
    team.member_scores.push_back(score_assessment(set, m.assessment));
  }
  team.consensus_scores = score_assessment(set, consensus);
  return team;
}

std::vector<const TeamItem*> Team::agenda() const {
  std::vector<const TeamItem*> out;
  auto group = [](const TeamItem& i) {
    return i.agreement == Agreement::disagreement ? 0 : (i.to_settle() ? 1 : 2);
  };
  for (int g = 0; g < 3; ++g) {
    for (const auto& i : items) {
      if (group(i) == g) {
        out.push_back(&i);
      }
    }
  }
  return out;
}

size_t Team::count(Agreement agreement) const {
  return static_cast<size_t>(std::count_if(
    items.begin(), items.end(), [&](const TeamItem& i) { return i.agreement == agreement; }));
}

size_t Team::ties() const {
  return static_cast<size_t>(
    std::count_if(items.begin(), items.end(), [](const TeamItem& i) { return i.tie; }));
}

const Questionnaire& Team::questionnaire(const TeamItem& item) const {
  return set->items()[static_cast<size_t>(item.questionnaire)];
}

const Question& Team::question(const TeamItem& item) const {
  return questionnaire(item).questions[static_cast<size_t>(item.question)];
}

} // namespace medtime
