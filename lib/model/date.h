// Dates as people write them in answers files and at the `ask` prompt.
#pragma once

#include <string>
#include <string_view>

namespace medtime {

// `text` as YYYY-MM-DD when it is a valid date written so or DD/MM/YYYY (as
// a French doctor writes it; the day and month may take one digit), else
// empty.
std::string iso_date(std::string_view text);

} // namespace medtime
