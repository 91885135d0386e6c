// Muscle browser: a search box (Ctrl+F) and the muscles grouped by body region; a click opens
// the muscle's page. Arrow keys move through the list (keyboard navigation).
#include <imgui.h>
#include <imgui_stdlib.h>

#include <string>

#include "ui/core/muscle_search.hpp"
#include "ui/panels/panels.hpp"

namespace knotmap::ui {

void DrawMusclesPanel(AppState& s) {
  if (s.ui.muscles.Current() >= 0) {
    DrawMusclePage(s, s.ui.muscles.Current());
    return;
  }
  const model::Model& m = *s.session.model;
  if (s.ui.muscles.focus_search) {
    ImGui::SetKeyboardFocusHere();
    s.ui.muscles.focus_search = false;
  }
  ImGui::SetNextItemWidth(-1.0f);
  const bool enter = ImGui::InputTextWithHint("##muscle_search", "Search muscles (Ctrl+F), e.g. trap, neck, calf",
                                               &s.ui.muscles.search, ImGuiInputTextFlags_EnterReturnsTrue);
  const std::vector<int> hits = SearchMuscles(m, s.ui.muscles.search);
  if (enter && !hits.empty()) s.Queue(action::OpenMuscle{hits.front()});
  if (hits.empty()) {
    ImGui::TextDisabled("No muscle matches \"%s\".", s.ui.muscles.search.c_str());
    return;
  }
  const bool searching = !s.ui.muscles.search.empty();
  if (searching) {
    // Relevance order while searching; Enter in the box opens the best match.
    ImGui::TextDisabled("%zu match%s", hits.size(), hits.size() == 1 ? "" : "es");
    for (int i : hits) {
      ImGui::PushID(i);
      if (ImGui::Selectable(m.muscles[i].name.c_str())) s.Queue(action::OpenMuscle{i});
      ImGui::SameLine();
      ImGui::TextDisabled("%s", std::string(RegionName(m, m.muscles[i])).c_str());
      ImGui::PopID();
    }
    return;
  }
  // Grouped by region in the content's region order.
  for (const model::Region& r : m.regions) {
    bool any = false;
    for (int i : hits) any |= m.muscles[i].region == r.id;
    if (!any) continue;
    if (ImGui::CollapsingHeader(r.name.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
      for (int i : hits) {
        if (m.muscles[i].region != r.id) continue;
        ImGui::PushID(i);
        ImGui::Indent();
        if (ImGui::Selectable(m.muscles[i].name.c_str())) s.Queue(action::OpenMuscle{i});
        ImGui::Unindent();
        ImGui::PopID();
      }
    }
  }
}

}  // namespace knotmap::ui
