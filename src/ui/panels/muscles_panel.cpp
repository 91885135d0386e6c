// Muscle browser: a search box (Ctrl+F) and the muscles grouped by body region; a click opens
// the muscle's page. Arrow keys move through the list (keyboard navigation).
#include <imgui.h>
#include <imgui_stdlib.h>

#include <string>

#include "session/muscle_search.hpp"
#include "ui/panels/panels.hpp"

namespace knotmap::ui {
namespace {

// Why a search hit is listed: "symptom: ...ache at the temple..." with the matched word in the
// accent colour and a little of the text around it.
void MatchedPart(const AppState& s, const session::SearchHit& hit) {
  if (hit.snippet.empty()) return;
  constexpr std::size_t kContext = 22;  // characters kept on each side of the match
  const std::string_view text = hit.snippet;
  const std::size_t from = hit.match_begin > kContext ? hit.match_begin - kContext : 0;
  const std::size_t end = hit.match_begin + hit.match_length;
  const std::string before = (from > 0 ? "..." : "") + std::string(text.substr(from, hit.match_begin - from));
  const std::string match(text.substr(hit.match_begin, hit.match_length));
  const std::string after = std::string(text.substr(end, kContext)) + (end + kContext < text.size() ? "..." : "");
  ImGui::Indent();
  ImGui::TextDisabled("%s: %s", std::string(session::ToString(hit.field)).c_str(), before.c_str());
  ImGui::SameLine(0.0f, 0.0f);
  ImGui::TextColored(PaletteFor(s.settings.theme).accent, "%s", match.c_str());
  ImGui::SameLine(0.0f, 0.0f);
  ImGui::TextDisabled("%s", after.c_str());
  ImGui::Unindent();
}

}  // namespace

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
  const bool enter = ImGui::InputTextWithHint("##muscle_search", "Search (Ctrl+F): a name, region or symptom",
                                               &s.ui.muscles.search, ImGuiInputTextFlags_EnterReturnsTrue);
  const std::vector<session::SearchHit> hits = session::SearchMuscles(m, s.ui.muscles.search);
  if (enter && !hits.empty()) s.Queue(action::OpenMuscle{hits.front().muscle});
  if (hits.empty()) {
    ImGui::TextDisabled("No muscle matches \"%s\".", s.ui.muscles.search.c_str());
    return;
  }
  const bool searching = !s.ui.muscles.search.empty();
  if (searching) {
    // Relevance order while searching; Enter in the box opens the best match.
    ImGui::TextDisabled("%zu match%s", hits.size(), hits.size() == 1 ? "" : "es");
    for (const session::SearchHit& hit : hits) {
      const int i = hit.muscle;
      ImGui::PushID(i);
      if (ImGui::Selectable(m.muscles[i].name.c_str())) s.Queue(action::OpenMuscle{i});
      ImGui::SameLine();
      ImGui::TextDisabled("%s", std::string(session::RegionName(m, m.muscles[i])).c_str());
      MatchedPart(s, hit);
      ImGui::PopID();
    }
    return;
  }
  // Grouped by region in the content's region order.
  for (const model::Region& r : m.regions) {
    bool any = false;
    for (const session::SearchHit& hit : hits) any |= m.muscles[hit.muscle].region == r.id;
    if (!any) continue;
    if (ImGui::CollapsingHeader(r.name.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
      for (const session::SearchHit& hit : hits) {
        const int i = hit.muscle;
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
