// Grid sampling of the silhouette and grouping of the holes.
#include "model/coverage.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <utility>

#include "model/query.hpp"

namespace knotmap::model {
float ShareInside(std::span<const Point> inner, std::span<const Point> outer, float row_step) {
  return ShareInside(inner, ScanlineIndex(outer), row_step);
}

float ShareInside(std::span<const Point> inner, const ScanlineIndex& outer, float row_step) {
  if (inner.size() < 3 || !(row_step > 0.0f)) return 1.0f;
  const Box b = BoundsOf(inner);
  // At most kMaxRows scanlines: enough for a share to about 1 %, and cheap enough for the loader to
  // check every zone of a large model.
  constexpr int kMaxRows = 32;
  const int rows = std::clamp(static_cast<int>(std::ceil((b.max.y - b.min.y) / row_step)), 1, kMaxRows);
  const float step = (b.max.y - b.min.y) / static_cast<float>(rows);
  const ScanlineIndex in(inner, std::max(step, 1.0f));
  double total = 0.0, inside = 0.0;
  std::vector<float> xi, xo;
  for (int r = 0; r < rows; ++r) {
    const float y = b.min.y + (static_cast<float>(r) + 0.5f) * step;
    in.CrossingsAt(y, xi);
    outer.CrossingsAt(y, xo);
    for (std::size_t k = 0; k + 1 < xi.size(); k += 2) total += xi[k + 1] - xi[k];
    // Intersect the two sets of intervals with two cursors.
    std::size_t i = 0, o = 0;
    while (i + 1 < xi.size() && o + 1 < xo.size()) {
      const float lo = std::max(xi[i], xo[o]);
      const float hi = std::min(xi[i + 1], xo[o + 1]);
      if (hi > lo) inside += hi - lo;
      if (xi[i + 1] < xo[o + 1]) i += 2;
      else o += 2;
    }
  }
  return total <= 0.0 ? 1.0f : static_cast<float>(inside / total);
}

const Landmark* NearestLandmark(const Model& model, View view, Point p) {
  const Landmark* best = nullptr;
  float best_d2 = std::numeric_limits<float>::infinity();
  for (const Landmark& l : model.Atlas(view).landmarks) {
    const Point d = l.at - p;
    const float d2 = d.x * d.x + d.y * d.y;
    if (d2 < best_d2) {
      best_d2 = d2;
      best = &l;
    }
  }
  return best;
}

ViewCoverage MeasureCoverage(const Model& model, const SpatialIndex& index, View view,
                             const CoverageOptions& options) {
  ViewCoverage out;
  out.view = view;
  const float step = options.step;
  const float radius = options.radius;
  if (!(std::isfinite(step) && step > 0.0f && std::isfinite(radius) && radius > 0.0f)) return out;
  const Box body = model.Atlas(view).body.bounds;
  // Samples sit at the centres of the grid's cells, so a step that does not divide the frame
  // still samples the body evenly.
  const int cols = static_cast<int>(std::floor((body.max.x - body.min.x) / step)) + 1;
  const int rows = static_cast<int>(std::floor((body.max.y - body.min.y) / step)) + 1;
  PainMark mark{view, MarkKind::Spot, {Point{}}, radius, 5};
  std::vector<PainMark> marks{mark};
  QueryOptions q;
  q.max_candidates = 1;
  q.pulling_from_top = 0;
  for (int r = 0; r < rows; ++r) {
    for (int c = 0; c < cols; ++c) {
      const Point p{body.min.x + (static_cast<float>(c) + 0.5f) * step,
                    body.min.y + (static_cast<float>(r) + 0.5f) * step};
      if (!model.InsideBody(view, p)) continue;
      ++out.samples;
      marks.front().points.front() = p;
      const Findings f = Query(model, index, marks, q);
      if (f.unexplained_marks.empty()) {
        ++out.explained;
      } else {
        out.holes.push_back(p);
      }
    }
  }
  // Group by (region, nearest landmark).
  std::map<std::pair<std::string, std::string>, std::vector<Point>> by_place;
  for (Point p : out.holes) {
    const Landmark* l = NearestLandmark(model, view, p);
    by_place[{l ? l->region : std::string(), l ? l->name : std::string()}].push_back(p);
  }
  for (auto& [key, points] : by_place) {
    HoleGroup g;
    g.region = key.first;
    g.landmark = key.second;
    g.count = points.size();
    g.bounds = BoundsOf(points);
    Point centroid{0.0f, 0.0f};
    for (Point p : points) centroid += p;
    centroid /= static_cast<float>(points.size());
    g.example = *std::min_element(points.begin(), points.end(), [&](Point a, Point b) {
      const Point da = a - centroid, db = b - centroid;
      return da.x * da.x + da.y * da.y < db.x * db.x + db.y * db.y;
    });
    out.groups.push_back(std::move(g));
  }
  std::stable_sort(out.groups.begin(), out.groups.end(),
                   [](const HoleGroup& a, const HoleGroup& b) { return a.count > b.count; });
  return out;
}

}  // namespace knotmap::model
