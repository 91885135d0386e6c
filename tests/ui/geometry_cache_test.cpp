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
    const ViewArt& art = cache.Art(v);
    const auto [begin, end] = art.layers[static_cast<int>(knotmap::io::Layer::Skin)];
    REQUIRE(end == begin + 1);
    for (int level = 0; level < kLodLevels; ++level) {
      const Fill* body = art.items[begin].FillAt(level);
      REQUIRE(body != nullptr);
      // A simple polygon with n vertices has n - 2 triangles.
      CHECK(body->indices.size() == 3 * (body->points.size() - 2));
    }
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
    const ViewArt& art = cache.Art(v);
    const auto [begin, end] = art.layers[static_cast<int>(knotmap::io::Layer::Skeleton)];
    REQUIRE(end - begin == bones.size());  // the scene lists the bones in the atlas's order
    for (std::size_t i = 0; i < bones.size(); ++i) {
      INFO(bones[i].name);
      const ArtItem& a = art.items[begin + i];
      CHECK(a.role == knotmap::io::Role::Bone);
      CHECK(a.closed == bones[i].closed);
      for (int level = 0; level < kLodLevels; ++level) {
        const Fill* f = a.FillAt(level);
        if (!bones[i].closed) {
          CHECK(f == nullptr);  // a line is only a line
          continue;
        }
        // Simplified, still a simple polygon: n - 2 triangles, never a hole in the fill.
        REQUIRE(f != nullptr);
        CHECK(a.LineAt(level).size() >= 3);
        CHECK(f->indices.size() == 3 * (f->points.size() - 2));
      }
    }
  }
}

TEST_CASE("the map paints the atlas scene the SVG and the printed plan paint", "[ui][geometry][scene]") {
  using knotmap::io::Layer;
  const auto& model = knotmap::test::ShippedModel();
  GeometryCache cache;
  cache.Build(model);
  knotmap::io::SceneOptions o;
  o.deep_muscles = true;
  const knotmap::io::Scene picture = knotmap::io::BuildAtlasScene(model, o);  // front and back, framed
  std::size_t next = 0;
  for (auto v : knotmap::model::kViews) {
    const ViewArt& art = cache.Art(v);
    // The picture's paths of this view's still layers, in order, are the map's items one for one,
    // shifted by where the view sits in the picture.
    std::vector<const knotmap::io::Primitive*> paths;
    for (; next < picture.items.size(); ++next) {
      const auto& p = picture.items[next];
      if (p.layer == Layer::Title && !paths.empty()) break;  // the next view's title
      if (p.kind == knotmap::io::PrimitiveKind::Path && p.layer >= Layer::Skin && p.layer <= Layer::Outline &&
          p.layer != Layer::Zones) {
        paths.push_back(&p);
      }
    }
    REQUIRE(paths.size() == art.items.size());
    REQUIRE(paths.front()->role == knotmap::io::Role::Skin);
    const Point offset = paths.front()->points.front() - model.Atlas(v).body.polygon.front();
    std::size_t fibres = 0, fills = 0;
    for (std::size_t i = 0; i < paths.size(); ++i) {
      const ArtItem& a = art.items[i];
      INFO(ToString(v) << " item " << i);
      REQUIRE(a.role == paths[i]->role);
      REQUIRE(a.layer == paths[i]->layer);
      REQUIRE(a.outline == paths[i]->outline);
      REQUIRE(a.part == paths[i]->part);
      const auto& pts = paths[i]->points;
      const knotmap::model::Box b = a.bounds;
      CHECK(b.min.x + offset.x == Approx(knotmap::model::BoundsOf(pts).min.x).margin(1e-3));
      CHECK(b.max.y + offset.y == Approx(knotmap::model::BoundsOf(pts).max.y).margin(1e-3));
      fibres += a.role == knotmap::io::Role::Fibre ? 1 : 0;
      fills += a.role == knotmap::io::Role::MuscleFill ? 1 : 0;
    }
    CHECK(fills > 20);
    CHECK(fibres > 4 * fills);  // every muscle with its fibres
  }
}
