// The tabbed side panel: Findings, Guidance, Habits, Muscles, Learn, History. A queued ShowPanel selects a
// tab on the next frame; otherwise the open tab is recorded in the state.
#include <imgui.h>

#include <cstdio>

#include "ui/core/focus.hpp"
#include "ui/learn/learn_views.hpp"
#include "ui/panels/panels.hpp"
#include "ui/shell/shell.hpp"

namespace knotmap::ui {
namespace {

struct Tab {
  Panel panel;
  const char* id;
  void (*draw)(AppState&);
};

}  // namespace

void DrawSidePanel(AppState& s) {
  const float px = s.Scale();
  ImGui::SetCursorPos(ImVec2(ImGui::GetCursorPosX() + 6.0f * px, ImGui::GetCursorPosY() + 6.0f * px));
  char findings_label[48];
  if (s.session.findings.candidates.empty()) {
    std::snprintf(findings_label, sizeof findings_label, "Findings###findings");
  } else {
    std::snprintf(findings_label, sizeof findings_label, "Findings (%zu)###findings", s.session.groups.size());
  }
  const Tab tabs[] = {
      {Panel::Findings, findings_label, DrawFindingsPanel},
      {Panel::Guidance, "Guidance###guidance", DrawGuidancePanel},
      {Panel::Habits, "Habits###habits", DrawHabitsPanel},
      {Panel::Muscles, "Muscles###muscles", DrawMusclesPanel},
      {Panel::Learn, "Learn###learn", DrawLearnView},
      {Panel::History, "History###history", DrawHistoryPanel},
  };
  // Tabs shrink to fit rather than scroll, so every tab stays in reach at any width and UI scale.
  if (!ImGui::BeginTabBar("##panels", ImGuiTabBarFlags_FittingPolicyResizeDown)) return;
  for (const Tab& tab : tabs) {
    const ImGuiTabItemFlags flags = s.ui.panel_request && s.ui.panel == tab.panel ? ImGuiTabItemFlags_SetSelected : 0;
    const bool open = ImGui::BeginTabItem(tab.id, nullptr, flags);
    s.ui.tab_rects[static_cast<int>(tab.panel)] = {ImGui::GetItemRectMin(), ImGui::GetItemRectMax()};
    if (!open) continue;
    if (s.ui.panel_request && s.ui.panel == tab.panel) s.ui.panel_request = false;
    if (!s.ui.panel_request) s.ui.panel = tab.panel;
    // Tab lands on the open tab; the arrows go on into its body (a flattened child for navigation).
    s.ui.focus.panel_window = CurrentWindowId();
    s.ui.focus.panel_item = LastItemId();
    ImGui::BeginChild("##panel_body", ImVec2(0.0f, 0.0f), false,
                      ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NavFlattened);
    tab.draw(s);
    ImGui::EndChild();
    ImGui::EndTabItem();
  }
  ImGui::EndTabBar();
}

}  // namespace knotmap::ui
