// Camera maths for the canvas: fit, zoom about the cursor, pan. Pure functions, unit tested.
#include "ui/core/view_transform.hpp"

#include <algorithm>

namespace knotmap::ui {

ViewTransform MakeTransform(const Camera& camera, ImVec2 canvas_min, ImVec2 canvas_size) {
  ViewTransform t;
  t.scale = std::clamp(camera.zoom > 0.0f ? camera.zoom : 1.0f, kMinZoom, kMaxZoom);
  const ImVec2 centre{canvas_min.x + canvas_size.x * 0.5f, canvas_min.y + canvas_size.y * 0.5f};
  t.origin = {centre.x - camera.center.x * t.scale, centre.y - camera.center.y * t.scale};
  return t;
}

Camera FitCamera(const model::Box& content, ImVec2 canvas_size, float margin_px) {
  Camera c;
  c.center = content.Center();
  const float w = std::max(content.max.x - content.min.x, 1.0f);
  const float h = std::max(content.max.y - content.min.y, 1.0f);
  const float avail_w = std::max(canvas_size.x - 2.0f * margin_px, 1.0f);
  const float avail_h = std::max(canvas_size.y - 2.0f * margin_px, 1.0f);
  c.zoom = std::clamp(std::min(avail_w / w, avail_h / h), kMinZoom, kMaxZoom);
  c.fitted = true;
  return c;
}

void ZoomAbout(Camera& camera, ImVec2 canvas_min, ImVec2 canvas_size, ImVec2 anchor,
               float factor) {
  const ViewTransform before = MakeTransform(camera, canvas_min, canvas_size);
  const model::Point fixed = before.ToAtlas(anchor);
  const float zoom = std::clamp(before.scale * factor, kMinZoom, kMaxZoom);
  // Solve for the centre that puts `fixed` back under `anchor` at the new zoom.
  const ImVec2 centre{canvas_min.x + canvas_size.x * 0.5f, canvas_min.y + canvas_size.y * 0.5f};
  camera.zoom = zoom;
  camera.center = {fixed.x - (anchor.x - centre.x) / zoom, fixed.y - (anchor.y - centre.y) / zoom};
  camera.fitted = false;
}

void PanBy(Camera& camera, ImVec2 delta) {
  const float zoom = std::clamp(camera.zoom > 0.0f ? camera.zoom : 1.0f, kMinZoom, kMaxZoom);
  camera.center.x -= delta.x / zoom;
  camera.center.y -= delta.y / zoom;
  camera.fitted = false;
}

}  // namespace knotmap::ui
