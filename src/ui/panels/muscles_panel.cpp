// Muscle browser: a search box (Ctrl+F) and the muscles grouped by body region; a click opens
// the muscle's page. Arrow keys move through the list (keyboard navigation).
#include <imgui.h>
#include <imgui_stdlib.h>

#include <string>

#include "session/muscle_search.hpp"
#include "ui/core/widgets.hpp"
#include "ui/panels/panels.hpp"

namespace knotmap::ui {
namespace {

// Why a search hit is listed: "symptom: ...ache at the temple..." with the matched word in the
// accent colour and a little of the text around it.
void MatchedPart(const AppState& s, const session::SearchHit& hit) {
  if (hit.snippet.empty()) return;
  const std::string_view text = hit.snippet;
  const std::string field = std::string(session::ToString(hit.field)) + ": ";
  const std::size_t end = hit.match_begin + hit.match_length;
  const std::string match(text.substr(hit.match_begin, hit.match_length));
  ImGui::Indent();
  // Up to 22 characters each side of the match, fewer when the line would not fit the panel.
  std::string before, after;
  for (std::size_t context = 22;; context -= 2) {
    const std::size_t from = hit.match_begin > context ? hit.match_begin - context : 0;
    before = (from > 0 ? "..." : "") + std::string(text.substr(from, hit.match_begin - from));
    after = std::string(text.substr(end, context)) + (end + context < text.size() ? "..." : "");
    if (context <= 2 || ImGui::CalcTextSize((field + before + match + after).c_str()).x <= ImGui::GetContentRegionAvail().x) break;
  }
  ImGui::PushTextWrapPos(-1.0f);  // one line: three pieces side by side
  ImGui::TextDisabled("%s%s", field.c_str(), before.c_str());
  ImGui::SameLine(0.0f, 0.0f);
  ImGui::TextColored(PaletteFor(s.settings.theme).accent, "%s", match.c_str());
  ImGui::SameLine(0.0f, 0.0f);
  ImGui::TextDisabled("%s", after.c_str());
  ImGui::PopTextWrapPos();
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
  const bool enter = InputTextWithFittedHint("##muscle_search", "Search (Ctrl+F): a name, region or symptom",
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
      // The region beside the name when both fit, else under it.
      const std::string region(session::RegionName(m, m.muscles[i]));
      const float both = ImGui::CalcTextSize(m.muscles[i].name.c_str()).x + ImGui::GetStyle().ItemSpacing.x +
                         ImGui::CalcTextSize(region.c_str()).x;
      const bool beside = both <= ImGui::GetContentRegionAvail().x;
      if (EllipsizedSelectable(m.muscles[i].name, "m")) s.Queue(action::OpenMuscle{i});
      if (beside) ImGui::SameLine();
      if (!beside) ImGui::Indent();
      ImGui::TextDisabled("%s", region.c_str());
      if (!beside) ImGui::Unindent();
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
    if (EllipsizedCollapsingHeader(r.name, r.id.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
      for (const session::SearchHit& hit : hits) {
        const int i = hit.muscle;
        if (m.muscles[i].region != r.id) continue;
        ImGui::PushID(i);
        ImGui::Indent();
        if (EllipsizedSelectable(m.muscles[i].name, "m")) s.Queue(action::OpenMuscle{i});
        ImGui::Unindent();
        ImGui::PopID();
      }
    }
  }
}

}  // namespace knotmap::ui
