// The screen <-> atlas transform of one canvas view. Atlas units: 1000 x 2000 per view, y down.
// Screen: ImGui pixels (window coordinates). screen = origin + atlas * scale, no rotation.
#pragma once

#include <imgui.h>

#include "model/geometry.hpp"

namespace knotmap::ui {

struct ViewTransform {
  ImVec2 origin{0.0f, 0.0f};  // screen position of atlas (0, 0)
  float scale = 1.0f;         // screen pixels per atlas unit

  ImVec2 ToScreen(model::Point p) const { return {origin.x + p.x * scale, origin.y + p.y * scale}; }
  model::Point ToAtlas(ImVec2 s) const {
    return {(s.x - origin.x) / scale, (s.y - origin.y) / scale};
  }
  float ToScreenLength(float atlas_units) const { return atlas_units * scale; }
  float ToAtlasLength(float pixels) const { return pixels / scale; }
};

// What a canvas looks at: the atlas point at the centre of the canvas and the zoom. A camera that
// was just fitted keeps fitting when the canvas is resized, until the user pans or zooms.
struct Camera {
  model::Point center{500.0f, 1000.0f};  // atlas units
  float zoom = 0.0f;                     // screen pixels per atlas unit; 0 = not yet fitted
  bool fitted = true;
  // > 0: when the view is first fitted, magnify it this many times the fit, centred on `focus`
  // (gui --focus/--zoom: a region zoomed for a screenshot). Used once, then 0.
  float focus_zoom = 0.0f;
  model::Point focus{};
};

inline constexpr float kMinZoom = 0.05f;
inline constexpr float kMaxZoom = 24.0f;

ViewTransform MakeTransform(const Camera& camera, ImVec2 canvas_min, ImVec2 canvas_size);

// Centres `content` (atlas units) in a canvas of `canvas_size` pixels, leaving `margin_px` around.
Camera FitCamera(const model::Box& content, ImVec2 canvas_size, float margin_px);

// Multiplies the zoom by `factor`, keeping the atlas point under `anchor` (screen) where it is.
void ZoomAbout(Camera& camera, ImVec2 canvas_min, ImVec2 canvas_size, ImVec2 anchor, float factor);

// Moves the picture by `delta` screen pixels (a drag to the right moves the body to the right).
void PanBy(Camera& camera, ImVec2 delta);

}  // namespace knotmap::ui
