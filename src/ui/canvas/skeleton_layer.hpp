// The canvas's skeleton layer: the atlas's bones drawn faintly under the skin, for orientation
// (where the shoulder blade, the spine, the pelvis are). Geometry comes from the GeometryCache.
#pragma once

#include "model/geometry.hpp"
#include "ui/canvas/atlas_painter.hpp"
#include "ui/core/app_state.hpp"

namespace knotmap::ui {

// Draws the bones of `view` that overlap `visible` (atlas units) when the skeleton layer is on, at
// level of detail `level`; `px` is the UI scale (screen pixels per unscaled pixel).
void DrawSkeleton(const AppState& state, Painter& painter, model::View view, int level,
                  const model::Box& visible, float px);

}  // namespace knotmap::ui
