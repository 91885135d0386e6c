// Geometry: splines pass through their control points, point-in-polygon, simplicity, triangulation.
#include <catch2/catch.hpp>

#include <cmath>

#include "model/geometry.hpp"

using namespace knotmap::model;

namespace {
const std::vector<Point> kSquare{{0, 0}, {10, 0}, {10, 10}, {0, 10}};
const std::vector<Point> kL{{0, 0}, {20, 0}, {20, 5}, {5, 5}, {5, 20}, {0, 20}};  // concave, area 175

float Area(const std::vector<Point>& poly, const std::vector<std::array<std::uint32_t, 3>>& tris) {
  float sum = 0.0f;
  for (const auto& t : tris) sum += std::abs(SignedArea(std::vector<Point>{poly[t[0]], poly[t[1]], poly[t[2]]}));
  return sum;
}
}  // namespace

TEST_CASE("point in polygon handles convex and concave shapes", "[geometry]") {
  CHECK(PointInPolygon(kSquare, {5, 5}));
  CHECK_FALSE(PointInPolygon(kSquare, {15, 5}));
  CHECK(PointInPolygon(kL, {2, 15}));
  CHECK(PointInPolygon(kL, {15, 2}));
  CHECK_FALSE(PointInPolygon(kL, {15, 15}));  // the notch of the L
}

TEST_CASE("signed area and centroid of a square", "[geometry]") {
  CHECK(std::abs(SignedArea(kSquare)) == Approx(100.0f));
  const Point c = Centroid(kSquare);
  CHECK(c.x == Approx(5.0f));
  CHECK(c.y == Approx(5.0f));
}

TEST_CASE("closed spline passes through every control point and stays near them", "[geometry]") {
  const std::vector<Point> control{{0, 0}, {100, 0}, {120, 80}, {40, 120}, {-20, 60}};
  const auto flat = FlattenClosedSpline(control, 2.0f);
  for (Point c : control) {
    float best = 1e9f;
    for (Point p : flat) best = std::min(best, std::hypot(p.x - c.x, p.y - c.y));
    CHECK(best < 0.01f);
  }
  for (std::size_t i = 0; i < flat.size(); ++i) {
    const Point a = flat[i], b = flat[(i + 1) % flat.size()];
    CHECK(std::hypot(b.x - a.x, b.y - a.y) <= 2.5f);
  }
  CHECK_FALSE(FindSelfIntersection(flat).has_value());
}

TEST_CASE("open spline ends at its first and last control points", "[geometry]") {
  const std::vector<Point> control{{0, 0}, {50, 20}, {100, 0}};
  const auto flat = FlattenOpenSpline(control, 4.0f);
  CHECK(flat.front() == control.front());
  CHECK(flat.back() == control.back());
}

TEST_CASE("self-intersection is found in a bow tie and not in a simple shape", "[geometry]") {
  const std::vector<Point> bow{{0, 0}, {10, 10}, {10, 0}, {0, 10}};
  const auto crossing = FindSelfIntersection(bow);
  REQUIRE(crossing.has_value());
  CHECK(crossing->at.x == Approx(5.0f));
  CHECK(crossing->at.y == Approx(5.0f));
  CHECK_FALSE(FindSelfIntersection(kL).has_value());
}

TEST_CASE("triangulation covers concave polygons exactly, in both windings", "[geometry]") {
  const auto tris = Triangulate(kL);
  CHECK(tris.size() == kL.size() - 2);
  CHECK(Area(kL, tris) == Approx(175.0f));
  std::vector<Point> reversed(kL.rbegin(), kL.rend());
  CHECK(Area(reversed, Triangulate(reversed)) == Approx(175.0f));
  // Degenerate input never loops or crashes.
  const std::vector<Point> line{{0, 0}, {1, 1}, {2, 2}, {3, 3}};
  CHECK(Triangulate(line).size() <= 2);
  CHECK(Triangulate(std::vector<Point>{{0, 0}, {1, 1}}).empty());
}

TEST_CASE("triangulation covers shapes with many concave corners exactly", "[geometry]") {
  // A comb (twelve teeth: every notch corner concave) and a 40-point star.
  std::vector<Point> comb{{0, 0}, {48, 0}};
  for (int t = 11; t >= 0; --t) {
    const float x = 4.0f * static_cast<float>(t);
    comb.insert(comb.end(), {{x + 3, 20}, {x + 2, 20}, {x + 2, 4}, {x + 1, 4}});
  }
  comb.back() = {0, 20};
  std::vector<Point> star;
  for (int k = 0; k < 40; ++k) {
    const float r = k % 2 == 0 ? 10.0f : 3.0f + 0.1f * static_cast<float>(k);
    const float angle = 6.2831853f * static_cast<float>(k) / 40.0f;
    star.push_back({r * std::cos(angle), r * std::sin(angle)});
  }
  for (const auto* poly : {&comb, &star}) {
    const auto tris = Triangulate(*poly);
    CHECK(tris.size() == poly->size() - 2);
    // Triangles that overlapped or spilled out would add up to more than the shape's area.
    CHECK(Area(*poly, tris) == Approx(std::abs(SignedArea(*poly))).epsilon(1e-4));
  }
}

TEST_CASE("line crossings clip a hatch line to a concave polygon", "[geometry]") {
  const auto ts = LineCrossings(kL, {-5, 2}, {1, 0});
  REQUIRE(ts.size() == 2);
  CHECK(ts[0] == Approx(5.0f));
  CHECK(ts[1] == Approx(25.0f));
  const auto upper = LineCrossings(kL, {-5, 10}, {1, 0});
  REQUIRE(upper.size() == 2);
  CHECK(upper[1] - upper[0] == Approx(5.0f));
}

TEST_CASE("a line through a vertex still gives paired crossings", "[geometry]") {
  // Through the tip of a triangle (touching) and through a vertex where the outline passes on.
  const std::vector<Point> tri{{0, 0}, {10, 5}, {0, 10}};
  CHECK(LineCrossings(tri, {-5, 0}, {1, 0}).size() % 2 == 0);
  CHECK(LineCrossings(tri, {-5, 5}, {1, 0}).size() == 2);
  CHECK(LineCrossings(kL, {-5, 5}, {1, 0}).size() % 2 == 0);
  CHECK(LineCrossings(kSquare, {-1, -1}, {1, 1}).size() % 2 == 0);  // the diagonal through corners
}

TEST_CASE("mirroring keeps winding and maps x about the midline", "[geometry]") {
  const auto m = MirrorPolygon(kSquare, 500.0f);
  CHECK(SignedArea(m) == Approx(SignedArea(kSquare)));
  CHECK(MirrorX({600, 10}, 500.0f) == Point{400, 10});
  CHECK(PointInPolygon(m, MirrorX({3, 4}, 500.0f)));
}

TEST_CASE("non-finite control points never crash the flattening", "[geometry]") {
  const std::vector<Point> bad{{0, 0}, {NAN, 1}, {5, 5}, {INFINITY, 0}};
  CHECK(FlattenClosedSpline(bad).size() == bad.size());
  CHECK(FlattenOpenSpline(bad).size() == bad.size());
}
