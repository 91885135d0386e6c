// Draws the content of one canvas view (body, muscles, zones, trigger points, marks, labels) in
// back-to-front order. Used by the canvas view; separate so each file stays small.
#pragma once

#include <imgui.h>

#include <vector>

#include "ui/canvas/atlas_painter.hpp"
#include "ui/core/app_state.hpp"

namespace knotmap::ui {

// What the map highlights: a candidate's trigger point or a muscle page's whole pattern.
struct Highlight {
  int muscle = -1;
  model::Side side = model::Side::Right;
  std::vector<int> instances;  // indexes into Model::instances
  int primary = -1;            // the instance drawn emphasised (the selected trigger point)
  int hover_outline = -1;      // the outline under the pointer (Model::outlines), drawn tinted
};
Highlight CurrentHighlight(const AppState& state);

void DrawViewLayers(AppState& state, model::View view, const ViewTransform& transform,
                    ImVec2 clip_min, ImVec2 clip_max, const Highlight& highlight);

// Everything the still layers of `view` depend on (see layer_cache.hpp), for the view drawn by
// `transform` inside `clip_min` to `clip_max`.
LayerKey StillLayerKey(const AppState& state, model::View view, const ViewTransform& transform, ImVec2 clip_min,
                       ImVec2 clip_max, const Highlight& highlight);

// Which parts of the still art are drawn; the highlighted muscle always is.
struct ArtFilter {
  bool muscles = true;       // superficial muscles: fills, fibres, edges
  bool deep_muscles = false;
  bool skeleton = true;
  bool details = true;
  bool deep_edges = true;    // the deep muscles' dashed edges, when deep muscles are drawn
  int skip_edges_of = -1;    // a muscle whose edges are left out (learn mode draws its own)
};
ArtFilter MapArtFilter(const Layers& layers);

// The layers `first` to `last` of the view's still art (art_layer.cpp): skin, muscles (filled,
// with their fibres; deep ones lighter beneath), the faint skeleton, the muscle edges (quiet, the
// highlighted or hovered muscle's strong), detail lines and the silhouette's edge. Paths outside
// `visible` (atlas units) are skipped.
void DrawArt(const AppState& state, Painter& painter, model::View view, io::Layer first, io::Layer last,
             const Highlight& highlight, const ArtFilter& filter, const model::Box& visible, float px);

// The journal's marks of the History tab's day range, when its heat map is on (heat_layer.cpp).
void DrawHeatMap(AppState& state, Painter& painter, model::View view, float px);

// A spot mark's ring on screen, in pixels, at every zoom (`px`: the UI scale).
float SpotRingRadius(float px);

// The colour with its alpha multiplied by `alpha_scale`.
ImU32 WithAlpha(ImU32 color, float alpha_scale);

// The `kind` zones of trigger point instance `instance` on `view` (essential: solid fill times
// `essential_alpha`; spillover: hatched with a dashed edge). Used by the map and learn mode.
void DrawInstanceZones(AppState& state, Painter& painter, model::View view, int instance, model::ZoneKind kind,
                       float essential_alpha, float px);

// FRONT/BACK above the body and R/L beside it (the subject's sides), unless the view is a thumbnail
// (label_layer.cpp, like the next).
void DrawOrientationLabels(const AppState& state, const ViewTransform& t, model::View view, float px);

// The labels layer: the highlighted muscle's name beside each of its outlines (below, above, right
// or left, where it covers no trigger point and the least of the zones shown), and landmark names
// once the view is zoomed in far enough for them not to pile up. The names' places are kept in
// `state.render.labels` until the view or the highlight changes.
void DrawNameLabels(AppState& state, const ViewTransform& t, model::View view, const Highlight& highlight,
                    float px);

// Which outline (index into Model::outlines) lies under `p` on `view`, or -1. Superficial muscles
// win over deep ones, then the smallest.
int OutlineAt(const AppState& state, model::View view, model::Point p);

// Which mark lies under screen point `mouse` on `view`, or -1 (Mark::id).
int MarkAt(const AppState& state, model::View view, const ViewTransform& t, ImVec2 mouse);

}  // namespace knotmap::ui
