// Progress: streak and totals, mastery bars per region and per muscle (the three exercise kinds
// side by side), and the items due today, each a click away from practice.
#include <imgui.h>

#include <algorithm>
#include <string>

#include "ui/core/widgets.hpp"
#include "ui/learn/learn_views.hpp"

namespace knotmap::ui {
namespace {


// A labelled bar: the label on the left (cut to `label_w`), a bar of `value` (0..1) filling the
// row up to the percentage on the right.
void Bar(const AppState& s, const std::string& label, float value, float label_w, float height) {
  const float x0 = ImGui::GetCursorPosX();
  EllipsizedText(label, label_w - ImGui::GetStyle().ItemSpacing.x);
  ImGui::SameLine(x0 + label_w);
  const ImVec2 a = ImGui::GetCursorScreenPos();
  const float percent_w = ImGui::CalcTextSize("100%").x + 2.0f * ImGui::GetStyle().ItemSpacing.x;
  const float w = std::max(ImGui::GetContentRegionAvail().x - percent_w, 20.0f);
  const ImU32 fill = PaletteFor(s.settings.theme).mastery;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 top(a.x, a.y + (ImGui::GetTextLineHeight() - height) * 0.5f);
  dl->AddRectFilled(top, ImVec2(top.x + w, top.y + height), ImGui::GetColorU32(ImGuiCol_FrameBg), height * 0.5f);
  if (value > 0.0f) {
    dl->AddRectFilled(top, ImVec2(top.x + std::max(w * std::min(value, 1.0f), height), top.y + height), fill,
                      height * 0.5f);
  }
  ImGui::Dummy(ImVec2(w, ImGui::GetTextLineHeight()));
  ImGui::SameLine();
  ImGui::TextDisabled("%3.0f%%", static_cast<double>(value * 100.0f));
}

}  // namespace

void DrawLearnProgress(AppState& s) {
  session::LearnSession& l = s.session.learn;
  const model::Model& m = *s.session.model;
  const float px = s.Scale();
  const int streak = session::LearnStreak(s.session);
  const std::vector<model::ItemKey>& due = s.session.learn.due;
  const int seen = l.cards_seen;
  const std::size_t total = l.item_count;

  if (s.render.fonts.bold != nullptr) ImGui::PushFont(s.render.fonts.bold);
  ImGui::TextWrapped("%d-day streak  |  %zu due today  |  %d of %zu items practised", streak, due.size(), seen, total);
  if (s.render.fonts.bold != nullptr) ImGui::PopFont();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("Mastery grows as reviews space out; a miss sets an item back to zero.");
  ImGui::PopTextWrapPos();
  ImGui::Spacing();

  ImGui::TextDisabled("BY REGION");
  float label_w = 0.0f;
  for (const model::Region& r : m.regions) label_w = std::max(label_w, ImGui::CalcTextSize(r.name.c_str()).x);
  label_w = std::min(label_w + 16.0f * px, ImGui::GetContentRegionAvail().x * 0.45f);
  // Figures cached by the session when the cards change, not recomputed per frame.
  for (std::size_t ri = 0; ri < l.region_muscles.size(); ++ri) {
    if (l.region_muscles[ri].empty()) continue;
    Bar(s, m.regions[ri].name, l.region_mastery[ri], label_w, 9.0f * px);
  }
  ImGui::Spacing();

  ImGui::TextDisabled("DUE TODAY");
  if (due.empty()) {
    ImGui::TextDisabled(l.cards.empty() ? "Nothing yet: answer a few exercises first."
                                        : "Nothing due. Come back tomorrow, or practise new items.");
  }
  for (std::size_t i = 0; i < due.size() && i < 8; ++i) {
    const int mi = m.MuscleIndex(due[i].muscle);
    if (mi < 0) continue;
    const char* kind = due[i].kind == model::ExerciseKind::WhichMuscle  ? "which muscle?"
                       : due[i].kind == model::ExerciseKind::WhereRefer ? "where does it refer?"
                                                                        : "where is the X?";
    const std::string shown = Ellipsize(m.muscles[mi].name + ": " + kind, ImGui::GetContentRegionAvail().x);
    if (ImGui::Selectable((shown + "##due" + std::to_string(i)).c_str())) {
      const LearnMode mode = due[i].kind == model::ExerciseKind::WhichMuscle  ? LearnMode::WhichMuscle
                             : due[i].kind == model::ExerciseKind::WhereRefer ? LearnMode::WhereRefer
                                                                              : LearnMode::WhereTrigger;
      const model::Region* region = m.FindRegion(m.muscles[mi].region);
      l.Queue(learn_action::SetRegion{region != nullptr ? static_cast<int>(region - m.regions.data()) : -1});
      l.Queue(learn_action::Start{mode});
    }
  }
  if (due.size() > 8) ImGui::TextDisabled("...and %zu more", due.size() - 8);
  ImGui::Spacing();

  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("BY MUSCLE  (which muscle? / where does it refer? / where is the X?)");
  ImGui::PopTextWrapPos();
  for (std::size_t ri = 0; ri < l.region_muscles.size(); ++ri) {
    const model::Region& r = m.regions[ri];
    const std::vector<int>& muscles = l.region_muscles[ri];
    if (muscles.empty()) continue;
    if (!EllipsizedTreeNode(r.name, r.id.c_str())) continue;
    float name_w = 0.0f;
    for (int mi : muscles) name_w = std::max(name_w, ImGui::CalcTextSize(m.muscles[mi].name.c_str()).x);
    name_w = std::min(name_w, ImGui::GetContentRegionAvail().x * 0.45f);
    for (int mi : muscles) {
      const float x0 = ImGui::GetCursorPosX();
      EllipsizedText(m.muscles[mi].name, name_w);
      ImGui::SameLine(x0 + name_w + 12.0f * px);
      // Three short bars, one per exercise kind.
      const ImVec2 a = ImGui::GetCursorScreenPos();
      const float seg = std::max((ImGui::GetContentRegionAvail().x - 8.0f * px) / 3.0f, 12.0f);
      const float h = 8.0f * px;
      ImDrawList* dl = ImGui::GetWindowDrawList();
      for (int k = 0; k < 3; ++k) {
        const float v = session::MuscleMastery(s.session, mi, model::kExerciseKinds[k]);
        const ImVec2 top(a.x + static_cast<float>(k) * (seg + 4.0f * px), a.y + (ImGui::GetTextLineHeight() - h) * 0.5f);
        dl->AddRectFilled(top, ImVec2(top.x + seg, top.y + h), ImGui::GetColorU32(ImGuiCol_FrameBg), h * 0.5f);
        if (v > 0.0f) dl->AddRectFilled(top, ImVec2(top.x + std::max(seg * v, h), top.y + h), PaletteFor(s.settings.theme).mastery, h * 0.5f);
      }
      ImGui::Dummy(ImVec2(3.0f * seg + 8.0f * px, ImGui::GetTextLineHeight()));
    }
    ImGui::TreePop();
  }
  ImGui::Spacing();
  if (WrappedButton("Reset learn progress...")) ImGui::OpenPopup("##reset_learn");
  if (ImGui::BeginPopup("##reset_learn")) {
    ImGui::TextUnformatted("Forget every review and start over?");
    if (ImGui::Button("Reset")) {
      l.Queue(learn_action::ResetProgress{});
      ImGui::CloseCurrentPopup();
    }
    SameLineOrWrap(ButtonWidth("Cancel"));
    if (ImGui::Button("Cancel")) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }
}

}  // namespace knotmap::ui
