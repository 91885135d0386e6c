// Drawing geometry built once from the model, in atlas units (screen independent): each view's
// still art (the atlas scene of io/atlas_scene.hpp, the same one the SVG and the printed plan
// paint) prepared as simplified lines per level of detail and triangulated fills, the muscle
// outlines for highlights and hit areas, and the zones' fills and hatch lines. Views transform at
// draw time, so nothing here is recomputed per frame except hatching, cached per zoom bucket.
#pragma once

#include <array>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "io/atlas_scene.hpp"
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

// One path of a view's still art, prepared for drawing: its lines and fills at the levels of
// detail its role needs (the skin, the edges, bones and detail lines at every level; a muscle's
// fill at level 1, plenty under its fibres and edge; a fibre as generated).
struct ArtItem {
  io::Layer layer = io::Layer::Skin;
  io::Role role = io::Role::Other;
  int outline = -1;  // muscle paths: the index into Model::outlines
  int part = -1;     // fibres: the fibre's number within its outline
  bool closed = false;
  model::Box bounds;
  std::vector<std::vector<model::Point>> lines;  // one, or one per level (empty: not stroked)
  std::vector<Fill> fills;                       // none (not filled), one, or one per level
  const std::vector<model::Point>& LineAt(int level) const;
  const Fill* FillAt(int level) const;  // null when not filled
};

// A view's still art in painting order, with where each layer's items begin and end.
struct ViewArt {
  std::vector<ArtItem> items;
  std::array<std::pair<std::size_t, std::size_t>, io::kLayerCount> layers{};  // [begin, end) per layer
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

  // The still art of view `v`: skin, muscles, skeleton, edges, details and the silhouette's edge,
  // deep muscles included (the painter leaves out what its layers hide).
  const ViewArt& Art(model::View v) const { return art_[static_cast<int>(v)]; }
  // Parallel to Model::outlines.
  const std::vector<OutlineGeometry>& Outlines() const { return outlines_; }
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
  std::array<ViewArt, 2> art_;
  std::vector<OutlineGeometry> outlines_;
  std::vector<std::uint32_t> zone_offset_;  // instance -> first entry in zone_fills_
  std::vector<Fill> zone_fills_;
  std::unordered_map<std::uint64_t, std::vector<Segment>> hatch_;
};

}  // namespace knotmap::ui
