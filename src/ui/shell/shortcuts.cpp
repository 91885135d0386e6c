// Global keyboard shortcuts. Text fields keep their keys (keys::Pressed checks WantTextInput);
// Esc closes popups first (ImGui does that), then clears the selection.
#include <imgui.h>

#include "ui/core/keys.hpp"
#include "ui/shell/shell.hpp"
#include "ui/core/widgets.hpp"

namespace knotmap::ui {
namespace {

void ZoomActive(AppState& s, float factor) {
  int v = static_cast<int>(s.ui.active_view);
  if (!s.ui.placement[v].visible) v = 1 - v;
  const ViewPlacement& p = s.ui.placement[v];
  if (!p.visible) return;
  Camera& cam = s.ui.cameras[v];
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
    s.ui.muscles.focus_search = true;
  }
  if (!s.session.model || ctrl || io.KeyAlt) return;
  if (keys::Pressed(keys::kEscape)) {
    if (s.ui.gesture.kind != CanvasGesture::Kind::None) {
      s.ui.gesture = {};
    } else if (s.session.selected_mark >= 0) {
      s.Queue(action::SelectMark{-1});
    } else {
      s.Queue(action::SelectCandidate{-1});
    }
  }
  if (keys::Pressed(keys::kDelete) || keys::Pressed(keys::kBackspace)) {
    if (s.session.FindMark(s.session.selected_mark) != nullptr) s.Queue(action::RemoveMark{s.session.selected_mark});
  }
  if (keys::Pressed(keys::kF)) {
    for (Camera& c : s.ui.cameras) c.zoom = 0.0f;
  }
  if (keys::Pressed(keys::kDigit1)) {
    QueueViewMode(s, ViewMode::Front);
    s.ui.active_view = model::View::Front;
  }
  if (keys::Pressed(keys::kDigit2)) {
    QueueViewMode(s, ViewMode::Back);
    s.ui.active_view = model::View::Back;
  }
  if (keys::Pressed(keys::kDigit3)) QueueViewMode(s, ViewMode::Both);
  if (keys::Pressed(keys::kB)) QueueTool(s, s.settings.tool == Tool::Brush ? Tool::Spot : Tool::Brush);
  if (keys::Pressed(keys::kEqual, true) || keys::Pressed(keys::kKeypadAdd, true)) ZoomActive(s, 1.2f);
  if (keys::Pressed(keys::kMinus, true) || keys::Pressed(keys::kKeypadSubtract, true)) ZoomActive(s, 1.0f / 1.2f);
}

}  // namespace knotmap::ui
