// The keyboard crosshair on the map and the spot every way of marking makes.
#include "ui/canvas/marking.hpp"

#include <imgui.h>

#include <algorithm>

#include "ui/canvas/canvas_layers.hpp"
#include "ui/core/focus.hpp"
#include "ui/core/keys.hpp"

namespace knotmap::ui {
namespace {

constexpr float kStepPx = 8.0f;  // one arrow press, screen pixels (Shift: four times that)

// The crosshair moved by this frame's arrow presses, kept inside the view (atlas units).
model::Point MoveCrosshair(const AppState& s, const AtlasView& view, model::Point at) {
  const ImGuiIO& io = ImGui::GetIO();
  const float step = view.transform.ToAtlasLength(kStepPx * s.Scale() * (io.KeyShift ? 4.0f : 1.0f));
  if (keys::Pressed(keys::kLeft, true)) at.x -= step;
  if (keys::Pressed(keys::kRight, true)) at.x += step;
  if (keys::Pressed(keys::kUp, true)) at.y -= step;
  if (keys::Pressed(keys::kDown, true)) at.y += step;
  const model::Point lo = view.transform.ToAtlas(view.min);
  const model::Point hi = view.transform.ToAtlas(ImVec2(view.min.x + view.size.x, view.min.y + view.size.y));
  return {std::clamp(at.x, lo.x, hi.x), std::clamp(at.y, lo.y, hi.y)};
}

void DrawCrosshair(const AppState& s, const AtlasView& view, model::Point at, int outline) {
  const Palette& pal = PaletteFor(s.settings.theme);
  const float px = s.Scale();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 ring = ImGui::GetColorU32(ImGuiCol_NavHighlight);
  dl->AddRect(ImVec2(view.min.x + 1.5f * px, view.min.y + 1.5f * px),
              ImVec2(view.min.x + view.size.x - 1.5f * px, view.min.y + view.size.y - 1.5f * px), ring, 0.0f, 0,
              3.0f * px);
  const ImVec2 c = view.transform.ToScreen(at);
  const float r = 9.0f * px, gap = 3.0f * px;
  for (const ImU32 col : {pal.canvas_bg, ring}) {
    const float w = (col == ring ? 2.0f : 4.0f) * px;
    dl->AddLine(ImVec2(c.x - r, c.y), ImVec2(c.x - gap, c.y), col, w);
    dl->AddLine(ImVec2(c.x + gap, c.y), ImVec2(c.x + r, c.y), col, w);
    dl->AddLine(ImVec2(c.x, c.y - r), ImVec2(c.x, c.y - gap), col, w);
    dl->AddLine(ImVec2(c.x, c.y + gap), ImVec2(c.x, c.y + r), col, w);
  }
  if (outline < 0) return;
  // What lies under the crosshair, as the mouse's tooltip would say, just below it.
  const model::Model& m = *s.session.model;
  const model::OutlineInstance& o = m.outlines[outline];
  const std::string name = session::MuscleSideLabel(m, o.muscle, o.side);
  const ImVec2 ts = ImGui::CalcTextSize(name.c_str());
  const ImVec2 p(c.x - ts.x * 0.5f, c.y + r + 4.0f * px);
  dl->AddRectFilled(ImVec2(p.x - 4.0f * px, p.y - 2.0f * px), ImVec2(p.x + ts.x + 4.0f * px, p.y + ts.y + 2.0f * px),
                    ImGui::GetColorU32(ImGuiCol_PopupBg, 0.92f), 4.0f * px);
  dl->AddText(p, ImGui::GetColorU32(ImGuiCol_Text), name.c_str());
}

}  // namespace

model::PainMark NewSpot(const AppState& s, model::View view, model::Point at) {
  model::PainMark mark;
  mark.view = view;
  mark.kind = model::MarkKind::Spot;
  mark.points = {at};
  mark.radius = s.ui.spot_radius;
  mark.intensity = s.ui.new_intensity;
  return mark;
}

void RunMapKeyboard(AppState& s, const AtlasView& view) {
  std::optional<model::Point>& at = s.ui.focus.crosshair[static_cast<int>(view.view)];
  if (!at) return;
  *at = MoveCrosshair(s, view, *at);
  if (keys::Pressed(keys::kEnter) || keys::Pressed(keys::kKeypadEnter) || keys::Pressed(keys::kSpace)) {
    const int under = MarkAt(s, view.view, view.transform, view.transform.ToScreen(*at));
    if (under >= 0) {
      s.Queue(action::SelectMark{under});  // Enter on a mark selects it (Delete, M act on it)
    } else {
      s.Queue(action::AddMark{NewSpot(s, view.view, *at)});
    }
  }
  const int outline = OutlineAt(s, view.view, *at);
  s.ui.hover_next.outline = outline;
  DrawCrosshair(s, view, *at, outline);
}

std::string LandmarkLabel(const model::Landmark& landmark) {
  std::string out = landmark.name;
  std::replace(out.begin(), out.end(), '_', ' ');
  return out;
}

}  // namespace knotmap::ui
