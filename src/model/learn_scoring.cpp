// Scoring by sampling cell centres: exact for shapes aligned to the grid, within a cell's width
// elsewhere, and cheap (a whole view at 8 units is 31,250 cells, tested only near each shape).
#include "model/learn_scoring.hpp"

#include <algorithm>
#include <cmath>

namespace knotmap::model {
namespace {

// Cells whose centres may lie in `b`: [c0, c1] x [r0, r1], clamped to the grid.
struct CellRange {
  int c0 = 0, c1 = -1, r0 = 0, r1 = -1;
};
CellRange CellsIn(const LearnGrid& g, const Box& b) {
  auto lo = [&](float v, float o, int n) {
    return std::clamp(static_cast<int>(std::ceil((v - o) / g.cell - 0.5f)), 0, n);
  };
  auto hi = [&](float v, float o, int n) {
    return std::clamp(static_cast<int>(std::floor((v - o) / g.cell - 0.5f)), -1, n - 1);
  };
  return {lo(b.min.x, g.origin.x, g.cols), hi(b.max.x, g.origin.x, g.cols), lo(b.min.y, g.origin.y, g.rows),
          hi(b.max.y, g.origin.y, g.rows)};
}

Box UnionBox(const Box& a, const Box& b) {
  return {glm::min(a.min, b.min), glm::max(a.max, b.max)};
}

}  // namespace

LearnGrid GridOver(View view, const Box& box, float cell) {
  LearnGrid g;
  g.view = view;
  g.cell = cell > 0.0f ? cell : 8.0f;
  g.origin = {std::floor(box.min.x / g.cell) * g.cell, std::floor(box.min.y / g.cell) * g.cell};
  g.cols = std::max(static_cast<int>(std::ceil((box.max.x - g.origin.x) / g.cell)), 0);
  g.rows = std::max(static_cast<int>(std::ceil((box.max.y - g.origin.y) / g.cell)), 0);
  return g;
}

std::vector<float> RasterizeZones(const LearnGrid& g, const std::vector<Zone>& zones) {
  std::vector<float> out(g.Size(), 0.0f);
  for (const Zone& z : zones) {
    if (z.view != g.view || z.shape.polygon.size() < 3) continue;
    const float w = z.kind == ZoneKind::Essential ? 1.0f : kSpilloverWeight;
    const CellRange r = CellsIn(g, z.shape.bounds);
    for (int row = r.r0; row <= r.r1; ++row) {
      for (int col = r.c0; col <= r.c1; ++col) {
        float& cell = out[static_cast<std::size_t>(row) * g.cols + col];
        if (cell >= w) continue;  // essential wins where zones overlap
        if (PointInPolygon(z.shape.polygon, g.CellCenter(col, row))) cell = w;
      }
    }
  }
  return out;
}

std::vector<float> RasterizeMarks(const LearnGrid& g, const std::vector<PainMark>& marks) {
  std::vector<float> out(g.Size(), 0.0f);
  for (const PainMark& m : marks) {
    if (m.view != g.view || m.points.empty()) continue;
    const float r = std::max(m.radius, 0.0f);
    const std::size_t segments = m.points.size() == 1 ? 1 : m.points.size() - 1;
    for (std::size_t i = 0; i < segments; ++i) {
      const Point a = m.points[i];
      const Point b = m.points.size() == 1 ? a : m.points[i + 1];
      const Box box{glm::min(a, b) - Point{r, r}, glm::max(a, b) + Point{r, r}};
      const CellRange cr = CellsIn(g, box);
      for (int row = cr.r0; row <= cr.r1; ++row) {
        for (int col = cr.c0; col <= cr.c1; ++col) {
          float& cell = out[static_cast<std::size_t>(row) * g.cols + col];
          if (cell > 0.0f) continue;
          if (DistanceToSegment(g.CellCenter(col, row), a, b) <= r) cell = 1.0f;
        }
      }
    }
  }
  return out;
}

float WeightedIoU(const std::vector<float>& a, const std::vector<float>& b) {
  const std::size_t n = std::min(a.size(), b.size());
  double inter = 0.0, uni = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    inter += std::min(a[i], b[i]);
    uni += std::max(a[i], b[i]);
  }
  for (std::size_t i = n; i < a.size(); ++i) uni += a[i];
  for (std::size_t i = n; i < b.size(); ++i) uni += b[i];
  return uni > 0.0 ? static_cast<float>(inter / uni) : 0.0f;
}

PaintScore ScorePainting(const TriggerPointInstance& target, const std::vector<PainMark>& painting,
                         float cell) {
  double inter = 0.0, uni = 0.0, essential = 0.0, essential_hit = 0.0, painted = 0.0, outside = 0.0;
  for (View v : kViews) {
    // Only the part of the view holding the zones or the painting matters.
    bool any = false;
    Box box{};
    for (const Zone& z : target.zones) {
      if (z.view != v) continue;
      box = any ? UnionBox(box, z.shape.bounds) : z.shape.bounds;
      any = true;
    }
    for (const PainMark& m : painting) {
      if (m.view != v || m.points.empty()) continue;
      Box mb = BoundsOf(m.points);
      mb.min -= Point{m.radius, m.radius};
      mb.max += Point{m.radius, m.radius};
      box = any ? UnionBox(box, mb) : mb;
      any = true;
    }
    if (!any) continue;
    const LearnGrid g = GridOver(v, box, cell);
    const std::vector<float> want = RasterizeZones(g, target.zones);
    const std::vector<float> got = RasterizeMarks(g, painting);
    for (std::size_t i = 0; i < want.size(); ++i) {
      inter += std::min(want[i], got[i]);
      uni += std::max(want[i], got[i]);
      if (want[i] >= 1.0f) {
        essential += 1.0;
        essential_hit += got[i];
      }
      painted += got[i];
      if (want[i] == 0.0f) outside += got[i];
    }
  }
  PaintScore s;
  s.iou = uni > 0.0 ? static_cast<float>(inter / uni) : 0.0f;
  s.essential_hit = essential > 0.0 ? static_cast<float>(essential_hit / essential) : 0.0f;
  s.painted_outside = painted > 0.0 ? static_cast<float>(outside / painted) : 0.0f;
  return s;
}

float DistanceScore(float distance) {
  if (!(distance >= 0.0f)) return 0.0f;  // also NaN
  if (distance <= kFullCreditRadius) return 1.0f;
  if (distance >= kZeroCreditRadius) return 0.0f;
  return 1.0f - (distance - kFullCreditRadius) / (kZeroCreditRadius - kFullCreditRadius);
}

ClickScore ScoreTriggerClick(const TriggerPointInstance& target, View clicked_view, Point clicked) {
  ClickScore s;
  if (clicked_view != target.view) return s;
  const Point d = clicked - target.at;
  s.distance = std::sqrt(d.x * d.x + d.y * d.y);
  s.score = DistanceScore(s.distance);
  return s;
}

float AtlasUnitsToCm(const Model& model, View view, float units) {
  constexpr float kPersonHeightCm = 170.0f;
  const Box& b = model.Atlas(view).body.bounds;
  const float span = b.max.y - b.min.y;
  return span > 0.0f ? units * kPersonHeightCm / span : 0.0f;
}

int GradeFor(ExerciseKind kind, float score) {
  // Lower bounds of grades 5, 4, 3, 2, 1.
  static constexpr float kPaint[] = {0.6f, 0.45f, 0.3f, 0.2f, 0.1f};
  static constexpr float kOther[] = {0.85f, 0.7f, 0.5f, 0.3f, 0.1f};
  const float* bounds = kind == ExerciseKind::WhereRefer ? kPaint : kOther;
  for (int i = 0; i < 5; ++i) {
    if (score >= bounds[i]) return 5 - i;
  }
  return 0;
}

int GradeChoice(bool correct, bool typed, bool hint_used) {
  if (!correct) return 1;
  if (hint_used) return 3;
  return typed ? 5 : 4;
}

}  // namespace knotmap::model
