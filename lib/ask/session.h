// The interview loop of `medtime ask`: show a step, read a line, apply it,
// save, until the end, `q` or the end of input. The terminal, the file and
// the signals belong to the caller, behind `Console` and `save`.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ask/interview.h"
#include "ask/prompt.h"

namespace medtime::ask {

class Console {
public:
  virtual ~Console() = default;
  // Shows `text`. `new_screen`: a new step begins (a terminal may clear the
  // screen first); otherwise `text` follows what is shown.
  virtual void show(std::string_view text, bool new_screen) = 0;
  // One line typed, without its newline; nothing at the end of input.
  virtual std::optional<std::string> read_line() = 0;
  // Whether a person is typing at a terminal (the end then waits for a key,
  // and a complete file opens on the section menu).
  virtual bool interactive() const = 0;
  // Columns to wrap texts to (0: no wrapping); asked at each step, so a
  // resized terminal is followed.
  virtual size_t width() const = 0;
};

enum class Outcome {
  finished,     // every step went by
  quit,         // `q`
  end_of_input, // the input ended (Ctrl-D, end of a script)
};

struct SessionOptions {
  ScreenOptions screen;       // `width` is taken from the console
  std::string resume_command; // e.g. "medtime ask -o a.yaml", named when stopping
  // The command that shows the report, as shell words already quoted
  // ({"medtime", "report", "a.yaml"}), named at the end.
  std::vector<std::string> report_command;
  bool existing = false;      // the answers file existed at the start
  // Writes the answers file atomically; throws `Error` when it cannot.
  std::function<void(const std::string& content)> save;
};

// Runs `interview` from where it stands; interactive on a file where every
// step was asked, from the section menu (`m` shows it at any step). Every
// change of an answer is saved at once through `options.save`; a save that
// fails is retried on Enter when interactive, and thrown otherwise. Returns
// how the interview ended, after showing the summary, the plan and the
// report's command (finished) or where the answers are (quit, end of input).
Outcome run_session(Interview& interview, Console& console, const SessionOptions& options);

} // namespace medtime::ask
