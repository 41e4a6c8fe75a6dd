// gen_answers: synthetic but valid answers files for the benchmark of
// `medtime batch` (bench/run.sh). The answers follow the loaded
// questionnaires: every question is answered in order when its `when:`
// holds (evaluated by the engine), with a few `na` and skipped questions,
// so the files look like the ones `medtime ask` writes (~2.7 KB). Optionally
// writes the same responses as a LimeSurvey-style CSV export and its column
// map. Deterministic for a given seed.
//
//   gen_answers --questionnaires DIR --count N --out DIR [--seed S]
//               [--per-folder K] [--csv FILE --map FILE]
#include <fmt/format.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "load/questionnaire_loader.h"
#include "model/answers.h"
#include "scoring/score.h"

namespace {

// `path` opened in `mode`; exits with a message when it cannot be (a folder
// missing on the way, no space), rather than writing through a null FILE.
std::FILE* open_or_die(const std::string& path, const char* mode) {
  std::FILE* f = std::fopen(path.c_str(), mode);
  if (f == nullptr) {
    std::fprintf(stderr, "gen_answers: cannot write %s: %s\n", path.c_str(), std::strerror(errno));
    std::exit(1);
  }
  return f;
}

using namespace medtime;

struct Args {
  std::string questionnaires, out, csv, map;
  long count = 1000;
  long per_folder = 1000;
  unsigned long seed = 42;
};

Args parse_args(int argc, char** argv) {
  Args a;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string key = argv[i], value = argv[i + 1];
    if (key == "--questionnaires") {
      a.questionnaires = value;
    } else if (key == "--out") {
      a.out = value;
    } else if (key == "--csv") {
      a.csv = value;
    } else if (key == "--map") {
      a.map = value;
    } else if (key == "--count") {
      a.count = std::atol(value.c_str());
    } else if (key == "--per-folder") {
      a.per_folder = std::atol(value.c_str());
    } else if (key == "--seed") {
      a.seed = std::strtoul(value.c_str(), nullptr, 10);
    } else {
      std::fprintf(stderr, "gen_answers: unknown option %s\n", key.c_str());
      std::exit(2);
    }
  }
  if (a.questionnaires.empty() || (a.out.empty() && a.csv.empty())) {
    std::fprintf(stderr, "usage: gen_answers --questionnaires DIR --count N --out DIR [--seed S] "
                         "[--per-folder K] [--csv FILE --map FILE]\n");
    std::exit(2);
  }
  return a;
}

class Random {
public:
  explicit Random(unsigned long seed) : m_engine(seed) {}
  int below(int n) { return static_cast<int>(m_engine() % static_cast<unsigned long>(n)); }
  bool chance(double p) { return static_cast<double>(m_engine() % 1000000) < p * 1e6; }

private:
  std::mt19937_64 m_engine;
};

// One generated answer, kept both as YAML text and as CSV cells.
struct Generated {
  std::string yaml;                // the value as written in the answers file
  std::vector<std::string> cells;  // CSV cells, one per column of the question
};

// CSV columns of a question (LimeSurvey naming: code, code[SQ001]...).
std::vector<std::string> columns_of(const Question& q, const std::string& code) {
  std::vector<std::string> columns;
  if (q.type == QuestionType::multiple) {
    for (size_t i = 0; i < q.options.size(); ++i) {
      columns.push_back(fmt::format("{}[SQ{:03}]", code, i + 1));
    }
  } else if (q.type == QuestionType::tasks || q.type == QuestionType::budget) {
    for (size_t i = 0; i < q.tasks.size(); ++i) {
      columns.push_back(fmt::format("{}[SQ{:03}]", code, i + 1));
    }
  } else {
    columns.push_back(code);
  }
  return columns;
}

std::string number_text(double v) {
  return fmt::format("{}", v);
}

// Answers `q`, filling `answer` (for later `when:` evaluation) and the texts.
void answer_question(const Question& q, Random& rnd, Answer& answer, Generated& g) {
  g.cells.assign(columns_of(q, "x").size(), "");
  answer.state = AnswerState::given;
  switch (q.type) {
  case QuestionType::single: {
    int i = rnd.below(static_cast<int>(q.options.size()));
    answer.choice = i;
    g.yaml = q.options[static_cast<size_t>(i)].id;
    g.cells[0] = fmt::format("A{}", i + 1);
    break;
  }
  case QuestionType::multiple: {
    std::vector<std::string> ids;
    int first = rnd.below(static_cast<int>(q.options.size()));
    if (q.options[static_cast<size_t>(first)].exclusive) {
      answer.choices = std::uint64_t{1} << first;
      ids.push_back(q.options[static_cast<size_t>(first)].id);
      g.cells[static_cast<size_t>(first)] = "Y";
    } else {
      for (size_t i = 0; i < q.options.size(); ++i) {
        if (!q.options[i].exclusive && (static_cast<int>(i) == first || rnd.chance(0.35))) {
          answer.choices |= std::uint64_t{1} << i;
          ids.push_back(q.options[i].id);
          g.cells[i] = "Y";
        }
      }
    }
    g.yaml = fmt::format("[{}]", fmt::join(ids, ", "));
    break;
  }
  case QuestionType::scale: {
    int lo = static_cast<int>(q.min), hi = static_cast<int>(q.max);
    int v = lo + rnd.below(hi - lo + 1);
    answer.number = v;
    g.yaml = g.cells[0] = std::to_string(v);
    break;
  }
  case QuestionType::yesno: {
    bool yes = rnd.chance(0.5);
    answer.choice = yes ? 1 : 0;
    g.yaml = yes ? "yes" : "no";
    g.cells[0] = yes ? "Y" : "N";
    break;
  }
  case QuestionType::number: {
    double lo = q.has_min ? q.min : 0, hi = q.has_max ? std::min(q.max, lo + 40) : lo + 40;
    double v = lo + rnd.below(static_cast<int>((hi - lo) * 2) + 1) / 2.0;
    if (q.integer) {
      v = std::floor(v);
    }
    answer.number = v;
    g.yaml = g.cells[0] = number_text(v);
    break;
  }
  case QuestionType::text: {
    static const char* const k_notes[] = {"RAS", "Cabinet en zone rurale, peu de remplaçants.",
                                          "Secrétariat partagé avec deux confrères.",
                                          "Projet de maison de santé en cours."};
    answer.text = k_notes[rnd.below(4)];
    g.yaml = fmt::format("\"{}\"", answer.text);
    g.cells[0] = answer.text;
    break;
  }
  case QuestionType::tasks: {
    answer.tasks.assign(q.tasks.size(), TaskAnswer{});
    std::string yaml;
    for (size_t i = 0; i < q.tasks.size(); ++i) {
      int level = rnd.below(static_cast<int>(q.levels.size()));
      answer.tasks[i].level = level;
      yaml += fmt::format("\n      {}: {}", q.tasks[i].id, q.levels[static_cast<size_t>(level)].id);
      g.cells[i] = fmt::format("L{}", level + 1);
    }
    g.yaml = yaml;
    break;
  }
  case QuestionType::budget: {
    answer.tasks.assign(q.tasks.size(), TaskAnswer{});
    std::string yaml;
    for (size_t i = 0; i < q.tasks.size(); ++i) {
      double hours = rnd.below(9) / 2.0;
      answer.tasks[i].hours = hours;
      yaml += fmt::format("\n      {}: {}", q.tasks[i].id, number_text(hours));
      g.cells[i] = number_text(hours);
    }
    g.yaml = yaml;
    break;
  }
  }
}

std::string csv_quote(const std::string& text) {
  if (text.empty()) {
    return {}; // LimeSurvey: empty and unquoted, not shown / not answered
  }
  std::string out = "\"";
  for (char c : text) {
    out += c;
    if (c == '"') {
      out += '"';
    }
  }
  return out + "\"";
}

std::string question_code(size_t questionnaire, size_t question) {
  return fmt::format("G{}Q{:02}", questionnaire + 1, question + 1);
}

void write_map(const std::string& path, const QuestionnaireSet& set) {
  std::string out = "# Column map of the synthetic LimeSurvey export (bench/gen_answers).\n"
                    "separator: \";\"\n"
                    "questionnaires:\n";
  for (size_t qi = 0; qi < set.size(); ++qi) {
    const Questionnaire& qn = set.items()[qi];
    out += fmt::format("  {}:\n    version: {}\n    columns:\n", qn.id, qn.version);
    for (size_t i = 0; i < qn.questions.size(); ++i) {
      const Question& q = qn.questions[i];
      std::string code = question_code(qi, i);
      std::vector<std::string> codes;
      switch (q.type) {
      case QuestionType::single:
        for (size_t o = 0; o < q.options.size(); ++o) {
          codes.push_back(fmt::format("A{}: {}", o + 1, q.options[o].id));
        }
        codes.push_back("NA: na");
        out += fmt::format("      {}: {{question: {}, codes: {{{}}}}}\n", code, q.id,
                           fmt::join(codes, ", "));
        break;
      case QuestionType::multiple:
        for (size_t o = 0; o < q.options.size(); ++o) {
          codes.push_back(fmt::format("SQ{:03}: {}", o + 1, q.options[o].id));
        }
        out += fmt::format("      {}: {{question: {}, codes: {{{}}}}}\n", code, q.id,
                           fmt::join(codes, ", "));
        break;
      case QuestionType::tasks: {
        std::vector<std::string> tasks, levels;
        for (size_t t = 0; t < q.tasks.size(); ++t) {
          tasks.push_back(fmt::format("SQ{:03}: {}", t + 1, q.tasks[t].id));
        }
        for (size_t l = 0; l < q.levels.size(); ++l) {
          levels.push_back(fmt::format("L{}: {}", l + 1, q.levels[l].id));
        }
        out += fmt::format("      {}: {{question: {}, tasks: {{{}}}, codes: {{{}}}}}\n", code, q.id,
                           fmt::join(tasks, ", "), fmt::join(levels, ", "));
        break;
      }
      case QuestionType::budget: {
        std::vector<std::string> rows;
        for (size_t t = 0; t < q.tasks.size(); ++t) {
          rows.push_back(fmt::format("SQ{:03}: {}", t + 1, q.tasks[t].id));
        }
        out += fmt::format("      {}: {{question: {}, tasks: {{{}}}}}\n", code, q.id,
                           fmt::join(rows, ", "));
        break;
      }
      default:
        out += fmt::format("      {}: {}\n", code, q.id);
      }
    }
  }
  std::FILE* f = open_or_die(path, "w");
  std::fputs(out.c_str(), f);
  std::fclose(f);
}

} // namespace

int main(int argc, char** argv) {
  Args args = parse_args(argc, argv);
  QuestionnaireSet set;
  try {
    set = load_questionnaire_set(args.questionnaires);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "gen_answers: %s\n", e.what());
    return 1;
  }
  Random rnd(args.seed);
  std::FILE* csv = nullptr;
  if (!args.csv.empty()) {
    csv = open_or_die(args.csv, "wb");
    std::string header = "\xEF\xBB\xBF\"id\";\"submitdate\";\"lastpage\";\"startlanguage\"";
    for (size_t qi = 0; qi < set.size(); ++qi) {
      const auto& qs = set.items()[qi].questions;
      for (size_t i = 0; i < qs.size(); ++i) {
        for (const auto& c : columns_of(qs[i], question_code(qi, i))) {
          header += ";\"" + c + "\"";
        }
      }
    }
    std::fputs((header + "\r\n").c_str(), csv);
    write_map(args.map, set);
  }
  static const char* const k_specialties[] = {"generaliste", "pediatre", "psychiatre", "cardiologue"};
  static const char* const k_practices[] = {"solo", "groupe", "msp", "centre_de_sante"};
  for (long n = 0; n < args.count; ++n) {
    std::string id = fmt::format("dr-{:06}", n + 1);
    std::string date = fmt::format("2026-{:02}-{:02}", 1 + rnd.below(12), 1 + rnd.below(28));
    std::string yaml = fmt::format("# Auto-évaluation medtime\nrespondent:\n  id: {}\n  specialty: {}\n"
                                   "  practice: {}\n  department: \"{:02}\"\ndate: {}\nanswers:\n",
                                   id, k_specialties[rnd.below(4)], k_practices[rnd.below(4)],
                                   1 + rnd.below(95), date);
    std::string row = fmt::format("\"{}\";\"{} 10:{:02}:00\";\"{}\";\"fr\"", n + 1, date,
                                  rnd.below(60), 3 + rnd.below(4));
    TimeBudget budget; // filled once the time budget's table is answered
    budget.hours.assign(set.categories().size(), 0);
    for (size_t qi = 0; qi < set.size(); ++qi) {
      const Questionnaire& qn = set.items()[qi];
      yaml += fmt::format("  {}:\n    version: {}\n", qn.id, qn.version);
      std::vector<Answer> answers(qn.questions.size());
      std::vector<char> shown(qn.questions.size(), 0);
      for (size_t i = 0; i < qn.questions.size(); ++i) {
        const Question& q = qn.questions[i];
        shown[i] = !q.when || evaluate(*q.when, qn, answers, shown, &budget);
        Generated g;
        g.cells.assign(columns_of(q, "x").size(), "");
        if (shown[i] && !rnd.chance(0.04)) {
          bool na_allowed = q.type == QuestionType::single || q.type == QuestionType::scale ||
                            q.type == QuestionType::number || q.type == QuestionType::yesno;
          if (na_allowed && rnd.chance(0.03)) {
            answers[i].state = AnswerState::na;
            g.yaml = "na";
            g.cells[0] = q.type == QuestionType::single ? "NA" : "na";
          } else {
            answer_question(q, rnd, answers[i], g);
            if (q.type == QuestionType::budget) {
              for (size_t t = 0; t < q.tasks.size(); ++t) {
                budget.hours[static_cast<size_t>(q.tasks[t].category)] = *answers[i].tasks[t].hours;
              }
              budget.answered = true;
            }
          }
          yaml += fmt::format("    {}:{}{}\n", q.id, g.yaml[0] == '\n' ? "" : " ", g.yaml);
        }
        for (const auto& cell : g.cells) {
          row += ";" + csv_quote(cell);
        }
      }
    }
    if (!args.out.empty()) {
      std::string dir = args.out + fmt::format("/part-{:04}", n / args.per_folder);
      ::mkdir(args.out.c_str(), 0755);
      ::mkdir(dir.c_str(), 0755);
      std::FILE* f = open_or_die(fmt::format("{}/{}.yaml", dir, id), "w");
      std::fputs(yaml.c_str(), f);
      std::fclose(f);
    }
    if (csv != nullptr) {
      std::fputs((row + "\r\n").c_str(), csv);
    }
  }
  if (csv != nullptr) {
    std::fclose(csv);
  }
  return 0;
}
