// Builds the per-view grids of the spatial index (compressed rows: cell -> entries).
#include "model/spatial_index.hpp"

#include <algorithm>
#include <cmath>

namespace knotmap::model {
namespace {

// Whether segment ab touches the closed box (Liang-Barsky clipping).
bool SegmentTouchesBox(Point a, Point b, const Box& box) {
  float t0 = 0.0f, t1 = 1.0f;
  const Point d = b - a;
  const float p[4] = {-d.x, d.x, -d.y, d.y};
  const float q[4] = {a.x - box.min.x, box.max.x - a.x, a.y - box.min.y, box.max.y - a.y};
  for (int i = 0; i < 4; ++i) {
    if (p[i] == 0.0f) {
      if (q[i] < 0.0f) return false;
    } else {
      const float t = q[i] / p[i];
      if (p[i] < 0.0f) t0 = std::max(t0, t);
      else t1 = std::min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

}  // namespace

int SpatialIndex::Grid::CellOf(Point p) const {
  if (cols == 0) return -1;
  const float fx = (p.x - origin.x) / cell;
  const float fy = (p.y - origin.y) / cell;
  if (!(fx >= 0.0f) || !(fy >= 0.0f) || fx >= static_cast<float>(cols) || fy >= static_cast<float>(rows)) {
    return -1;  // outside the grid (also NaN)
  }
  return static_cast<int>(fy) * cols + static_cast<int>(fx);
}

SpatialIndex::SpatialIndex(const Model& model, float cell_size) {
  for (View v : kViews) {
    Grid& g = grids_[static_cast<int>(v)];
    g.cell = cell_size > 1.0f ? cell_size : 40.0f;
    // The grid spans the view's frame and any content beyond it (synthetic models, benchmarks).
    Box extent{{0.0f, 0.0f}, {model.Atlas(v).width, model.Atlas(v).height}};
    for (const auto& inst : model.instances) {
      for (const Zone& z : inst.zones) {
        if (z.view != v) continue;
        extent.min = glm::min(extent.min, z.shape.bounds.min);
        extent.max = glm::max(extent.max, z.shape.bounds.max);
      }
      if (inst.view == v) {
        extent.min = glm::min(extent.min, inst.at);
        extent.max = glm::max(extent.max, inst.at);
      }
    }
    g.origin = extent.min;
    g.cols = static_cast<int>(std::ceil((extent.max.x - extent.min.x) / g.cell)) + 1;
    g.rows = static_cast<int>(std::ceil((extent.max.y - extent.min.y) / g.cell)) + 1;
    const std::size_t cells = static_cast<std::size_t>(g.cols) * static_cast<std::size_t>(g.rows);

    // Bounds lie inside the extent, so these indexes are in range.
    auto cell_range = [&](const Box& b, int& c0, int& c1, int& r0, int& r1) {
      c0 = std::clamp(static_cast<int>((b.min.x - g.origin.x) / g.cell), 0, g.cols - 1);
      c1 = std::clamp(static_cast<int>((b.max.x - g.origin.x) / g.cell), 0, g.cols - 1);
      r0 = std::clamp(static_cast<int>((b.min.y - g.origin.y) / g.cell), 0, g.rows - 1);
      r1 = std::clamp(static_cast<int>((b.max.y - g.origin.y) / g.cell), 0, g.rows - 1);
    };
    // Entries are gathered per cell, then packed into compressed rows.
    std::vector<std::pair<std::uint32_t, Entry>> found;
    for (std::uint32_t i = 0; i < model.instances.size(); ++i) {
      const auto& inst = model.instances[i];
      for (std::uint32_t zi = 0; zi < inst.zones.size(); ++zi) {
        const Zone& z = inst.zones[zi];
        if (z.view != v) continue;
        int c0, c1, r0, r1;
        cell_range(z.shape.bounds, c0, c1, r0, r1);
        const auto& poly = z.shape.polygon;
        for (int r = r0; r <= r1; ++r) {
          // The outline's edges that overlap this row's band of y.
          const float y0 = g.origin.y + static_cast<float>(r) * g.cell;
          const float y1 = y0 + g.cell;
          const auto begin = static_cast<std::uint32_t>(g.edges.size());
          for (std::size_t k = 0, j = poly.size() - 1; k < poly.size(); j = k++) {
            const Point a = poly[k], b = poly[j];
            if (std::max(a.y, b.y) >= y0 && std::min(a.y, b.y) <= y1) g.edges.push_back({a, b});
          }
          const auto end = static_cast<std::uint32_t>(g.edges.size());
          for (int c = c0; c <= c1; ++c) {
            const float x0 = g.origin.x + static_cast<float>(c) * g.cell;
            const Box cell_box{{x0, y0}, {x0 + g.cell, y1}};
            bool crossed = false;
            for (std::uint32_t k = begin; k < end && !crossed; ++k) {
              crossed = SegmentTouchesBox(g.edges[k].a, g.edges[k].b, cell_box);
            }
            Entry e{z.shape.bounds, {i, zi}, begin, end, false};
            if (!crossed) {
              // No edge in the cell: it is wholly inside or wholly outside the zone.
              if (!PointInPolygon(poly, cell_box.Center())) continue;
              e.inside = true;
            }
            found.emplace_back(static_cast<std::uint32_t>(r * g.cols + c), e);
          }
        }
      }
    }
    g.offsets.assign(cells + 1, 0);
    for (const auto& [cell, e] : found) ++g.offsets[cell + 1];
    for (std::size_t c = 0; c < cells; ++c) g.offsets[c + 1] += g.offsets[c];
    g.entries.resize(found.size());
    std::vector<std::uint32_t> cursor(g.offsets.begin(), g.offsets.end() - 1);
    for (const auto& [cell, e] : found) g.entries[cursor[cell]++] = e;

    g.point_offsets.assign(cells + 1, 0);
    for (const auto& inst : model.instances) {
      if (inst.view == v && g.CellOf(inst.at) >= 0) ++g.point_offsets[g.CellOf(inst.at) + 1];
    }
    for (std::size_t c = 0; c < cells; ++c) g.point_offsets[c + 1] += g.point_offsets[c];
    g.points.resize(g.point_offsets[cells]);
    std::vector<std::uint32_t> point_cursor(g.point_offsets.begin(), g.point_offsets.end() - 1);
    for (std::uint32_t i = 0; i < model.instances.size(); ++i) {
      const auto& inst = model.instances[i];
      if (inst.view == v && g.CellOf(inst.at) >= 0) g.points[point_cursor[g.CellOf(inst.at)]++] = i;
    }
  }
}

std::size_t SpatialIndex::CellCount() const {
  return static_cast<std::size_t>(grids_[0].cols) * grids_[0].rows +
         static_cast<std::size_t>(grids_[1].cols) * grids_[1].rows;
}

std::size_t SpatialIndex::EntryCount() const {
  return grids_[0].entries.size() + grids_[1].entries.size();
}

}  // namespace knotmap::model
