// Habits checklist: ticked habits lift the muscles they load in the findings and become causes
// to change in the plan.
#include <imgui.h>

#include <algorithm>

#include "ui/panels/guided_views.hpp"
#include "ui/panels/panels.hpp"

namespace knotmap::ui {

void DrawHabitsPanel(AppState& s) {
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("Tick what applies to you. Habits that keep loading a muscle are often why a "
                      "knot comes back; they feed the findings and the plan.");
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  for (const model::Habit& h : s.session.model->habits) {
    ImGui::PushID(h.id.c_str());
    bool on = std::find(s.session.habits.begin(), s.session.habits.end(), h.id) != s.session.habits.end();
    if (ImGui::Checkbox(h.label.c_str(), &on)) s.Queue(action::SetHabit{h.id, on});
    if (ImGui::IsItemHovered() && !h.cause.empty()) {
      ImGui::BeginTooltip();
      ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
      ImGui::TextUnformatted(h.cause.c_str());
      ImGui::PopTextWrapPos();
      ImGui::EndTooltip();
    }
    if (on && !h.change.empty()) {
      ImGui::Indent(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x);
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextDisabled("Change: %s", h.change.c_str());
      ImGui::PopTextWrapPos();
      ImGui::Unindent(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x);
    }
    ImGui::PopID();
  }
  DrawBodyCausesSection(s);
}

}  // namespace knotmap::ui
