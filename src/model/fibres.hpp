// Muscle fibres for drawing: thin curves inside a muscle's outline that show which way it pulls, as
// an anatomy atlas draws them. Generated once at load from the outline and, where the content gives
// them, the muscle's attachments (origin and insertion polylines on bones or landmarks): fibre k
// runs from the point at the same fraction along the origin to that along the insertion, so a
// muscle fans (trapezius), converges (deltoid) or runs obliquely (gluteus maximus) by its
// attachments. Without attachments the fibres follow the outline's long axis as a spindle.
// Pure functions in atlas units.
#pragma once

#include <span>
#include <vector>

#include <glm/geometric.hpp>

#include "model/geometry.hpp"

namespace knotmap::model {

// Distance between neighbouring fibres, in atlas units (about 6 mm on the body).
inline constexpr float kFibreSpacing = 7.0f;
// Fibres per outline at most, however large the muscle or its attachments.
inline constexpr int kMaxFibres = 48;

struct Attachments {
  std::vector<Point> origin;     // polyline (one point: a single apex)
  std::vector<Point> insertion;  // polyline (one point: a single apex)
  std::vector<Point> via;        // optional: a line across the belly each fibre passes, to curve them
  bool Empty() const { return origin.empty() || insertion.empty(); }
};

using Fibre = std::vector<Point>;  // an open polyline, inside the outline

// The fibres of one outline (a simple polygon). With attachments, fibre k is the curve from the
// origin's point at fraction t_k through the via line's (straight without one) to the
// insertion's, extended or cut to the outline; without, spindle curves along the outline's
// principal axis. Pieces shorter than a fibre spacing are dropped.
std::vector<Fibre> MuscleFibres(std::span<const Point> outline, const Attachments& attachments,
                                float spacing = kFibreSpacing);

// The point at fraction `t` (0..1) of the polyline's length.
Point AlongPolyline(std::span<const Point> line, float t);

// The parts of the polyline `line` inside `polygon`, each boundary found to within 0.05 units.
std::vector<Fibre> ClipToPolygon(std::span<const Point> line, std::span<const Point> polygon);

}  // namespace knotmap::model
