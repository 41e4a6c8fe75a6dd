// Several cost sheets side by side (`medtime cost --compare`, `--scenarios`):
// each option's completed inputs and sheet, and the figures that compare
// them, computed once so that every format shows the same numbers.
#pragma once

#include "cost/cost.h"
#include "cost/inputs.h"
#include "util/i18n.h"

#include <optional>
#include <string>
#include <vector>

namespace medtime {

struct CostOption {
  LocalText name;       // "Assistant médical à mi-temps", or a plan's file
  LocalText short_name; // a table column: "AM 0,5"
  CostInputs inputs;
  CostSheet sheet;

  // Hours a week freed once supervision is taken off (counted hours only).
  double weekly_hours_freed() const;
  // Hours a week assigned beyond the contracts, not counted.
  double left_out_hours() const;
  double aid_total() const;
};

// Computes the sheet of `inputs` under the given names.
CostOption make_cost_option(LocalText name, LocalText short_name, CostInputs inputs);

} // namespace medtime
