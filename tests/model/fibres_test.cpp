// Muscle fibres: spindles along a muscle's long axis, fans and convergences from its attachments,
// always inside the outline; and the shipped muscles' fibres run the way their attachments say.
#include <catch2/catch.hpp>

#include <cmath>

#include "model/fibres.hpp"
#include "test_support.hpp"

using namespace knotmap;
using model::Point;

namespace {

std::vector<Point> Ellipse(Point c, float a, float b, float angle_deg, int n = 64) {
  const float t = angle_deg * 3.14159265f / 180.0f;
  std::vector<Point> out;
  for (int i = 0; i < n; ++i) {
    const float u = 6.2831853f * static_cast<float>(i) / static_cast<float>(n);
    const Point local{a * std::cos(u), b * std::sin(u)};
    out.push_back(c + Point{local.x * std::cos(t) - local.y * std::sin(t), local.x * std::sin(t) + local.y * std::cos(t)});
  }
  return out;
}

// The fibre's overall direction in degrees, folded into [0, 180).
float Direction(const model::Fibre& f) {
  const Point d = f.back() - f.front();
  float a = std::atan2(d.y, d.x) * 180.0f / 3.14159265f;
  if (a < 0) a += 180.0f;
  if (a >= 180.0f) a -= 180.0f;
  return a;
}

bool Inside(const std::vector<Point>& polygon, const model::Fibre& f) {
  for (Point p : f) {
    if (!model::PointInPolygon(polygon, p) && model::DistanceToPolygonEdge(polygon, p) > 0.1f) return false;
  }
  return true;
}

}  // namespace

TEST_CASE("fibres: a spindle along the outline's long axis, spaced across it, inside it", "[fibres]") {
  const auto muscle = Ellipse({300, 400}, 120, 30, 30.0f);
  const auto fibres = model::MuscleFibres(muscle, {});
  // 60 units across at 7 apart: about 9 fibres, each running at 30 degrees, none outside.
  CHECK(fibres.size() >= 7);
  CHECK(fibres.size() <= 10);
  for (const auto& f : fibres) {
    CHECK(Inside(muscle, f));
    CHECK(std::abs(Direction(f) - 30.0f) < 12.0f);
  }
  // The middle fibre spans most of the length; the ends are drawn together like tendons.
  float longest = 0.0f;
  for (const auto& f : fibres) longest = std::max(longest, glm::length(f.back() - f.front()));
  CHECK(longest > 200.0f);
}

TEST_CASE("fibres: attachments fan out or converge, from origin to insertion", "[fibres]") {
  // A deltoid-like triangle: a wide origin along the top, converging on one point below.
  const std::vector<Point> tri{{200, 100}, {400, 100}, {300, 400}};
  model::Attachments at;
  at.origin = {{205, 104}, {395, 104}};
  at.insertion = {{300, 396}};
  const auto fibres = model::MuscleFibres(tri, at);
  REQUIRE(fibres.size() >= 20);  // 190 units of origin at 7 apart
  for (const auto& f : fibres) CHECK(Inside(tri, f));
  // The first fibre starts on the origin's left, the last on its right; all end near the apex.
  const auto top = [](const model::Fibre& f) { return f.front().y < f.back().y ? f.front() : f.back(); };
  const auto bottom = [](const model::Fibre& f) { return f.front().y < f.back().y ? f.back() : f.front(); };
  CHECK(top(fibres.front()).x < 215.0f);
  CHECK(top(fibres.back()).x > 385.0f);
  for (const auto& f : fibres) CHECK(glm::length(bottom(f) - Point{300, 400}) < 8.0f);
  // A parallel muscle: both attachments long, fibres parallel between them (oblique at 45).
  const std::vector<Point> band{{100, 100}, {200, 100}, {400, 300}, {300, 300}};
  model::Attachments oblique{{{110, 100}, {190, 100}}, {{310, 300}, {390, 300}}, {}};
  const auto parallel = model::MuscleFibres(band, oblique);
  REQUIRE(parallel.size() >= 8);
  for (const auto& f : parallel) CHECK(std::abs(Direction(f) - 45.0f) < 1.0f);
}

TEST_CASE("fibres: bad shapes give none, never a crash", "[fibres]") {
  CHECK(model::MuscleFibres(std::vector<Point>{}, {}).empty());
  CHECK(model::MuscleFibres(std::vector<Point>{{0, 0}, {1, 1}}, {}).empty());
  CHECK(model::MuscleFibres(std::vector<Point>{{0, 0}, {10, 0}, {20, 0}}, {}).empty());  // no area
  const float nan = std::nanf("");
  CHECK(model::MuscleFibres(std::vector<Point>{{nan, 0}, {10, 0}, {10, 10}}, {}).empty());
  model::Attachments same{{{5, 5}}, {{5, 5}}, {}};
  CHECK(model::MuscleFibres(std::vector<Point>{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, same).empty());
}

TEST_CASE("fibres: clipping a line to a polygon finds the edges", "[fibres]") {
  const std::vector<Point> square{{0, 0}, {100, 0}, {100, 100}, {0, 100}};
  std::vector<Point> line;
  for (int i = 0; i <= 10; ++i) line.push_back({-25.0f + 15.0f * static_cast<float>(i), 50.0f});
  const auto pieces = model::ClipToPolygon(line, square);
  REQUIRE(pieces.size() == 1);
  CHECK(pieces[0].front().x == Approx(0.0f).margin(0.05));
  CHECK(pieces[0].back().x == Approx(100.0f).margin(0.05));
  CHECK(model::AlongPolyline(std::vector<Point>{{0, 0}, {10, 0}, {10, 10}}, 0.75f).y == Approx(5.0f));
}

TEST_CASE("fibres: every shipped superficial muscle has fibres inside its outline", "[fibres][content]") {
  const model::Model& m = test::Shipped().model;
  for (const model::OutlineInstance& o : m.outlines) {
    INFO(m.muscles[o.muscle].id << " on the " << model::ToString(o.view) << " view");
    CHECK(o.fibres.size() >= 2);
    for (const auto& f : o.fibres) CHECK(Inside(o.shape.polygon, f));
  }
}
