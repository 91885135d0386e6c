// Global keyboard shortcuts. Text fields keep their keys (keys::Pressed checks WantTextInput);
// Esc closes popups first (ImGui does that), then clears the selection.
#include <imgui.h>

#include "ui/keys.hpp"
#include "ui/views.hpp"

namespace knotmap::ui {
namespace {

void ZoomActive(AppState& s, float factor) {
  int v = static_cast<int>(s.active_view);
  if (!s.placement[v].visible) v = 1 - v;
  const ViewPlacement& p = s.placement[v];
  if (!p.visible) return;
  Camera& cam = s.cameras[v];
  const ImVec2 centre(p.min.x + p.size.x * 0.5f, p.min.y + p.size.y * 0.5f);
  ZoomAbout(cam, p.min, p.size, centre, factor);
}

}  // namespace

void HandleShortcuts(AppState& s) {
  ImGuiIO& io = ImGui::GetIO();
  // Shortcuts apply when no popup or modal is open over the main window.
  if (ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId)) return;
  const bool ctrl = io.KeyCtrl;
  if (ctrl && keys::Pressed('Z')) s.Queue(io.KeyShift ? Action{action::Redo{}} : Action{action::Undo{}});
  if (ctrl && keys::Pressed('Y')) s.Queue(action::Redo{});
  if (ctrl && keys::Pressed('Q')) s.Queue(action::Quit{});
  if (ctrl && ImGui::IsKeyPressed('F', false)) {
    s.Queue(action::CloseMusclePage{});
    s.Queue(action::ShowPanel{Panel::Muscles});
    s.muscles.focus_search = true;
  }
  if (!s.model || ctrl || io.KeyAlt) return;
  if (keys::Pressed(keys::kEscape)) {
    if (s.gesture.kind != CanvasGesture::Kind::None) {
      s.gesture = {};
    } else if (s.selected_mark >= 0) {
      s.selected_mark = -1;
    } else {
      s.selected_candidate = -1;
    }
  }
  if (keys::Pressed(keys::kDelete) || keys::Pressed(keys::kBackspace)) {
    if (s.FindMark(s.selected_mark) != nullptr) s.Queue(action::RemoveMark{s.selected_mark});
  }
  if (keys::Pressed(keys::kF)) {
    for (Camera& c : s.cameras) c.zoom = 0.0f;
  }
  if (keys::Pressed(keys::kDigit1)) {
    s.view_mode = ViewMode::Front;
    s.active_view = model::View::Front;
  }
  if (keys::Pressed(keys::kDigit2)) {
    s.view_mode = ViewMode::Back;
    s.active_view = model::View::Back;
  }
  if (keys::Pressed(keys::kDigit3)) s.view_mode = ViewMode::Both;
  if (keys::Pressed(keys::kB)) s.tool = s.tool == Tool::Brush ? Tool::Spot : Tool::Brush;
  if (keys::Pressed(keys::kEqual, true) || keys::Pressed(keys::kKeypadAdd, true)) ZoomActive(s, 1.2f);
  if (keys::Pressed(keys::kMinus, true) || keys::Pressed(keys::kKeypadSubtract, true)) ZoomActive(s, 1.0f / 1.2f);
}

}  // namespace knotmap::ui
