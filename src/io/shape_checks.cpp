// Geometric checks on authored shapes.
#include "io/shape_checks.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace knotmap::io {

void CheckShape(const TomlReader& r, std::string_view key, const model::Shape& shape) {
  // A flat shape (all points on a line) is degenerate; check that before crossings, since its
  // outline runs back over itself. Then crossings, before area: the lobes of a bow tie cancel out.
  const model::Point size = shape.bounds.max - shape.bounds.min;
  if (std::min(size.x, size.y) < 1.0f) {
    r.ErrorAt(key, "degenerate shape: its points lie on a line; expected a closed outline around an area");
    return;
  }
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
