// Focus stops over ImGui 1.86's navigation, which moves with arrows inside a window but has no
// Tab order across windows and buttons: the app keeps that order and hands ImGui the target.
#include "ui/core/focus.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace knotmap::ui {
namespace {

bool WithinWindow(const ImGuiWindow* w, ImGuiID id) {
  for (; w != nullptr && id != 0; w = w->ParentWindow) {
    if (w->ID == id) return true;
  }
  return false;
}

std::vector<FocusStop> Stops(const AppState& s) {
  std::vector<FocusStop> stops;
  if (s.ui.focus.toolbar_item != 0) stops.push_back(FocusStop::Toolbar);
  if (s.HasModel() && !LearnCanvasActive(s)) {
    if (s.ui.placement[0].visible) stops.push_back(FocusStop::MapFront);
    if (s.ui.placement[1].visible) stops.push_back(FocusStop::MapBack);
  }
  if (s.ui.focus.panel_item != 0) stops.push_back(FocusStop::Panel);
  return stops;
}

// Puts ImGui's navigation on `item` of window `window_id` with a visible focus ring.
void NavigateTo(ImGuiID window_id, ImGuiID item) {
  ImGuiWindow* w = ImGui::FindWindowByID(window_id);
  if (w == nullptr) return;
  ImGuiContext& g = *ImGui::GetCurrentContext();
  ImGui::FocusWindow(w);
  ImGui::SetFocusID(item, w);
  g.NavDisableHighlight = false;
  g.NavDisableMouseHover = true;
}

void EnterMap(AppState& s, model::View v) {
  KeyboardFocus& f = s.ui.focus;
  f.stop = v == model::View::Front ? FocusStop::MapFront : FocusStop::MapBack;
  s.ui.active_view = v;
  ImGuiContext& g = *ImGui::GetCurrentContext();
  if (ImGuiWindow* w = ImGui::FindWindowByID(f.canvas_window)) ImGui::FocusWindow(w);
  g.NavDisableHighlight = true;  // the map draws its own ring; no toolbar ring beside it
  std::optional<model::Point>& at = f.crosshair[static_cast<int>(v)];
  if (!at) {
    const ViewPlacement& p = s.ui.placement[static_cast<int>(v)];
    at = p.transform.ToAtlas(ImVec2(p.min.x + p.size.x * 0.5f, p.min.y + p.size.y * 0.45f));
  }
}

std::string_view ToString(FocusStop stop) {
  switch (stop) {
    case FocusStop::Toolbar: return "toolbar";
    case FocusStop::MapFront: return "map_front";
    case FocusStop::MapBack: return "map_back";
    case FocusStop::Panel: return "panel";
    case FocusStop::None: break;
  }
  return "none";
}

}  // namespace

ImGuiID CurrentWindowId() { return ImGui::GetCurrentWindow()->ID; }

ImGuiID LastItemId() { return ImGui::GetCurrentContext()->LastItemData.ID; }

FocusStop CurrentStop(const AppState& s) {
  const KeyboardFocus& f = s.ui.focus;
  if (f.stop == FocusStop::MapFront || f.stop == FocusStop::MapBack) return f.stop;
  const ImGuiWindow* nav = ImGui::GetCurrentContext()->NavWindow;
  if (WithinWindow(nav, f.panel_window)) return FocusStop::Panel;
  if (WithinWindow(nav, f.canvas_window)) return FocusStop::Toolbar;
  return FocusStop::None;
}

bool MapHasFocus(const AppState& s, model::View v) {
  return s.ui.focus.stop == (v == model::View::Front ? FocusStop::MapFront : FocusStop::MapBack);
}

void CycleFocus(AppState& s, bool backwards) {
  const std::vector<FocusStop> stops = Stops(s);
  if (stops.empty()) return;
  const auto at = std::find(stops.begin(), stops.end(), CurrentStop(s));
  const int n = static_cast<int>(stops.size());
  int i = at == stops.end() ? (backwards ? n - 1 : 0) : static_cast<int>(at - stops.begin()) + (backwards ? -1 : 1);
  i = (i + n) % n;
  s.ui.focus.stop = FocusStop::None;
  switch (stops[i]) {
    case FocusStop::Toolbar: NavigateTo(s.ui.focus.canvas_window, s.ui.focus.toolbar_item); break;
    case FocusStop::Panel: NavigateTo(s.ui.focus.panel_window, s.ui.focus.panel_item); break;
    case FocusStop::MapFront: EnterMap(s, model::View::Front); break;
    case FocusStop::MapBack: EnterMap(s, model::View::Back); break;
    case FocusStop::None: break;
  }
  s.Log("event=focus stop=" + std::string(ToString(stops[i])));
}

void DropMapFocus(AppState& s) {
  if (s.ui.focus.stop == FocusStop::MapFront || s.ui.focus.stop == FocusStop::MapBack) s.ui.focus.stop = FocusStop::None;
}

}  // namespace knotmap::ui
