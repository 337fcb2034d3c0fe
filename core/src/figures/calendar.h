#pragma once

#include <chrono>
#include <optional>
#include <vector>

#include "figures/figures.h"

namespace finlens::figures {

// Completes and resolves the date figures of `figures` (sorted by start) in place and
// fills DateValue::iso.
void resolve_dates(std::vector<Found>& figures, const sections::Layout& layout,
                   const std::optional<std::chrono::year_month_day>& published);

}  // namespace finlens::figures
