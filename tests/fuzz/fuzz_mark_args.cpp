// Fuzz target: the command line's coordinate and mark arguments ("X,Y", "VIEW:X,Y").
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <variant>

#include "model/mark_spec.hpp"

using namespace knotmap::model;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto p = ParseCoordinates(text);
  if (const Point* point = std::get_if<Point>(&p)) {
    // A parsed point is always finite and bounded.
    if (!std::isfinite(point->x) || !std::isfinite(point->y) || std::abs(point->x) > 1e6f) std::abort();
  }
  const auto spec = ParseMarkSpec(text);
  if (const MarkSpec* s = std::get_if<MarkSpec>(&spec)) {
    if (!std::isfinite(s->at.x) || !std::isfinite(s->at.y)) std::abort();
  }
  return 0;
}
