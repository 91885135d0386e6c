// Strict number parsing with std::from_chars (locale-free, no nan/inf/hex), wrapped as validators.
#include "cli/checked.hpp"

#include <charconv>
#include <cmath>
#include <sstream>

namespace knotmap::cli {
namespace {

std::string Shown(std::string_view text) {
  std::string out = "'";
  for (char c : text.substr(0, 40)) out += (static_cast<unsigned char>(c) < 32 || c == 127) ? '?' : c;
  if (text.size() > 40) out += "...";
  return out + "'";
}

std::string Number(double v) {
  std::ostringstream s;
  s << v;
  return s.str();
}

}  // namespace

std::optional<double> ParseFiniteNumber(std::string_view text) {
  if (text.empty() || text.size() > 32) return std::nullopt;
  // from_chars takes no '+'; refuse "+-1" by allowing the plus only before a digit or a point.
  if (text.front() == '+') {
    text.remove_prefix(1);
    if (text.empty() || text.front() == '-' || text.front() == '+') return std::nullopt;
  }
  double v = 0.0;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v,
                                         std::chars_format::general);
  if (ec != std::errc() || ptr != text.data() + text.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

std::optional<long long> ParseWholeNumber(std::string_view text) {
  if (text.empty() || text.size() > 20) return std::nullopt;
  if (text.front() == '+') {
    text.remove_prefix(1);
    if (text.empty() || text.front() == '-' || text.front() == '+') return std::nullopt;
  }
  long long v = 0;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || ptr != text.data() + text.size()) return std::nullopt;
  return v;
}

CLI::Validator NumberIn(double lo, double hi) {
  const std::string range = Number(lo) + " to " + Number(hi);
  return CLI::Validator(
      [lo, hi, range](std::string& text) -> std::string {
        const auto v = ParseFiniteNumber(text);
        if (!v) return "expected a finite decimal number from " + range + ", got " + Shown(text);
        if (*v < lo || *v > hi) return "expected a number from " + range + ", got " + Shown(text);
        return {};
      },
      "NUMBER in " + range);
}

CLI::Validator WholeNumberIn(long long lo, long long hi) {
  const std::string range = std::to_string(lo) + " to " + std::to_string(hi);
  return CLI::Validator(
      [lo, hi, range](std::string& text) -> std::string {
        const auto v = ParseWholeNumber(text);
        if (!v) return "expected a whole number from " + range + ", got " + Shown(text);
        if (*v < lo || *v > hi) return "expected a whole number from " + range + ", got " + Shown(text);
        return {};
      },
      "INT in " + range);
}

CLI::Validator NotEmpty() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        if (text.find_first_not_of(" \t") == std::string::npos) return "must not be empty";
        return {};
      },
      "TEXT");
}

}  // namespace knotmap::cli
