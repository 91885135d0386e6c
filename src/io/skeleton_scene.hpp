// The skeleton layer of the atlas scene: each view's bones as faint filled outlines and thin lines,
// painted under the detail lines so the SVG and the printed plan show them as the window does.
#pragma once

#include "io/atlas_scene.hpp"

namespace knotmap::io {

// Appends the bones of `atlas` to `scene`, shifted by `offset` (the view's place in the scene).
void AddSkeleton(Scene& scene, const model::ViewAtlas& atlas, model::Point offset);

}  // namespace knotmap::io
