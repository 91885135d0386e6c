// A uniform grid over each view, built once at load time, mapping a cell to the referral zones and
// trigger points whose bounds overlap it, so a query only tests the few shapes near a point. Each
// (zone, cell) entry also carries the zone's edges that cross the cell's row, so the exact
// point-in-polygon test looks at a handful of edges instead of the whole outline.
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <vector>

#include "model/model.hpp"

namespace knotmap::model {

struct ZoneRef {
  std::uint32_t instance = 0;  // index into Model::instances
  std::uint32_t zone = 0;      // index into TriggerPointInstance::zones
};

class SpatialIndex {
 public:
  SpatialIndex() = default;
  explicit SpatialIndex(const Model& model, float cell_size = 20.0f);

  // Calls `fn(ZoneRef)` for every zone on `view` that contains `p` (exact point-in-polygon test).
  template <typename Fn>
  void ForEachZoneAt(View view, Point p, Fn&& fn) const;

  // Trigger point instances on `view` within `radius` of `p`.
  template <typename Fn>
  void ForEachTriggerPointNear(const Model& model, View view, Point p, float radius, Fn&& fn) const;

  std::size_t CellCount() const;
  std::size_t EntryCount() const;

 private:
  struct Edge {
    Point a, b;
  };
  // A zone that covers part of a cell. Cells wholly outside a zone get no entry; cells wholly
  // inside get one with `inside` set and need no edge test at all.
  struct Entry {
    Box bounds;  // the zone's bounds, copied here so a miss costs no pointer chase
    ZoneRef ref;
    std::uint32_t edges_begin = 0;  // the zone's edges overlapping this cell's row, in `edges`
    std::uint32_t edges_end = 0;
    bool inside = false;
  };
  struct Grid {
    float cell = 40.0f;
    Point origin{};
    int cols = 0;
    int rows = 0;
    std::vector<std::uint32_t> offsets;  // CSR: cell -> range in `entries`
    std::vector<Entry> entries;
    std::vector<Edge> edges;
    std::vector<std::uint32_t> point_offsets;
    std::vector<std::uint32_t> points;  // trigger point instances by cell
    int CellOf(Point p) const;
  };
  std::array<Grid, 2> grids_;
};

template <typename Fn>
void SpatialIndex::ForEachZoneAt(View view, Point p, Fn&& fn) const {
  const Grid& g = grids_[static_cast<int>(view)];
  const int c = g.CellOf(p);
  if (c < 0) return;
  for (std::uint32_t i = g.offsets[c]; i < g.offsets[c + 1]; ++i) {
    const Entry& e = g.entries[i];
    if (e.inside) {
      fn(e.ref);
      continue;
    }
    if (!e.bounds.Contains(p)) continue;
    // Even-odd crossing test over the edges that can cross a horizontal ray at p.y (the same
    // arithmetic as PointInPolygon, so both agree exactly).
    bool inside = false;
    for (std::uint32_t k = e.edges_begin; k < e.edges_end; ++k) {
      const Point a = g.edges[k].a;
      const Point b = g.edges[k].b;
      if ((a.y > p.y) != (b.y > p.y)) {
        const float x = a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y);
        if (p.x < x) inside = !inside;
      }
    }
    if (inside) fn(e.ref);
  }
}

template <typename Fn>
void SpatialIndex::ForEachTriggerPointNear(const Model& model, View view, Point p, float radius,
                                           Fn&& fn) const {
  const Grid& g = grids_[static_cast<int>(view)];
  if (g.cols == 0 || !std::isfinite(p.x) || !std::isfinite(p.y) || !std::isfinite(radius)) return;
  // Clamp in float before converting: huge coordinates must not overflow an int.
  auto cell_index = [&](float v, float origin, int count) {
    const float f = std::clamp((v - origin) / g.cell, -1.0f, static_cast<float>(count));
    return static_cast<int>(std::floor(f));
  };
  const int c0 = std::max(cell_index(p.x - radius, g.origin.x, g.cols), 0);
  const int c1 = std::min(cell_index(p.x + radius, g.origin.x, g.cols), g.cols - 1);
  const int r0 = std::max(cell_index(p.y - radius, g.origin.y, g.rows), 0);
  const int r1 = std::min(cell_index(p.y + radius, g.origin.y, g.rows), g.rows - 1);
  for (int r = r0; r <= r1; ++r) {
    for (int col = c0; col <= c1; ++col) {
      const int cell = r * g.cols + col;
      for (std::uint32_t i = g.point_offsets[cell]; i < g.point_offsets[cell + 1]; ++i) {
        const auto& inst = model.instances[g.points[i]];
        const Point d = inst.at - p;
        if (d.x * d.x + d.y * d.y <= radius * radius) fn(g.points[i]);
      }
    }
  }
}

}  // namespace knotmap::model
