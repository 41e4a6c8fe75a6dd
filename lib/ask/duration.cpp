#include "ask/duration.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <string>

#include "ask/prompt.h"

namespace medtime::ask {

namespace {

using Kind = Step::Kind;

// `line` with its digits replaced, so that "Étape 3 sur 90" is the line
// "Étape 2 sur 90" was.
std::string shape(const std::string& line) {
  std::string out;
  for (char c : line) {
    out += c >= '0' && c <= '9' ? '#' : c;
  }
  return out;
}

int words(std::string_view text) {
  int count = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\t';
    count += !space && !in_word ? 1 : 0;
    in_word = !space;
  }
  return count;
}

bool estimated(const Interview& iv, const Step& s) {
  return s.kind == Kind::task_hours ||
         (s.kind == Kind::question && iv.question(s).type == QuestionType::number);
}

} // namespace

double estimated_seconds(const Interview& interview, int response, Lang lang) {
  Interview dry = interview; // moved from step to step; the answers stay as they are
  ScreenOptions plain;
  plain.lang = lang;
  plain.plain = true;
  std::string keys = tr(lang, "Touches", "Keys");
  std::set<std::string> before;
  double seconds = 0;
  for (size_t i = 0; i < dry.steps().size(); ++i) {
    const Step& s = dry.steps()[i];
    if (!dry.counted(i)) {
      continue;
    }
    dry.go_to(i);
    std::string screen = render_step(dry, plain);
    std::set<std::string> shown;
    int count = 0;
    for (size_t start = 0; start < screen.size();) {
      size_t end = std::min(screen.find('\n', start), screen.size());
      std::string line = screen.substr(start, end - start);
      shown.insert(shape(line));
      if (before.count(shape(line)) == 0 && line.rfind(keys, 0) != 0) {
        count += words(line);
      }
      start = end + 1;
    }
    before = std::move(shown);
    if (response < 0 || s.response == response) {
      seconds += count * 60 / k_words_per_minute + k_seconds_per_answer +
                 (estimated(dry, s) ? k_seconds_per_estimate : 0);
    }
  }
  return seconds;
}

int estimated_minutes(double seconds) {
  int minutes = std::max(1, static_cast<int>(std::lround(seconds / 60)));
  return minutes <= 10 ? minutes : static_cast<int>(std::lround(minutes / 5.0)) * 5;
}

} // namespace medtime::ask
