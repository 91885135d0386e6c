// Parsing of textual pain-mark coordinates ("X,Y" and "VIEW:X,Y", atlas units), strict and total:
// any input gives either a point or a message saying what was expected. Used by the CLI and the app.
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "model/types.hpp"

namespace knotmap::model {

struct ParseError {
  std::string message;
};

// "X,Y" with two finite decimal numbers (spaces around them allowed).
std::variant<Point, ParseError> ParseCoordinates(std::string_view text);

struct MarkSpec {
  View view = View::Back;
  Point at{};
};
// "front:X,Y" or "back:X,Y".
std::variant<MarkSpec, ParseError> ParseMarkSpec(std::string_view text);

}  // namespace knotmap::model
