// Draws the content of one canvas view (body, muscles, zones, trigger points, marks, labels) in
// back-to-front order. Used by the canvas view; separate so each file stays small.
#pragma once

#include <imgui.h>

#include <vector>

#include "ui/core/app_state.hpp"

namespace knotmap::ui {

// What the map highlights: a candidate's trigger point or a muscle page's whole pattern.
struct Highlight {
  int muscle = -1;
  model::Side side = model::Side::Right;
  std::vector<int> instances;  // indexes into Model::instances
  int primary = -1;            // the instance drawn emphasised (the selected trigger point)
};
Highlight CurrentHighlight(const AppState& state);

void DrawViewLayers(AppState& state, model::View view, const ViewTransform& transform,
                    ImVec2 clip_min, ImVec2 clip_max, const Highlight& highlight);

// Which outline (index into Model::outlines) lies under `p` on `view`, or -1. Superficial muscles
// win over deep ones, then the smallest.
int OutlineAt(const AppState& state, model::View view, model::Point p);

// Which mark lies under screen point `mouse` on `view`, or -1 (Mark::id).
int MarkAt(const AppState& state, model::View view, const ViewTransform& t, ImVec2 mouse);

}  // namespace knotmap::ui
