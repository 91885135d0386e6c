// Geometric checks on authored shapes.
#include "io/shape_checks.hpp"

#include <cmath>
#include <sstream>

namespace knotmap::io {

void CheckShape(const TomlReader& r, std::string_view key, const model::Shape& shape) {
  // Crossing first: the lobes of a bow tie cancel out and would otherwise look degenerate.
  if (auto crossing = model::FindSelfIntersection(shape.polygon)) {
    std::ostringstream msg;
    msg << "self-intersecting shape: the smooth outline crosses itself near (" << std::lround(crossing->at.x)
        << ", " << std::lround(crossing->at.y)
        << "); reorder the points so they go once around the shape";
    r.ErrorAt(key, msg.str());
    return;
  }
  const float area = std::abs(model::SignedArea(shape.polygon));
  if (area < kMinShapeArea) {
    std::ostringstream msg;
    msg << "degenerate shape: its area is " << area
        << " square units; expected a closed outline enclosing at least " << kMinShapeArea;
    r.ErrorAt(key, msg.str());
  }
}

}  // namespace knotmap::io
