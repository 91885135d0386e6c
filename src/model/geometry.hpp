// Plane geometry in atlas units: smooth closed/open splines flattened to polygons, point-in-polygon,
// simplicity checks, ear-clipping triangulation and mirroring. Pure functions, std + glm only.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include <glm/common.hpp>
#include <glm/vec2.hpp>

namespace knotmap::model {

using Point = glm::vec2;  // atlas units unless a name says otherwise

struct Box {
  Point min{0.0f, 0.0f};
  Point max{0.0f, 0.0f};
  bool Contains(Point p) const { return p.x >= min.x && p.x <= max.x && p.y >= min.y && p.y <= max.y; }
  bool Overlaps(const Box& o) const {
    return min.x <= o.max.x && o.min.x <= max.x && min.y <= o.max.y && o.min.y <= max.y;
  }
  Point Center() const { return (min + max) * 0.5f; }
};

Box BoundsOf(std::span<const Point> points);

// Centripetal Catmull-Rom spline through `control` (no cusps or self-loops for well-spread points),
// flattened so that no output segment is longer than `max_segment` atlas units.
std::vector<Point> FlattenClosedSpline(std::span<const Point> control, float max_segment = 5.0f);
std::vector<Point> FlattenOpenSpline(std::span<const Point> control, float max_segment = 5.0f);

// Polygons are implicitly closed (last vertex connects to the first).
float SignedArea(std::span<const Point> polygon);  // > 0 when counter-clockwise in y-up terms
bool PointInPolygon(std::span<const Point> polygon, Point p);
float DistanceToSegment(Point p, Point a, Point b);
float DistanceToPolygonEdge(std::span<const Point> polygon, Point p);
Point Centroid(std::span<const Point> polygon);

// A pair of non-adjacent edges that cross, if any: the polygon is then not simple.
struct Crossing {
  std::size_t edge_a = 0;
  std::size_t edge_b = 0;
  Point at{};
};
std::optional<Crossing> FindSelfIntersection(std::span<const Point> polygon);

// Ear clipping for simple polygons of either winding: returns vertex index triples.
// Degenerate input yields fewer triangles, never a crash.
std::vector<std::array<std::uint32_t, 3>> Triangulate(std::span<const Point> polygon);

// Intersections of the horizontal-ish line p0 + t*dir with the polygon's edges, as sorted t values.
// Used to clip hatching lines to a zone (even-odd pairs are inside).
std::vector<float> LineCrossings(std::span<const Point> polygon, Point p0, Point dir);

inline Point MirrorX(Point p, float mirror_x) { return {2.0f * mirror_x - p.x, p.y}; }
std::vector<Point> MirrorPolygon(std::span<const Point> polygon, float mirror_x);

}  // namespace knotmap::model
