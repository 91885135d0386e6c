// Placement, camera fit and pan/zoom shared by the body map and learn mode.
#include "ui/canvas/atlas_canvas.hpp"

#include <algorithm>
#include <cmath>

namespace knotmap::ui {
namespace {

constexpr float kPanThresholdPx = 4.0f;

// The body's bounds with room for the FRONT/BACK title above and a little around.
model::Box FitBox(const model::Model& m, model::View v) {
  model::Box b = m.Atlas(v).body.bounds;
  b.min -= model::Point(40.0f, 40.0f);
  b.max += model::Point(40.0f, 20.0f);
  return b;
}

void RunView(AppState& s, const AtlasCanvasSpec& spec, model::View v, ImVec2 min, ImVec2 size,
             const std::function<void(const AtlasView&)>& draw) {
  const int vi = static_cast<int>(v);
  Camera& cam = (*spec.cameras)[vi];
  ViewPlacement& place = (*spec.placement)[vi];
  const bool resized = place.size.x != size.x || place.size.y != size.y;
  if (cam.zoom <= 0.0f || (cam.fitted && resized)) {
    const Camera fit = FitCamera(FitBox(*s.session.model, v), size, 24.0f * s.Scale());
    if (cam.focus_zoom > 0.0f) {
      cam.zoom = std::clamp(fit.zoom * cam.focus_zoom, kMinZoom, kMaxZoom);
      cam.center = cam.focus;
      cam.fitted = false;
      cam.focus_zoom = 0.0f;
    } else {
      cam = fit;
    }
  }
  ImGui::SetCursorScreenPos(min);
  ImGui::PushID(spec.id);
  ImGui::InvisibleButton(v == model::View::Front ? "##front_view" : "##back_view", size,
                         ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight |
                             ImGuiButtonFlags_MouseButtonMiddle);
  ImGui::PopID();
  ImGuiIO& io = ImGui::GetIO();
  AtlasView out;
  out.view = v;
  out.min = min;
  out.size = size;
  out.hovered = ImGui::IsItemHovered();
  out.active = ImGui::IsItemActive();
  if (out.hovered && io.MouseWheel != 0.0f) ZoomAbout(cam, min, size, io.MousePos, std::pow(1.2f, io.MouseWheel));
  // The press started on this view, so the pan keeps going when the cursor leaves it.
  if (out.active && (ImGui::IsMouseDragging(ImGuiMouseButton_Right, kPanThresholdPx) ||
                     ImGui::IsMouseDown(ImGuiMouseButton_Middle))) {
    PanBy(cam, io.MouseDelta);
  }
  out.transform = MakeTransform(cam, min, size);
  place = {true, min, size, out.transform};

  const ImVec2 max(min.x + size.x, min.y + size.y);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->PushClipRect(min, max, true);
  dl->AddRectFilled(min, max, PaletteFor(s.settings.theme).canvas_bg);
  draw(out);
  dl->PopClipRect();
}

}  // namespace

BothLayout ChooseBothLayout(const AppState& s, ImVec2 size) {
  if (!s.session.model) return BothLayout::SideBySide;
  // The arrangement that draws the body larger: two columns or two rows.
  const model::Box b = FitBox(*s.session.model, model::View::Front);
  const float bw = b.max.x - b.min.x, bh = b.max.y - b.min.y;
  const float side = std::min(size.x * 0.5f / bw, size.y / bh);
  const float stacked = std::min(size.x / bw, size.y * 0.5f / bh);
  return stacked > side ? BothLayout::Stacked : BothLayout::SideBySide;
}

void DrawAtlasCanvas(AppState& s, const AtlasCanvasSpec& spec, ImVec2 origin, ImVec2 size,
                     const std::function<void(const AtlasView&)>& view) {
  for (ViewPlacement& p : *spec.placement) p.visible = false;
  // No room (a window shrunk to a sliver, a wrapped toolbar): draw nothing rather than a smear.
  if (!s.session.model || size.x < 24.0f || size.y < 24.0f) return;
  if (!spec.allow_both) {
    RunView(s, spec, spec.single, origin, size, view);
    return;
  }
  // Both views always show when asked for, side by side or one above the other.
  const float gap = 1.0f;
  if (ChooseBothLayout(s, size) == BothLayout::SideBySide) {
    const float w = (size.x - gap) * 0.5f;
    RunView(s, spec, model::View::Front, origin, ImVec2(w, size.y), view);
    RunView(s, spec, model::View::Back, ImVec2(origin.x + w + gap, origin.y), ImVec2(w, size.y), view);
  } else {
    const float h = (size.y - gap) * 0.5f;
    RunView(s, spec, model::View::Front, origin, ImVec2(size.x, h), view);
    RunView(s, spec, model::View::Back, ImVec2(origin.x, origin.y + h + gap), ImVec2(size.x, h), view);
  }
}

}  // namespace knotmap::ui
