// Bucketing a polygon's edges by height.
#include "model/scanline_index.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include "model/geometry.hpp"

namespace knotmap::model {

namespace {

// However tall or jagged the polygon, the index stays small: at most kMaxBands bands, and about
// kEntriesPerEdge band entries per edge (an edge is listed in every band it spans, so a tall
// zigzag at the finest band would list each of its edges thousands of times).
constexpr double kMaxBands = 4096.0;
constexpr double kEntriesPerEdge = 16.0;

}  // namespace

ScanlineIndex::ScanlineIndex(std::span<const Point> polygon, float band) {
  if (polygon.size() < 3) return;
  const Box b = BoundsOf(polygon);
  double span = 0.0;  // the edges' heights, summed
  for (std::size_t k = 0, j = polygon.size() - 1; k < polygon.size(); j = k++) {
    span += std::abs(static_cast<double>(polygon[k].y) - static_cast<double>(polygon[j].y));
  }
  const double height = static_cast<double>(b.max.y) - static_cast<double>(b.min.y);
  const double edges = static_cast<double>(polygon.size());
  band_ = static_cast<float>(std::max({band > 0.0f ? static_cast<double>(band) : 8.0, height / kMaxBands,
                                       span / (kEntriesPerEdge * edges + kMaxBands)}));
  y0_ = b.min.y;
  const std::size_t bands = static_cast<std::size_t>(height / band_) + 1;
  // The bands an edge is listed in, lo to hi.
  const auto range = [&](const Edge& e) {
    const auto hi = std::min(bands - 1, static_cast<std::size_t>((std::max(e.a.y, e.b.y) - y0_) / band_));
    const auto lo = std::min(hi, static_cast<std::size_t>((std::min(e.a.y, e.b.y) - y0_) / band_));
    return std::pair{lo, hi};
  };
  // All bands in one array, each a slice of it (two passes: count, then fill), so building an
  // index makes three allocations whatever the number of bands.
  starts_.assign(bands + 1, 0);
  for (std::size_t k = 0, j = polygon.size() - 1; k < polygon.size(); j = k++) {
    const auto [lo, hi] = range({polygon[j], polygon[k]});
    for (std::size_t i = lo; i <= hi; ++i) ++starts_[i + 1];
  }
  for (std::size_t i = 0; i < bands; ++i) starts_[i + 1] += starts_[i];
  edges_.resize(starts_[bands]);
  std::vector<std::size_t> next(starts_.begin(), starts_.end() - 1);
  for (std::size_t k = 0, j = polygon.size() - 1; k < polygon.size(); j = k++) {
    const Edge e{polygon[j], polygon[k]};
    const auto [lo, hi] = range(e);
    for (std::size_t i = lo; i <= hi; ++i) edges_[next[i]++] = e;
  }
}

// The band holding every edge that can cross the line at y (an edge crosses when its lower end is
// at or above y and its upper end below it, so it is listed in y's band); empty off the polygon.
std::span<const ScanlineIndex::Edge> ScanlineIndex::BandAt(float y) const {
  if (starts_.empty() || !(y >= y0_)) return {};
  const auto i = static_cast<std::size_t>((y - y0_) / band_);
  if (i + 1 >= starts_.size()) return {};
  return std::span<const Edge>(edges_).subspan(starts_[i], starts_[i + 1] - starts_[i]);
}

void ScanlineIndex::CrossingsAt(float y, std::vector<float>& xs) const {
  xs.clear();
  for (const Edge& e : BandAt(y)) {
    if ((e.a.y > y) != (e.b.y > y)) xs.push_back(e.a.x + (y - e.a.y) * (e.b.x - e.a.x) / (e.b.y - e.a.y));
  }
  std::sort(xs.begin(), xs.end());
}

bool ScanlineIndex::Contains(Point p) const {
  bool inside = false;
  for (const Edge& e : BandAt(p.y)) {
    // Edge e runs from polygon[j] to polygon[k]; PointInPolygon interpolates from polygon[k].
    if ((e.b.y > p.y) != (e.a.y > p.y)) {
      const float x = e.b.x + (p.y - e.b.y) * (e.a.x - e.b.x) / (e.a.y - e.b.y);
      if (p.x < x) inside = !inside;
    }
  }
  return inside;
}

}  // namespace knotmap::model
