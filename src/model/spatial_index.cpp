// Builds the per-view grids of the spatial index (compressed rows: cell -> entries).
#include "model/spatial_index.hpp"

#include <algorithm>
#include <cmath>

namespace knotmap::model {

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
    // Two passes (count, then fill) give compact arrays with no per-cell allocations.
    g.offsets.assign(cells + 1, 0);
    g.point_offsets.assign(cells + 1, 0);
    for (int pass = 0; pass < 2; ++pass) {
      std::vector<std::uint32_t> cursor;
      std::vector<std::uint32_t> point_cursor;
      if (pass == 1) {
        for (std::size_t c = 0; c < cells; ++c) {
          g.offsets[c + 1] += g.offsets[c];
          g.point_offsets[c + 1] += g.point_offsets[c];
        }
        g.entries.resize(g.offsets[cells]);
        g.points.resize(g.point_offsets[cells]);
        cursor.assign(g.offsets.begin(), g.offsets.end() - 1);
        point_cursor.assign(g.point_offsets.begin(), g.point_offsets.end() - 1);
      }
      for (std::uint32_t i = 0; i < model.instances.size(); ++i) {
        const auto& inst = model.instances[i];
        for (std::uint32_t zi = 0; zi < inst.zones.size(); ++zi) {
          const Zone& z = inst.zones[zi];
          if (z.view != v) continue;
          int c0, c1, r0, r1;
          cell_range(z.shape.bounds, c0, c1, r0, r1);
          for (int r = r0; r <= r1; ++r) {
            std::uint32_t begin = 0, end = 0;
            if (pass == 1) {
              // The outline's edges that overlap this row's band of y.
              const float y0 = g.origin.y + static_cast<float>(r) * g.cell;
              const float y1 = y0 + g.cell;
              begin = static_cast<std::uint32_t>(g.edges.size());
              const auto& poly = z.shape.polygon;
              for (std::size_t k = 0, j = poly.size() - 1; k < poly.size(); j = k++) {
                const Point a = poly[k], b = poly[j];
                if (std::max(a.y, b.y) >= y0 && std::min(a.y, b.y) <= y1) g.edges.push_back({a, b});
              }
              end = static_cast<std::uint32_t>(g.edges.size());
            }
            for (int c = c0; c <= c1; ++c) {
              const std::size_t cell = static_cast<std::size_t>(r) * g.cols + c;
              if (pass == 0) ++g.offsets[cell + 1];
              else g.entries[cursor[cell]++] = {{i, zi}, begin, end};
            }
          }
        }
        if (inst.view == v) {
          const int cell = g.CellOf(inst.at);
          if (cell >= 0) {
            if (pass == 0) ++g.point_offsets[cell + 1];
            else g.points[point_cursor[cell]++] = i;
          }
        }
      }
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
