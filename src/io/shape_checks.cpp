// Geometric checks on authored shapes: zones, outlines, the silhouette and the bones.
#include "io/shape_checks.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>
#include <vector>

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

void CheckInsideBody(const TomlReader& r, std::string_view key, std::span<const model::Point> line,
                     const model::ScanlineIndex& body, std::string_view what, float tolerance) {
  std::vector<float> xs;
  const auto inside = [&](model::Point p) {
    body.CrossingsAt(p.y, xs);  // even-odd: inside when an odd number of crossings lie left of p
    return (std::lower_bound(xs.begin(), xs.end(), p.x) - xs.begin()) % 2 == 1;
  };
  // Within the tolerance when a point that far away in one of 8 directions is inside (the
  // silhouette has no spike thinner than the tolerance for the test to miss).
  const auto near = [&](model::Point p) {
    if (tolerance <= 0.0f) return false;
    for (int k = 0; k < 8; ++k) {
      const float a = static_cast<float>(k) * 0.785398f;
      if (inside({p.x + tolerance * std::cos(a), p.y + tolerance * std::sin(a)})) return true;
    }
    return false;
  };
  for (const model::Point p : line) {
    if (inside(p) || near(p)) continue;
    std::ostringstream msg;
    msg << what << " leaves the body outline near (" << std::lround(p.x) << ", " << std::lround(p.y) << ")";
    if (tolerance > 0.0f) msg << " by more than " << tolerance << " units";
    msg << "; it is drawn under the skin: move its points inwards";
    r.ErrorAt(key, msg.str());
    return;
  }
}

float DistanceToBone(const model::Bone& bone, model::Point p) {
  if (bone.points.empty()) return std::numeric_limits<float>::infinity();
  if (bone.closed) {
    if (bone.points.size() >= 3 && model::PointInPolygon(bone.points, p)) return 0.0f;
    return model::DistanceToPolygonEdge(bone.points, p);
  }
  const model::Point d0 = bone.points.front() - p;
  float best = std::sqrt(d0.x * d0.x + d0.y * d0.y);
  for (std::size_t i = 0; i + 1 < bone.points.size(); ++i) {
    best = std::min(best, model::DistanceToSegment(p, bone.points[i], bone.points[i + 1]));
  }
  return best;
}

void CheckLandmarkOnBone(const TomlReader& r, const toml::node* at, const model::Bone& bone,
                         const model::Landmark& landmark) {
  const float d = DistanceToBone(bone, landmark.at);
  if (d <= kBoneLandmarkReach) return;
  std::ostringstream msg;
  msg << "landmark '" << landmark.name << "' at (" << std::lround(landmark.at.x) << ", "
      << std::lround(landmark.at.y) << ") lies " << std::lround(d) << " units off bone '" << bone.name
      << "'; expected " << (bone.closed ? "inside it or " : "") << "within " << kBoneLandmarkReach
      << " units of its " << (bone.closed ? "outline" : "line")
      << " (landmarks place content: move the bone, not the landmark)";
  r.Error(at, msg.str());
}

}  // namespace knotmap::io
