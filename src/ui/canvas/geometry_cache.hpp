// Drawing geometry built once from the model, in atlas units (screen independent): simplified
// outlines per level of detail, triangulated fills and hatch lines. Views transform at draw time,
// so nothing here is recomputed per frame except hatching, which is cached per zoom bucket.
#pragma once

#include <array>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "model/model.hpp"

namespace knotmap::ui {

// Levels of detail: simplification tolerance in atlas units per level (level 0 = as authored).
inline constexpr std::array<float, 4> kLodTolerance{0.0f, 0.5f, 1.0f, 2.0f};
inline constexpr int kLodLevels = static_cast<int>(kLodTolerance.size());

// Picks the coarsest level whose error stays under half a screen pixel at this zoom.
int LodLevelFor(float pixels_per_unit);

struct Fill {
  std::vector<model::Point> points;
  std::vector<std::uint32_t> indices;  // triangle list into `points`
};

struct LodPolygon {
  std::array<std::vector<model::Point>, kLodLevels> levels;
  const std::vector<model::Point>& At(int level) const { return levels[level]; }
};

struct LodFill {
  std::array<Fill, kLodLevels> levels;
};

// A bone of the skeleton layer (parallel to ViewAtlas::bones).
struct BoneGeometry {
  LodPolygon line;  // the outline of a closed bone, or the line of an open one
  LodFill fill;     // closed bones: the faint fill, per level like the body's (drawn every frame)
  bool closed = false;
};

struct OutlineGeometry {
  LodPolygon outline;
  Fill fill;          // for the hover tint (level 1 detail is plenty for a translucent fill)
  float area = 0.0f;  // atlas units squared, for picking the smallest muscle under the cursor
};

// A hatch line clipped to a zone, in atlas units.
struct Segment {
  model::Point a;
  model::Point b;
};

// Douglas-Peucker simplification (open polyline; closed ones pass their first point again).
std::vector<model::Point> Simplify(const std::vector<model::Point>& points, float tolerance,
                                   bool closed);

// Parallel lines at 45 degrees (rising to the right on screen) `spacing` atlas units apart,
// clipped to `polygon` (even-odd rule).
std::vector<Segment> HatchLines(const std::vector<model::Point>& polygon, float spacing);

class GeometryCache {
 public:
  void Build(const model::Model& model);
  void Clear();
  bool Built() const { return built_; }

  const LodFill& BodyFill(model::View v) const { return body_fill_[static_cast<int>(v)]; }
  const LodPolygon& BodyOutline(model::View v) const { return body_[static_cast<int>(v)]; }
  const std::vector<LodPolygon>& Details(model::View v) const {
    return details_[static_cast<int>(v)];
  }
  // Parallel to ViewAtlas::bones of view `v`.
  const std::vector<BoneGeometry>& Bones(model::View v) const { return bones_[static_cast<int>(v)]; }
  // Parallel to Model::outlines.
  const std::vector<OutlineGeometry>& Outlines() const { return outlines_; }
  // Indexes into Model::outlines, largest area first: the painting order of muscle fills, so a
  // small muscle lying over a large one stays visible.
  const std::vector<int>& OutlinesByArea() const { return by_area_; }
  // Triangulated fill of zone `zone` of trigger point instance `instance`.
  const Fill& ZoneFill(int instance, int zone) const;
  // Hatching for a spillover zone at a spacing of about `spacing` atlas units (cached per bucket).
  const std::vector<Segment>& ZoneHatch(const model::Model& model, int instance, int zone,
                                        float spacing);

  std::size_t HatchCacheSize() const { return hatch_.size(); }
  // Changes with every Build (unique in the process), so drawings made from older geometry can
  // tell they are stale.
  std::uint64_t Generation() const { return generation_; }

 private:
  bool built_ = false;
  std::uint64_t generation_ = 0;
  std::array<LodPolygon, 2> body_;
  std::array<LodFill, 2> body_fill_;
  std::array<std::vector<LodPolygon>, 2> details_;
  std::array<std::vector<BoneGeometry>, 2> bones_;
  std::vector<OutlineGeometry> outlines_;
  std::vector<int> by_area_;
  std::vector<std::uint32_t> zone_offset_;  // instance -> first entry in zone_fills_
  std::vector<Fill> zone_fills_;
  std::unordered_map<std::uint64_t, std::vector<Segment>> hatch_;
};

}  // namespace knotmap::ui
