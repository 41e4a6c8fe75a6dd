// Where the bundled data (questionnaires/, parameters/, profiles/) lives.
#pragma once

#include <string>

namespace medtime {

// The data folder, the first that exists of: `$MEDTIME_DATA`; the installed
// prefix `<dir of the executable>/../share/medtime`; the source tree the
// program was built from. Throws `UsageError` when none holds questionnaires.
std::string find_data_dir();

// The questionnaires folder: `override_dir` when not empty, else
// `find_data_dir()/questionnaires`.
std::string questionnaires_dir(const std::string& override_dir);

// The folder of the running program (from /proc/self/exe), or empty when it
// cannot be read. The commands live side by side there.
std::string executable_dir();

// The program's version, from the build.
const char* medtime_version();

} // namespace medtime
