// How long the interview takes, as announced before the first step: a
// dry run through the steps it will ask, counting the words each screen
// shows that the screen before did not (a table's question and levels are
// read once; the line of keys is known by heart after the first), read at
// a stated pace, plus the time to decide and type each answer.
// scripts/ask_durations.py measures the same on the real program's screens;
// lib/ask/README.md has the figures.
#pragma once

#include "ask/interview.h"
#include "util/i18n.h"

namespace medtime::ask {

// Silent reading of informative text on a screen (adults read French prose
// at 200 to 250 words a minute); thinking about one's own practice is in
// the time per answer below.
constexpr double k_words_per_minute = 200;
// Deciding and typing one answer.
constexpr double k_seconds_per_answer = 6;
// More for a number (hours per week, consultations), estimated, not known.
constexpr double k_seconds_per_estimate = 10;

// Seconds to go through the counted steps of questionnaire `response` (every
// questionnaire when -1), at the pace above, with the answers as they are.
double estimated_seconds(const Interview& interview, int response, Lang lang);

// `seconds` as whole minutes for "about N minutes": at least 1, rounded to
// the nearest 5 past 10 minutes (an estimate, not a promise).
int estimated_minutes(double seconds);

} // namespace medtime::ask
