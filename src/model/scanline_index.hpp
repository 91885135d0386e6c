// A polygon's edges bucketed by height, for its crossings with horizontal lines and for point
// tests: built once per outline (the body silhouette) so that many points and shapes can be
// measured against it cheaply. Pure: std + glm only.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

#include "model/types.hpp"

namespace knotmap::model {

class ScanlineIndex {
 public:
  ScanlineIndex() = default;  // of no polygon: nothing is inside
  explicit ScanlineIndex(std::span<const Point> polygon, float band = 8.0f);
  // Sorted x of the polygon's edges crossing the line at y (even-odd: pairs are inside).
  void CrossingsAt(float y, std::vector<float>& xs) const;
  // Whether `p` is inside the polygon: the same even-odd answer as PointInPolygon, bit for bit,
  // from the edges of one band instead of all of them.
  bool Contains(Point p) const;
  // Edges listed, summed over the bands: bounded by about 18 per edge plus 4096 for any polygon
  // (the bands widen for a tall or jagged one).
  std::size_t Entries() const { return edges_.size(); }

 private:
  struct Edge {
    Point a, b;
  };
  std::span<const Edge> BandAt(float y) const;
  float y0_ = 0.0f;
  float band_ = 8.0f;
  std::vector<std::size_t> starts_;  // band i is edges_[starts_[i]] to edges_[starts_[i + 1]]
  std::vector<Edge> edges_;
};

}  // namespace knotmap::model
