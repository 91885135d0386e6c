// Habits checklist: ticked habits lift the muscles they load in the findings and become causes
// to change in the plan.
#include <imgui.h>

#include <algorithm>
#include <vector>

#include "ui/panels/guided_views.hpp"
#include "ui/core/widgets.hpp"
#include "ui/panels/panels.hpp"

namespace knotmap::ui {

void DrawHabitsPanel(AppState& s) {
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("Tick what applies to you. Habits that keep loading a muscle are often why a "
                      "knot comes back; they feed the findings and the plan.");
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  // One row per habit (its label wrapped), each the same height whatever is ticked, so a tick never
  // moves the row under the cursor; what to change for the ticked ones is listed below the checklist.
  s.ui.habit_rows.clear();
  std::vector<const model::Habit*> ticked;
  for (const model::Habit& h : s.session.model->habits) {
    ImGui::PushID(h.id.c_str());
    bool on = std::find(s.session.habits.begin(), s.session.habits.end(), h.id) != s.session.habits.end();
    if (WrappedCheckbox("habit", h.label, &on)) s.Queue(action::SetHabit{h.id, on});
    const ImVec2 a = ImGui::GetItemRectMin();
    s.ui.habit_rows.push_back(ImVec2(a.x + ImGui::GetFrameHeight() * 0.5f, a.y + ImGui::GetFrameHeight() * 0.5f));
    if (ImGui::IsItemHovered() && !h.cause.empty()) {
      ImGui::BeginTooltip();
      ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
      ImGui::TextUnformatted(h.cause.c_str());
      ImGui::PopTextWrapPos();
      ImGui::EndTooltip();
    }
    if (on && !h.change.empty()) ticked.push_back(&h);
    ImGui::PopID();
  }
  if (!ticked.empty()) {
    SectionTitle(s, "What to change", true);
    ImGui::PushTextWrapPos(0.0f);
    for (const model::Habit* h : ticked) {
      ImGui::Bullet();
      ImGui::TextUnformatted(h->change.c_str());
    }
    ImGui::PopTextWrapPos();
  }
  DrawBodyCausesSection(s);
}

}  // namespace knotmap::ui
