// A command's CLI11 definition as data: the one source of its man page and of
// the shell completions (tools/gendocs reads it), so that they never say
// anything --help does not.
#pragma once

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <string>

namespace medtime::app {

// The hidden argument that makes a command print its definition instead of
// running (`medtime-report --lang en --dump-cli`); not an option of CLI11's,
// so neither --help nor the definition itself show it.
constexpr const char* k_dump_cli = "--dump-cli";

// True when `argv` holds k_dump_cli.
bool wants_cli_dump(int argc, char** argv);

// The definition of command `name` (`medtime.cli/1`): its `description`,
// `example` command lines and `exit_codes` sentence as --help shows them,
// unwrapped, and every visible option and positional of `app` with its
// names, description, value type, choices (from a CLI::IsMember check),
// whether it is required and whether it takes several values.
nlohmann::json cli_definition(CLI::App& app, const std::string& name,
                              const std::string& description, const std::string& example,
                              const std::string& exit_codes);

} // namespace medtime::app
