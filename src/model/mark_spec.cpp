// Strict parsing of "X,Y" and "VIEW:X,Y".
#include "model/mark_spec.hpp"

#include <charconv>
#include <cmath>

namespace knotmap::model {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool ParseNumber(std::string_view s, float& out) {
  s = Trim(s);
  if (s.empty() || s.size() > 32) return false;
  if (s.front() == '+') s.remove_prefix(1);
  double v = 0.0;
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v, std::chars_format::fixed);
  if (ec != std::errc() || ptr != s.data() + s.size() || !std::isfinite(v) || std::abs(v) > 1e6) {
    return false;
  }
  out = static_cast<float>(v);
  return true;
}

std::string Quoted(std::string_view s) {
  std::string out = "'";
  for (char c : s.substr(0, 64)) out += (static_cast<unsigned char>(c) < 32 || c == 127) ? '?' : c;
  if (s.size() > 64) out += "...";
  return out + "'";
}

}  // namespace

std::variant<Point, ParseError> ParseCoordinates(std::string_view text) {
  const auto comma = text.find(',');
  if (comma == std::string_view::npos || text.find(',', comma + 1) != std::string_view::npos) {
    return ParseError{"expected X,Y (two numbers in atlas units separated by a comma), got " +
                      Quoted(text)};
  }
  Point p;
  if (!ParseNumber(text.substr(0, comma), p.x) || !ParseNumber(text.substr(comma + 1), p.y)) {
    return ParseError{"expected X,Y with two finite decimal numbers, got " + Quoted(text)};
  }
  return p;
}

std::variant<MarkSpec, ParseError> ParseMarkSpec(std::string_view text) {
  const auto colon = text.find(':');
  if (colon == std::string_view::npos) {
    return ParseError{"expected VIEW:X,Y (e.g. back:560,470), got " + Quoted(text)};
  }
  const auto view = ParseView(Trim(text.substr(0, colon)));
  if (!view) {
    return ParseError{"unknown view " + Quoted(text.substr(0, colon)) + ": expected front or back"};
  }
  auto p = ParseCoordinates(text.substr(colon + 1));
  if (auto* e = std::get_if<ParseError>(&p)) return *e;
  return MarkSpec{*view, std::get<Point>(p)};
}

}  // namespace knotmap::model
