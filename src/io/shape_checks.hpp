// Geometric checks on authored shapes: enough area, no self-intersection, inside the view frame.
#pragma once

#include <string_view>

#include "io/toml_reader.hpp"
#include "model/types.hpp"

namespace knotmap::io {

// Minimum area of a zone or outline, in square atlas units (a 6 x 6 square).
inline constexpr float kMinShapeArea = 36.0f;

// Reports a degenerate or self-intersecting smooth shape at the key holding its control points.
void CheckShape(const TomlReader& r, std::string_view key, const model::Shape& shape);

}  // namespace knotmap::io
