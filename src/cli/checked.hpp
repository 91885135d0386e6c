// Checked parsing of the command line's numbers and texts: one validator per kind, shared by every
// subcommand, so NaN, infinities, hex, trailing junk and out-of-range values all exit 2 the same way.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

namespace knotmap::cli {

// A finite decimal number ("30", "-2.5", "1e2"; never nan, inf, 0x10 or "5px").
std::optional<double> ParseFiniteNumber(std::string_view text);
// A whole decimal number without sign tricks ("12", "-3"; never "1.0", "1e3" or "+-1").
std::optional<long long> ParseWholeNumber(std::string_view text);

// CLI11 validators with messages that say what was expected and what was given.
CLI::Validator NumberIn(double lo, double hi);
CLI::Validator WholeNumberIn(long long lo, long long hi);
CLI::Validator NotEmpty();  // a path or name given as '' is a mistake, never "use the default"

}  // namespace knotmap::cli
