// Placement, camera fit and pan/zoom shared by the body map and learn mode.
#include "ui/canvas/atlas_canvas.hpp"

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
    cam = FitCamera(FitBox(*s.session.model, v), size, 24.0f * s.Scale());
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

bool FitsBothViews(const AppState& s, ImVec2 size) {
  // Each view still gets a useful width (the body is about a third as wide as tall).
  return size.x >= 2.0f * 220.0f * s.Scale() && size.x >= size.y * 0.62f;
}

void DrawAtlasCanvas(AppState& s, const AtlasCanvasSpec& spec, ImVec2 origin, ImVec2 size,
                     const std::function<void(const AtlasView&)>& view) {
  for (ViewPlacement& p : *spec.placement) p.visible = false;
  // No room (a window shrunk to a sliver, a wrapped toolbar): draw nothing rather than a smear.
  if (!s.session.model || size.x < 24.0f || size.y < 24.0f) return;
  if (spec.allow_both && FitsBothViews(s, size)) {
    const float gap = 1.0f;
    const float w = (size.x - gap) * 0.5f;
    RunView(s, spec, model::View::Front, origin, ImVec2(w, size.y), view);
    RunView(s, spec, model::View::Back, ImVec2(origin.x + w + gap, origin.y), ImVec2(w, size.y), view);
  } else {
    RunView(s, spec, spec.single, origin, size, view);
  }
}

}  // namespace knotmap::ui
