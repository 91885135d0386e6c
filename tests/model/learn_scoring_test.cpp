// Learn mode scoring with hand-computed expected values: grid rasters of squares, weighted IoU,
// painting scores with circles and capsules (areas from pi r^2), the distance score and grades.
#include <catch2/catch.hpp>

#include <numbers>

#include "model/learn_scoring.hpp"

namespace km = knotmap::model;
using km::Point;
using km::View;

namespace {

km::Zone Square(View v, km::ZoneKind kind, Point min, Point max) {
  km::Zone z;
  z.view = v;
  z.kind = kind;
  z.shape.polygon = {min, {max.x, min.y}, max, {min.x, max.y}};
  z.shape.bounds = {min, max};
  return z;
}

// Essential zone [100,200]^2 and a spillover zone [200,300]x[100,200], both 100 x 100 units.
km::TriggerPointInstance TwoSquares() {
  km::TriggerPointInstance t;
  t.view = View::Back;
  t.at = {150.0f, 150.0f};
  t.zones = {Square(View::Back, km::ZoneKind::Essential, {100, 100}, {200, 200}),
             Square(View::Back, km::ZoneKind::Spillover, {200, 100}, {300, 200})};
  return t;
}

km::PainMark Stroke(std::vector<Point> points, float radius) {
  km::PainMark m;
  m.view = View::Back;
  m.kind = points.size() > 1 ? km::MarkKind::Stroke : km::MarkKind::Spot;
  m.points = std::move(points);
  m.radius = radius;
  return m;
}

double Sum(const std::vector<float>& v) {
  double s = 0.0;
  for (float x : v) s += x;
  return s;
}

}  // namespace

TEST_CASE("a grid covers a box in whole cells", "[learn][scoring]") {
  const km::LearnGrid g = km::GridOver(View::Back, {{103.0f, 100.0f}, {200.0f, 195.0f}}, 10.0f);
  CHECK(g.origin.x == 100.0f);
  CHECK(g.origin.y == 100.0f);
  CHECK(g.cols == 10);
  CHECK(g.rows == 10);
  CHECK(g.CellCenter(0, 0).x == 105.0f);
  CHECK(g.CellCenter(9, 2).y == 125.0f);
}

TEST_CASE("zones rasterise to 1 (essential) and 0.5 (spillover) per cell", "[learn][scoring]") {
  const km::LearnGrid g = km::GridOver(View::Back, {{0, 0}, {300, 300}}, 10.0f);
  const auto t = TwoSquares();
  const std::vector<float> r = km::RasterizeZones(g, t.zones);
  REQUIRE(r.size() == 900u);
  // 10 x 10 essential cells and 10 x 10 spillover cells at half weight.
  CHECK(Sum(r) == Approx(100.0 + 50.0));
  CHECK(r[15 * 30 + 15] == 1.0f);   // centre (155, 155): essential
  CHECK(r[15 * 30 + 25] == 0.5f);   // centre (255, 155): spillover
  CHECK(r[5 * 30 + 5] == 0.0f);     // centre (55, 55): outside
  // Zones on the other view do not count.
  const km::LearnGrid front = km::GridOver(View::Front, {{0, 0}, {300, 300}}, 10.0f);
  CHECK(Sum(km::RasterizeZones(front, t.zones)) == 0.0);
}

TEST_CASE("where essential and spillover overlap, essential wins", "[learn][scoring]") {
  const km::LearnGrid g = km::GridOver(View::Back, {{0, 0}, {100, 100}}, 10.0f);
  const std::vector<km::Zone> zones = {Square(View::Back, km::ZoneKind::Essential, {0, 0}, {50, 100}),
                                       Square(View::Back, km::ZoneKind::Spillover, {0, 0}, {100, 100})};
  // 50 essential cells at 1 and 50 spillover-only cells at 0.5.
  CHECK(Sum(km::RasterizeZones(g, zones)) == Approx(75.0));
}

TEST_CASE("weighted IoU is sum of minimums over sum of maximums", "[learn][scoring]") {
  // min: 1 + 0 + 0.5 + 0 = 1.5; max: 1 + 1 + 1 + 1 = 4.
  CHECK(km::WeightedIoU({1.0f, 1.0f, 0.5f, 0.0f}, {1.0f, 0.0f, 1.0f, 1.0f}) == Approx(0.375));
  CHECK(km::WeightedIoU({0.0f, 0.0f}, {0.0f, 0.0f}) == 0.0f);
  CHECK(km::WeightedIoU({1.0f, 0.5f}, {1.0f, 0.5f}) == Approx(1.0));

  // Spillover counts half: painting exactly the essential square of TwoSquares scores
  // 100 / (100 + 50) = 2/3; painting both squares scores (100 + 50) / (100 + 100) = 3/4.
  const km::LearnGrid g = km::GridOver(View::Back, {{0, 0}, {300, 300}}, 10.0f);
  const auto t = TwoSquares();
  std::vector<float> want = km::RasterizeZones(g, t.zones);
  std::vector<float> essential_only = km::RasterizeZones(g, {t.zones[0]});
  std::vector<float> both(want.size());
  for (std::size_t i = 0; i < want.size(); ++i) both[i] = want[i] > 0.0f ? 1.0f : 0.0f;
  CHECK(km::WeightedIoU(want, essential_only) == Approx(2.0 / 3.0));
  CHECK(km::WeightedIoU(want, both) == Approx(0.75));
}

TEST_CASE("marks rasterise as discs and capsules", "[learn][scoring]") {
  const km::LearnGrid g = km::GridOver(View::Back, {{0, 0}, {400, 400}}, 2.0f);
  const double cell_area = 4.0;
  // A spot of radius 50: pi * 2500 = 7853.98 square units.
  const auto disc = km::RasterizeMarks(g, {Stroke({{200, 200}}, 50.0f)});
  CHECK(Sum(disc) * cell_area == Approx(std::numbers::pi * 2500.0).epsilon(0.01));
  // A stroke 100 long, radius 30: 100 x 60 + pi * 900 = 8827.43.
  const auto capsule = km::RasterizeMarks(g, {Stroke({{150, 200}, {200, 200}, {250, 200}}, 30.0f)});
  CHECK(Sum(capsule) * cell_area == Approx(6000.0 + std::numbers::pi * 900.0).epsilon(0.01));
}

TEST_CASE("painting scores: IoU with spillover at half weight", "[learn][scoring]") {
  const auto t = TwoSquares();
  const double disc = std::numbers::pi * 2500.0;  // 7853.98
  const double half_disc = disc / 2.0;            // 3926.99

  SECTION("a disc inside the essential zone") {
    // inter = 7853.98; union = 10000 (essential) + 0.5 * 10000 (spillover) = 15000.
    const km::PaintScore s = km::ScorePainting(t, {Stroke({{150, 150}}, 50.0f)}, 2.0f);
    CHECK(s.iou == Approx(disc / 15000.0).epsilon(0.01));  // 0.5236
    CHECK(s.essential_hit == Approx(disc / 10000.0).epsilon(0.01));
    CHECK(s.painted_outside == Approx(0.0).margin(1e-6));
  }
  SECTION("a capsule across both zones") {
    // Stroke (150,150)-(250,150), radius 50: in each square 5000 + a half disc = 8926.99.
    // inter = 8926.99 * 1 + 8926.99 * 0.5 = 13390.49
    // union = 10000 + 8926.99 + 0.5 * (10000 - 8926.99) = 19463.50 -> IoU 0.68798
    const double part = 5000.0 + half_disc;
    const double inter = part * 1.5;
    const double uni = 10000.0 + part + 0.5 * (10000.0 - part);
    const km::PaintScore s = km::ScorePainting(t, {Stroke({{150, 150}, {250, 150}}, 50.0f)}, 2.0f);
    CHECK(s.iou == Approx(inter / uni).epsilon(0.01));
    CHECK(s.essential_hit == Approx(part / 10000.0).epsilon(0.01));
  }
  SECTION("painting far away scores nothing") {
    const km::PaintScore s = km::ScorePainting(t, {Stroke({{600, 900}}, 40.0f)}, 4.0f);
    CHECK(s.iou == 0.0f);
    CHECK(s.painted_outside == Approx(1.0));
  }
  SECTION("painting on the other view scores nothing") {
    km::PainMark m = Stroke({{150, 150}}, 50.0f);
    m.view = View::Front;
    CHECK(km::ScorePainting(t, {m}, 4.0f).iou == 0.0f);
  }
  SECTION("no painting") { CHECK(km::ScorePainting(t, {}, 4.0f).iou == 0.0f); }
}

TEST_CASE("distance score: full within 20 units, none beyond 160, linear between", "[learn][scoring]") {
  CHECK(km::DistanceScore(0.0f) == 1.0f);
  CHECK(km::DistanceScore(20.0f) == 1.0f);
  CHECK(km::DistanceScore(90.0f) == Approx(0.5));  // 1 - 70 / 140
  CHECK(km::DistanceScore(125.0f) == Approx(0.25));
  CHECK(km::DistanceScore(160.0f) == 0.0f);
  CHECK(km::DistanceScore(500.0f) == 0.0f);
  CHECK(km::DistanceScore(-1.0f) == 0.0f);

  km::TriggerPointInstance t;
  t.view = View::Back;
  t.at = {300.0f, 400.0f};
  // (360, 480) is 100 units away (a 60-80-100 triangle): 1 - 80 / 140 = 0.428571.
  const km::ClickScore near = km::ScoreTriggerClick(t, View::Back, {360.0f, 480.0f});
  CHECK(near.distance == Approx(100.0));
  CHECK(near.score == Approx(3.0 / 7.0));
  const km::ClickScore wrong_view = km::ScoreTriggerClick(t, View::Front, {300.0f, 400.0f});
  CHECK(wrong_view.score == 0.0f);
  CHECK(wrong_view.distance < 0.0f);
}

TEST_CASE("scores become SM-2 grades", "[learn][scoring]") {
  using K = km::ExerciseKind;
  CHECK(km::GradeFor(K::WhereRefer, 0.688f) == 5);
  CHECK(km::GradeFor(K::WhereRefer, 0.5f) == 4);
  CHECK(km::GradeFor(K::WhereRefer, 0.35f) == 3);
  CHECK(km::GradeFor(K::WhereRefer, 0.25f) == 2);
  CHECK(km::GradeFor(K::WhereRefer, 0.15f) == 1);
  CHECK(km::GradeFor(K::WhereRefer, 0.05f) == 0);
  CHECK(km::GradeFor(K::WhereTrigger, 1.0f) == 5);
  CHECK(km::GradeFor(K::WhereTrigger, 0.75f) == 4);
  CHECK(km::GradeFor(K::WhereTrigger, 0.5f) == 3);
  CHECK(km::GradeFor(K::WhereTrigger, 3.0f / 7.0f) == 2);
  CHECK(km::GradeFor(K::WhereTrigger, 0.0f) == 0);
  CHECK(km::GradeChoice(true, true, false) == 5);
  CHECK(km::GradeChoice(true, false, false) == 4);
  CHECK(km::GradeChoice(true, true, true) == 3);
  CHECK(km::GradeChoice(false, true, false) == 1);
}
