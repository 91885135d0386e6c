// Bucketing a polygon's edges by height.
#include "model/scanline_index.hpp"

#include <algorithm>
#include <cmath>

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
  bands_.resize(static_cast<std::size_t>(height / band_) + 1);
  for (std::size_t k = 0, j = polygon.size() - 1; k < polygon.size(); j = k++) {
    const Edge e{polygon[j], polygon[k]};
    const auto hi = std::min(bands_.size() - 1, static_cast<std::size_t>((std::max(e.a.y, e.b.y) - y0_) / band_));
    const auto lo = std::min(hi, static_cast<std::size_t>((std::min(e.a.y, e.b.y) - y0_) / band_));
    for (std::size_t i = lo; i <= hi; ++i) bands_[i].push_back(e);
    entries_ += hi - lo + 1;
  }
}

// The band holding every edge that can cross the line at y (an edge crosses when its lower end is
// at or above y and its upper end below it, so it is listed in y's band), or nullptr off the polygon.
const std::vector<ScanlineIndex::Edge>* ScanlineIndex::BandAt(float y) const {
  if (bands_.empty() || !(y >= y0_)) return nullptr;
  const auto i = static_cast<std::size_t>((y - y0_) / band_);
  return i < bands_.size() ? &bands_[i] : nullptr;
}

void ScanlineIndex::CrossingsAt(float y, std::vector<float>& xs) const {
  xs.clear();
  const std::vector<Edge>* band = BandAt(y);
  if (band == nullptr) return;
  for (const Edge& e : *band) {
    if ((e.a.y > y) != (e.b.y > y)) xs.push_back(e.a.x + (y - e.a.y) * (e.b.x - e.a.x) / (e.b.y - e.a.y));
  }
  std::sort(xs.begin(), xs.end());
}

bool ScanlineIndex::Contains(Point p) const {
  const std::vector<Edge>* band = BandAt(p.y);
  if (band == nullptr) return false;
  bool inside = false;
  for (const Edge& e : *band) {
    // Edge e runs from polygon[j] to polygon[k]; PointInPolygon interpolates from polygon[k].
    if ((e.b.y > p.y) != (e.a.y > p.y)) {
      const float x = e.b.x + (p.y - e.b.y) * (e.a.x - e.b.x) / (e.a.y - e.b.y);
      if (p.x < x) inside = !inside;
    }
  }
  return inside;
}

}  // namespace knotmap::model
