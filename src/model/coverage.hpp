// Coverage of the body by the model: samples each view's silhouette on a grid, asks the query
// engine about a small spot at every sample and reports the share answered and the holes (samples
// no trigger point explains), grouped by region and nearest landmark. Pure: std + glm only.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "model/model.hpp"
#include "model/scanline_index.hpp"
#include "model/spatial_index.hpp"

namespace knotmap::model {

struct CoverageOptions {
  float radius = 10.0f;  // spot radius at each sample, atlas units
  float step = 10.0f;    // grid spacing, atlas units
};

// Holes that share a region and a nearest landmark.
struct HoleGroup {
  std::string region;    // region id of the nearest landmark ("" when the view has none)
  std::string landmark;  // nearest landmark's name
  std::size_t count = 0;
  Point example{};       // the group's sample nearest its centroid (a spot to try)
  Box bounds;            // of the group's samples
};

struct ViewCoverage {
  View view = View::Back;
  std::size_t samples = 0;     // grid points inside the silhouette
  std::size_t explained = 0;   // of which a spot there is explained by some trigger point
  std::vector<Point> holes;    // the unexplained samples, in scan order (rows top to bottom)
  std::vector<HoleGroup> groups;  // largest first
  double Share() const { return samples == 0 ? 1.0 : static_cast<double>(explained) / static_cast<double>(samples); }
};

// `step` and `radius` must be finite and positive (the CLI checks); otherwise nothing is sampled.
ViewCoverage MeasureCoverage(const Model& model, const SpatialIndex& index, View view,
                             const CoverageOptions& options = {});

// The share of `inner`'s area that lies inside `outer` (both simple polygons, atlas units),
// measured on horizontal scanlines `row_step` apart (at most 32 of them); 1 when `inner` has no
// area. The loader uses it to warn about zones that hang off the body outline.
float ShareInside(std::span<const Point> inner, const ScanlineIndex& outer, float row_step = 2.0f);
float ShareInside(std::span<const Point> inner, std::span<const Point> outer, float row_step = 2.0f);

// The landmark of `view` nearest to `p`, or nullptr when the view has none.
const Landmark* NearestLandmark(const Model& model, View view, Point p);

}  // namespace knotmap::model
