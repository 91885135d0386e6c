// Cached drawing geometry: simplification and hatching.
#include <catch2/catch.hpp>

#include <cmath>

#include "harness.hpp"
#include "model/geometry.hpp"
#include "ui/canvas/geometry_cache.hpp"

using knotmap::model::Point;
using namespace knotmap::ui;

TEST_CASE("simplification keeps the ends and stays within tolerance", "[ui][geometry]") {
  std::vector<Point> line;
  for (int i = 0; i <= 100; ++i) {
    const float x = static_cast<float>(i);
    line.push_back({x, 10.0f * std::sin(x * 0.05f)});
  }
  const auto simple = Simplify(line, 0.5f, false);
  REQUIRE(simple.size() >= 2);
  CHECK(simple.size() < line.size());
  CHECK(simple.front() == line.front());
  CHECK(simple.back() == line.back());
  for (const Point& p : line) {
    float d = 1e9f;
    for (std::size_t i = 0; i + 1 < simple.size(); ++i) {
      d = std::min(d, knotmap::model::DistanceToSegment(p, simple[i], simple[i + 1]));
    }
    CHECK(d <= 0.5f + 1e-3f);
  }
}

TEST_CASE("hatch lines stay inside a concave zone", "[ui][geometry]") {
  // An L shape.
  const std::vector<Point> l{{0, 0}, {100, 0}, {100, 30}, {30, 30}, {30, 100}, {0, 100}};
  const auto hatch = HatchLines(l, 5.0f);
  REQUIRE(hatch.size() > 10);
  for (const Segment& s : hatch) {
    const Point mid = (s.a + s.b) * 0.5f;
    CHECK(knotmap::model::PointInPolygon(l, mid));
    // 45 degrees, rising to the right on a y-down screen.
    CHECK((s.b.x - s.a.x) == Approx(-(s.b.y - s.a.y)).margin(1e-3));
  }
}

TEST_CASE("the cache triangulates every shipped zone and the body", "[ui][geometry]") {
  const auto& model = knotmap::test::ShippedModel();
  GeometryCache cache;
  cache.Build(model);
  REQUIRE(cache.Built());
  for (auto v : knotmap::model::kViews) {
    const Fill& body = cache.BodyFill(v).levels[0];
    // A simple polygon with n vertices has n - 2 triangles.
    CHECK(body.indices.size() == 3 * (body.points.size() - 2));
  }
  for (std::size_t i = 0; i < model.instances.size(); ++i) {
    for (std::size_t z = 0; z < model.instances[i].zones.size(); ++z) {
      const Fill& f = cache.ZoneFill(static_cast<int>(i), static_cast<int>(z));
      CHECK(f.indices.size() == 3 * (f.points.size() - 2));
    }
  }
  CHECK(LodLevelFor(0.4f) > LodLevelFor(4.0f));
}

TEST_CASE("the cache fills every closed shipped bone at every level of detail", "[ui][geometry][skeleton]") {
  const auto& model = knotmap::test::ShippedModel();
  GeometryCache cache;
  cache.Build(model);
  for (auto v : knotmap::model::kViews) {
    const auto& bones = model.Atlas(v).bones;
    const auto& geo = cache.Bones(v);
    REQUIRE(geo.size() == bones.size());
    for (std::size_t i = 0; i < bones.size(); ++i) {
      INFO(bones[i].name);
      CHECK(geo[i].closed == bones[i].closed);
      for (int level = 0; level < kLodLevels; ++level) {
        const Fill& f = geo[i].fill.levels[level];
        if (!bones[i].closed) {
          CHECK(f.indices.empty());  // a line is only a line
          continue;
        }
        // Simplified, still a simple polygon: n - 2 triangles, never a hole in the fill.
        CHECK(geo[i].line.At(level).size() >= 3);
        CHECK(f.indices.size() == 3 * (f.points.size() - 2));
      }
    }
  }
}
