// The coverage engine: the share of the silhouette a small spot answers, and where the holes are.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "model/coverage.hpp"
#include "model/query.hpp"
#include "test_support.hpp"

using namespace knotmap;
using namespace knotmap::model;

namespace {

std::vector<Point> Square(float x0, float y0, float x1, float y1) {
  return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
}

bool IsHole(const ViewCoverage& c, Point p) {
  return std::any_of(c.holes.begin(), c.holes.end(), [&](Point h) { return std::abs(h.x - p.x) < 0.01f && std::abs(h.y - p.y) < 0.01f; });
}

}  // namespace

TEST_CASE("ShareInside measures how much of a shape lies inside another", "[coverage]") {
  const auto outer = Square(0, 0, 100, 100);
  CHECK(ShareInside(Square(10, 10, 90, 90), outer) == Approx(1.0f));
  CHECK(ShareInside(Square(50, 10, 150, 90), outer) == Approx(0.5f).margin(0.01));
  CHECK(ShareInside(Square(200, 200, 300, 300), outer) == Approx(0.0f));
  // A triangle half in: the part left of x = 100 is a quarter of its area.
  const std::vector<Point> tri{{100, 0}, {200, 100}, {0, 100}};
  CHECK(ShareInside(tri, outer) == Approx(0.5f).margin(0.02));
  // Concave outer (a U): the gap in the middle is outside.
  const std::vector<Point> u{{0, 0}, {30, 0}, {30, 70}, {70, 70}, {70, 0}, {100, 0}, {100, 100}, {0, 100}};
  CHECK(ShareInside(Square(0, 0, 100, 50), u) == Approx(0.6f).margin(0.02));
}

TEST_CASE("coverage of the minimal model: zones answer, the rest are holes", "[coverage]") {
  const auto& [m, index] = test::Minimal();
  const ViewCoverage back = MeasureCoverage(m, index, View::Back, {10.0f, 20.0f});
  REQUIRE(back.samples > 1000);
  CHECK(back.explained + back.holes.size() == back.samples);
  CHECK(back.Share() > 0.0);
  CHECK(back.Share() < 0.2);
  std::size_t grouped = 0;
  for (const auto& g : back.groups) grouped += g.count;
  CHECK(grouped == back.holes.size());
  CHECK(std::is_sorted(back.groups.begin(), back.groups.end(),
                       [](const HoleGroup& a, const HoleGroup& b) { return a.count > b.count; }));
  // Every hole really is one: a spot there is unexplained; a sample in the essential zone is not.
  for (std::size_t i = 0; i < back.holes.size(); i += 97) {
    const Findings f = Query(m, index, {{View::Back, MarkKind::Spot, {back.holes[i]}, 10.0f, 5}});
    CHECK(f.unexplained_marks.size() == 1);
  }
  const Box body = m.Atlas(View::Back).body.bounds;
  const Point in_zone{body.min.x + (std::floor((570.0f - body.min.x) / 20.0f) + 0.5f) * 20.0f,
                      body.min.y + (std::floor((650.0f - body.min.y) / 20.0f) + 0.5f) * 20.0f};
  CHECK_FALSE(IsHole(back, in_zone));
  // Holes are named by region and nearest landmark.
  REQUIRE(!back.groups.empty());
  CHECK(!back.groups.front().landmark.empty());
  CHECK(m.InsideBody(View::Back, back.groups.front().example));
}

TEST_CASE("coverage refuses a step or radius that is not a positive number", "[coverage]") {
  const auto& [m, index] = test::Minimal();
  CHECK(MeasureCoverage(m, index, View::Back, {10.0f, 0.0f}).samples == 0);
  CHECK(MeasureCoverage(m, index, View::Back, {std::nanf(""), 10.0f}).samples == 0);
}

// Every point of the body must answer a precise click. Sampling at half the spot's radius finds
// the thin seams between neighbouring zones that a coarser grid steps over.
TEST_CASE("every point of the shipped body answers a 10-unit spot", "[coverage]") {
  const auto& [m, index] = test::Shipped();
  for (View v : kViews) {
    const ViewCoverage c = MeasureCoverage(m, index, v, {.radius = 10.0f, .step = 5.0f});
    std::string largest;
    for (std::size_t i = 0; i < c.groups.size() && i < 10; ++i) {
      largest += "\n  " + c.groups[i].landmark + ": " + std::to_string(c.groups[i].count) + " near " +
                 std::to_string(static_cast<int>(c.groups[i].example.x)) + "," +
                 std::to_string(static_cast<int>(c.groups[i].example.y));
    }
    INFO(ToString(v) << " view: " << c.holes.size() << " holes of " << c.samples << " samples" << largest);
    CHECK(c.holes.empty());
  }
}

TEST_CASE("the scanline index answers point tests exactly as PointInPolygon", "[coverage]") {
  const auto& [m, index] = test::Shipped();
  for (View v : kViews) {
    const std::vector<Point>& body = m.Atlas(v).body.polygon;
    const ScanlineIndex scan(body);
    const Box b = m.Atlas(v).body.bounds;
    std::size_t inside = 0, tested = 0;
    // A grid over the bounds and a little beyond, plus every vertex and edge midpoint, where the
    // half-open crossing rule decides.
    std::vector<Point> probes;
    for (float y = b.min.y - 10.0f; y <= b.max.y + 10.0f; y += 3.7f) {
      for (float x = b.min.x - 10.0f; x <= b.max.x + 10.0f; x += 3.3f) probes.push_back({x, y});
    }
    for (std::size_t i = 0; i < body.size(); ++i) {
      probes.push_back(body[i]);
      probes.push_back((body[i] + body[(i + 1) % body.size()]) * 0.5f);
      probes.push_back(body[i] + Point{0.25f, 0.0f});
    }
    for (const Point p : probes) {
      const bool expected = PointInPolygon(body, p);
      INFO(ToString(v) << " view at " << p.x << "," << p.y);
      REQUIRE(scan.Contains(p) == expected);
      REQUIRE(m.InsideBody(v, p) == expected);
      inside += expected ? 1 : 0;
      ++tested;
    }
    CHECK(inside > tested / 4);  // the probes cover the body, not only the space around it
  }
  CHECK_FALSE(ScanlineIndex().Contains({0, 0}));
  CHECK_FALSE(ScanlineIndex(Square(0, 0, 10, 10)).Contains({std::nanf(""), 5}));
  CHECK(ScanlineIndex(Square(0, 0, 10, 10)).Contains({5, 5}));
  CHECK_FALSE(ScanlineIndex(Square(0, 0, 10, 10)).Contains({5, 10}));
}

TEST_CASE("the scanline index stays small for a tall, jagged polygon", "[coverage]") {
  // A comb of 2,000 teeth, each from y = 0 to a million: at 8-unit bands every tooth edge would be
  // listed in 125,000 bands (500 million entries, gigabytes and seconds for one content file).
  std::vector<Point> comb;
  for (int i = 0; i < 1000; ++i) {
    comb.push_back({static_cast<float>(i) * 10.0f, 1e6f});
    comb.push_back({static_cast<float>(i) * 10.0f + 5.0f, 0.0f});
  }
  comb.push_back({10000.0f, -10.0f});
  comb.push_back({0.0f, -10.0f});
  const ScanlineIndex scan(comb);
  CHECK(scan.Entries() <= 18 * comb.size() + 4096);
  CHECK(scan.Entries() >= comb.size());  // every edge is listed
  for (float y : {-5.0f, 0.0f, 1.0f, 123.4f, 5e5f, 999999.0f, 1e6f}) {
    for (float x = -3.0f; x < 10010.0f; x += 7.3f) {
      INFO("at " << x << "," << y);
      REQUIRE(scan.Contains({x, y}) == PointInPolygon(comb, {x, y}));
    }
  }
  // The shipped body keeps its 8-unit bands: about two entries per edge.
  const auto& [m, index] = test::Shipped();
  const std::vector<Point>& body = m.Atlas(View::Front).body.polygon;
  CHECK(ScanlineIndex(body).Entries() < 3 * body.size());
}

