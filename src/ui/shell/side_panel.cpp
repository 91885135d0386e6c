// The tabbed side panel: Findings, Guidance, Habits, Muscles, Learn, History, as rows of tab buttons
// above the open panel. A click queues ShowPanel; the open tab is the state's `panel`.
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "ui/core/focus.hpp"
#include "ui/core/widgets.hpp"
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
  // The tabs as buttons in as many rows as their labels need: never shrunk to "..." nor scrolled
  // out of reach, at any width and UI scale.
  const float gap = 2.0f * px;
  const float indent = ImGui::GetCursorPosX();
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(gap, gap));
  if (s.ui.panel_request) s.ui.panel_request = false;  // the open tab is `panel` from this frame on
  const Tab* open = nullptr;
  for (const Tab& tab : tabs) {
    if (&tab != tabs) SameLineOrWrap(ButtonWidth(tab.id), gap, indent);
    const bool is_open = s.ui.panel == tab.panel;
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(is_open ? ImGuiCol_TabActive : ImGuiCol_Tab));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::GetStyleColorVec4(is_open ? ImGuiCol_TabActive : ImGuiCol_TabHovered));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImGui::GetStyleColorVec4(ImGuiCol_TabActive));
    if (ImGui::Button(tab.id) && !is_open) s.Queue(action::ShowPanel{tab.panel});
    ImGui::PopStyleColor(3);
    s.ui.tab_rects[static_cast<int>(tab.panel)] = {ImGui::GetItemRectMin(), ImGui::GetItemRectMax()};
    if (!is_open) continue;
    open = &tab;
    // The open tab is underlined in the accent colour, plain to see in both themes.
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    const float t = std::max(2.0f * px, 1.0f);
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(a.x + 2.0f * px, b.y - t), ImVec2(b.x - 2.0f * px, b.y),
                                              ImGui::ColorConvertFloat4ToU32(PaletteFor(s.settings.theme).accent));
    // Tab lands on the open tab; the arrows go on into its body (a flattened child for navigation).
    s.ui.focus.panel_window = CurrentWindowId();
    s.ui.focus.panel_item = LastItemId();
  }
  ImGui::PopStyleVar();
  // The open tab's colour runs along under the rows, like ImGui's own tab bar.
  {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x;
    ImGui::GetWindowDrawList()->AddLine(ImVec2(at.x - indent, at.y), ImVec2(at.x + w, at.y),
                                        ImGui::GetColorU32(ImGuiCol_TabActive), std::max(2.0f * px, 1.0f));
    ImGui::Dummy(ImVec2(0.0f, 2.0f * px));
  }
  if (open == nullptr) return;
  ImGui::BeginChild("##panel_body", ImVec2(0.0f, 0.0f), false,
                    ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NavFlattened);
  // Text wraps at the panel's edge unless a view says otherwise.
  ImGui::PushTextWrapPos(0.0f);
  open->draw(s);
  ImGui::PopTextWrapPos();
  ImGui::EndChild();
}

}  // namespace knotmap::ui
