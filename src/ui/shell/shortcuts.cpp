// Global keyboard shortcuts. Text fields keep their keys (keys::Pressed checks WantTextInput);
// Esc closes popups first (ImGui does that), then clears the selection.
#include <imgui.h>
#include <imgui_internal.h>

#include "ui/core/focus.hpp"
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

// Alt+Left / Alt+Right and the mouse's side buttons go back and forward through muscle pages.
void HandleHistoryKeys(AppState& s) {
  ImGuiIO& io = ImGui::GetIO();
  const bool alt_arrow = io.KeyAlt && !io.KeyCtrl && !io.WantTextInput;
  const bool back = (alt_arrow && ImGui::IsKeyPressed(keys::kLeft)) || ImGui::IsMouseClicked(keys::kMouseBack);
  const bool forward = (alt_arrow && ImGui::IsKeyPressed(keys::kRight)) || ImGui::IsMouseClicked(keys::kMouseForward);
  if (!back && !forward) return;
  s.Queue(back ? Action{action::NavigateBack{}} : Action{action::NavigateForward{}});
  s.Queue(action::ShowPanel{Panel::Muscles});
  // The arrow was for the history: not a move of ImGui's focus, and releasing Alt is not a
  // trip to the menu bar.
  ImGui::NavMoveRequestCancel();
  ImGui::GetCurrentContext()->NavWindowingToggleLayer = false;
}

// Tab and Shift+Tab: the app's focus order (a text field gives the keyboard up first).
void HandleTab(AppState& s) {
  ImGuiIO& io = ImGui::GetIO();
  if (io.KeyCtrl || io.KeyAlt || !ImGui::IsKeyPressed(keys::kTab)) return;
  if (io.WantTextInput) ImGui::ClearActiveID();
  CycleFocus(s, io.KeyShift);
}

}  // namespace

void HandleShortcuts(AppState& s) {
  ImGuiIO& io = ImGui::GetIO();
  // A click anywhere hands the keyboard back from the map's crosshair to the mouse's focus.
  for (int b = 0; b < 3; ++b) {
    if (ImGui::IsMouseClicked(b)) DropMapFocus(s);
  }
  // Shortcuts apply when no popup or modal is open over the main window.
  if (ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId)) return;
  HandleTab(s);
  HandleHistoryKeys(s);
  if (keys::Pressed(keys::kF1)) s.ui.show_shortcuts = true;
  const bool ctrl = io.KeyCtrl;
  if (ctrl && keys::Pressed('Z')) s.Queue(io.KeyShift ? Action{action::Redo{}} : Action{action::Undo{}});
  if (ctrl && keys::Pressed('Y')) s.Queue(action::Redo{});
  if (ctrl && keys::Pressed('Q')) s.Queue(action::Quit{});
  if (ctrl && ImGui::IsKeyPressed('F', false)) {
    DropMapFocus(s);
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
  if (keys::Pressed(keys::kL)) {
    s.ui.landmarks.open = true;
    s.ui.landmarks.focus_search = true;
  }
  if (keys::Pressed(keys::kB)) QueueTool(s, s.settings.tool == Tool::Brush ? Tool::Spot : Tool::Brush);
  if (keys::Pressed(keys::kEqual, true) || keys::Pressed(keys::kKeypadAdd, true)) ZoomActive(s, 1.2f);
  if (keys::Pressed(keys::kMinus, true) || keys::Pressed(keys::kKeypadSubtract, true)) ZoomActive(s, 1.0f / 1.2f);
}

}  // namespace knotmap::ui
