// The width of text output, decided in one place for every command: the
// terminal's width when the output is a terminal, 80 columns otherwise
// (a file, a pipe), or what the user asked for (--width N).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace medtime {

// Columns of text output when it does not go to a terminal.
constexpr size_t k_default_width = 80;
// Narrowest width honoured: below it, texts are laid out for this many columns.
constexpr size_t k_min_width = 40;

// Columns of `columns_env` (the value of COLUMNS) when it is a whole number
// of at least 1, else nothing.
std::optional<size_t> parse_columns(std::string_view columns_env);

// Columns for text written to descriptor `fd`: `forced` (--width) when
// given; else, when `fd` is a terminal, COLUMNS when set to a number, then
// the terminal's own size; else k_default_width. Never below k_min_width.
size_t output_width(int fd, std::optional<size_t> forced = std::nullopt);

// Lines of the terminal on `fd`, or nothing when it is not a terminal.
std::optional<size_t> terminal_lines(int fd);

} // namespace medtime
