// What every command shares: the common options (--lang, --questionnaires),
// the exit codes of doc/formats.md#exit-codes, and the one place where errors become
// messages on stderr.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <optional>
#include <string>

#include "model/answers.h"
#include "model/questionnaire.h"
#include "util/diagnostics.h"
#include "util/i18n.h"

namespace medtime::app {

// Exit codes, the same in every command.
constexpr int k_exit_ok = 0;
constexpr int k_exit_invalid = 1; // the input is wrong or a check failed
constexpr int k_exit_usage = 2;   // unknown option, missing argument, file not found

struct CommonOptions {
  std::string lang;           // empty: from the environment
  std::string questionnaires; // empty: the bundled ones
};

// The language for this run: --lang, else LC_ALL/LC_MESSAGES/LANG, else French.
// Looks at argv directly so that --help is localised too.
Lang detect_lang(int argc, char** argv);

// Adds --lang and --questionnaires to `app`.
void add_common_options(CLI::App& app, CommonOptions& options);

// Adds --lang only (commands that read no questionnaire).
void add_lang_option(CLI::App& app, CommonOptions& options);

// Text output to a terminal: its width and the pager (doc/formats.md#text-output).
struct TextOptions {
  std::optional<size_t> width; // --width N; none: the terminal's, else 80
  bool no_pager = false;       // --no-pager
};

// Adds --width N to `app`.
void add_width_option(CLI::App& app, std::optional<size_t>& width);

// Adds --width N and --no-pager to `app`.
void add_text_options(CLI::App& app, TextOptions& options);

// Columns of text written to stdout (render/terminal.h's output_width).
size_t text_width(const TextOptions& options);

// Writes text `content` like write_output; when it goes to stdout, stdout
// is a terminal, --no-pager is not given and `content` has more lines than
// the terminal, through $PAGER (default `less -R`; LESS=FRX when unset, as
// git does). A pager that cannot start is skipped.
void write_text_output(const std::string& path, const std::string& content,
                       const TextOptions& options);

// Loads the questionnaire set of --questionnaires, MEDTIME_DATA or the bundle.
QuestionnaireSet load_set(const CommonOptions& options);

// Throws `Error` when the set has a time budget that `assessment` (read from
// `file`) does not answer: report and cost count hours from it.
void require_time_budget(const QuestionnaireSet& set, const Assessment& assessment,
                         const std::string& file);

// Runs command `name`: builds the CLI11 app with `description` (written
// "English / Français": the part in the run's language is shown) and the
// exit-codes footer plus `example`, lets `setup` bind options, parses, then
// calls `run`. Maps CLI11 errors to exit 2 (help and --version to 0), prints
// `medtime NAME: error: ...` for Error (1), UsageError (2), and any other
// exception (1). Last, flushes stdout: a write error there (a full disk,
// `> /dev/full`) is reported and turns a success into exit 1. Returns the
// exit code.
int run_command(const std::string& name, int argc, char** argv, const std::string& description,
                const std::string& example, const std::function<void(CLI::App&, Lang)>& setup,
                const std::function<int(Lang)>& run);

// Flushes stdout and returns `code`, or 1 after a message when what was
// written there did not all arrive (a full disk, `> /dev/full`): stdio only
// reports it when flushing. `run_command` ends with it.
int check_stdout(const std::string& name, int code);

// CLI11's error `e` on `cli` as a usage error of the catalogue, in the run's
// language: an unknown option with the closest one, a value not among the
// allowed ones, a missing argument... (E001-E013).
UsageError command_line_error(const CLI::App& cli, const CLI::ParseError& e);

// The message of a failed write to stdout, with the system's reason for
// `error` (errno; 0: none known) in the run's language (E022).
Message stdout_error(int error);

// Prints a diagnostic to stderr as `medtime NAME: ...`.
void print_diagnostic(const std::string& name, const std::string& text);

// Throws a UsageError when `path` (an -o file, not "-") is a regular file
// that exists and `force` is false: a file the user wrote (a template filled
// in, a plan edited, last month's report annotated) is not replaced without
// --force. Devices and FIFOs (`-o /dev/null`) are written into, never
// replaced, so they are not refused. One message for every command.
void refuse_existing(const std::string& path, bool force);

// Adds `-o,--output FILE` (described by `description`, in the run's
// language) and `--force` to `app`, and registers them: run_command calls
// refuse_existing on them after parsing, before the command runs, so every
// command's -o keeps the same rule (doc/formats.md#outputs). `ask` adds its
// own -o: an existing answers file is the one it resumes.
void add_output_options(CLI::App& app, std::string& output, bool& force,
                        const std::string& description = {});

// Writes `content` to `path` (an `OutputFile`: atomically for a regular
// file, in place for a device), or to stdout when `path` is empty or "-".
// Refuses (UsageError) to write over any file this run has read, whatever
// the name; throws `Error` when the write fails.
void write_output(const std::string& path, const std::string& content);

// Throws `UsageError` when `path` names a file this run has read (an
// answers file, a questionnaire, a plan...): `-o` must not replace it.
void refuse_overwriting_input(const std::string& path);

} // namespace medtime::app
