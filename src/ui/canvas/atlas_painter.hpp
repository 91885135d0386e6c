// Low-level drawing of cached atlas geometry onto an ImDrawList: triangulated fills, solid and
// dashed anti-aliased lines, hatching and trigger point crosses. Input in atlas units, output in
// screen pixels through the view's transform.
#pragma once

#include <imgui.h>

#include <vector>

#include "ui/canvas/geometry_cache.hpp"
#include "ui/core/view_transform.hpp"

namespace knotmap::ui {

class Painter {
 public:
  Painter(ImDrawList* draw_list, const ViewTransform& transform, std::vector<ImVec2>& scratch)
      : dl_(draw_list), t_(transform), scratch_(scratch) {}

  const ViewTransform& Transform() const { return t_; }
  ImDrawList* DrawList() const { return dl_; }

  // A triangle list with a single colour (no anti-aliasing: draw an outline over it).
  void Fill(const ui::Fill& fill, ImU32 color);
  void Polyline(const std::vector<model::Point>& points, ImU32 color, float thickness, bool closed);
  // Dash and gap lengths in screen pixels, so dashes look the same at every zoom.
  void DashedPolyline(const std::vector<model::Point>& points, ImU32 color, float thickness,
                      bool closed, float dash, float gap);
  void Segments(const std::vector<Segment>& segments, ImU32 color, float thickness);
  // An X of half-size `size` pixels with a halo for contrast on any fill.
  void Cross(model::Point at, float size, float thickness, ImU32 color, ImU32 halo);

 private:
  const std::vector<ImVec2>& ToScreen(const std::vector<model::Point>& points);

  ImDrawList* dl_;
  ViewTransform t_;
  std::vector<ImVec2>& scratch_;
};

}  // namespace knotmap::ui
