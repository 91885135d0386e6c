// The Learn tab: an "About knots" explainer, the exercise picker and region filter, and the
// current exercise's answer area (four choices or a typed name, brush tools, Check, Next) with
// feedback and the next review date. The map side is learn_canvas.cpp.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

#include "ui/learn/learn_views.hpp"
#include "session/muscle_search.hpp"
#include "ui/core/widgets.hpp"

namespace knotmap::ui {
namespace {

struct ModeButton {
  LearnMode mode;
  const char* label;
  const char* tip;
};
constexpr ModeButton kModes[] = {
    {LearnMode::WhichMuscle, "Which muscle?", "See a referral pattern, name the muscle."},
    {LearnMode::WhereRefer, "Where does it refer?", "See a trigger point, paint where its pain goes."},
    {LearnMode::WhereTrigger, "Where is the X?", "See a pain pattern, click its trigger point."},
    {LearnMode::Progress, "Progress", "Mastery per region and muscle, and what is due today."},
};

void Bold(const AppState& s, const char* text) { BoldText(s, text); }

void Wrapped(const char* text) {
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text);
  ImGui::PopTextWrapPos();
}

// A full-width button that records its centre for tests.
bool WideButton(const char* label, float height, std::optional<ImVec2>* centre = nullptr) {
  const bool pressed = WrappedButton(label, ImVec2(-1.0f, height));
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  if (centre != nullptr) *centre = ImVec2((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f);
  return pressed;
}

void DrawModePicker(AppState& s) {
  session::LearnSession& l = s.session.learn;
  // Two by two when every label fits half the row, else one under the other (wrapped if need be).
  const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
  bool two = true;
  for (const ModeButton& m : kModes) two &= ButtonWidth(m.label) <= half;
  for (int i = 0; i < 4; ++i) {
    const ModeButton& m = kModes[i];
    const bool on = l.active && l.mode == m.mode;
    if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    if (WrappedButton(m.label, ImVec2(two ? half : -1.0f, 0.0f))) l.Queue(learn_action::Start{m.mode});
    if (on) ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", m.tip);
    if (two && i % 2 == 0) ImGui::SameLine();
  }
  // Region filter.
  const model::Model& m = *s.session.model;
  const model::Region* current = m.FindRegion(l.region);
  const std::string label = current != nullptr ? current->name : "All regions (mixed)";
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Region");
  // The box beside its label while it keeps room for a name, else under it; a long name is cut
  // with "..." (whole on hover and in the open list).
  SameLineOrWrap(ImGui::GetFontSize() * 8.0f);
  ImGui::SetNextItemWidth(-1.0f);
  const std::string preview =
      Ellipsize(label, ImGui::CalcItemWidth() - ImGui::GetFrameHeight() - 2.0f * ImGui::GetStyle().FramePadding.x);
  const bool combo = ImGui::BeginCombo("##learn_region", preview.c_str());
  if (!combo && preview != label && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", label.c_str());
  if (combo) {
    if (ImGui::Selectable("All regions (mixed)", current == nullptr)) l.Queue(learn_action::SetRegion{-1});
    for (std::size_t ri = 0; ri < m.regions.size(); ++ri) {
      const model::Region& r = m.regions[ri];
      const std::size_t n = model::LearnableMuscles(m, r.id).size();
      if (n == 0) continue;
      char text[160];
      std::snprintf(text, sizeof text, "%s  (%zu)", r.name.c_str(), n);
      if (ImGui::Selectable(text, current == &r)) l.Queue(learn_action::SetRegion{static_cast<int>(ri)});
    }
    ImGui::EndCombo();
  }
}

void DrawSessionLine(AppState& s) {
  const session::LearnSession& l = s.session.learn;
  const int streak = session::LearnStreak(s.session);
  const std::size_t due = s.session.learn.due.size();
  ImGui::TextDisabled("Today %d/%d right  |  %zu due  |  streak %d day%s", l.correct_count, l.answered_count, due,
                      streak, streak == 1 ? "" : "s");
}

void DrawSchedule(AppState& s) {
  const model::Card& c = s.session.learn.result.card;
  if (c.interval <= 0) {
    ImGui::TextDisabled("It will come back in a few minutes, after some others.");
  } else {
    ImGui::TextDisabled("Next review in %d day%s.", c.interval, c.interval == 1 ? "" : "s");
  }
  if (!s.session.learn.result.saved) ImGui::TextColored(PaletteFor(s.settings.theme).warning, "Not saved: %s", s.session.learn.recorder ? s.session.learn.recorder->LastError().c_str() : "");
}

void Verdict(AppState& s, bool good, const char* text) {
  const Palette& pal = PaletteFor(s.settings.theme);
  ImGui::PushStyleColor(ImGuiCol_Text, good ? ImGui::ColorConvertU32ToFloat4(pal.mastery) : pal.danger);
  Bold(s, text);
  ImGui::PopStyleColor();
}

// After a wrong "Which muscle?": where the picked muscle lies and what it refers, beside the one
// shown (the map outlines the pick dashed in the learner's colour).
void PickedVersusShown(const AppState& s, int picked, int shown) {
  const model::Model& m = *s.session.model;
  const auto line = [&](const char* who, int muscle) {
    const model::Muscle& mu = m.muscles[muscle];
    const std::string refers = mu.symptoms.empty() ? std::string() : ": " + mu.symptoms.front();
    ImGui::Bullet();
    ImGui::TextWrapped("%s %s (%s)%s", who, mu.name.c_str(), std::string(session::RegionName(m, mu)).c_str(),
                       refers.c_str());
  };
  ImGui::TextDisabled("How they differ (your pick is dashed on the map):");
  line("You picked", picked);
  line("Shown:", shown);
}

void DrawWhichMuscle(AppState& s) {
  session::LearnSession& l = s.session.learn;
  LearnUi& lu = s.ui.learn;
  const model::Model& m = *s.session.model;
  const model::Exercise& ex = *l.exercise;
  const float h = ImGui::GetFrameHeight() * 1.5f;
  lu.targets.choices.clear();
  ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
  for (std::size_t i = 0; i < ex.choices.size(); ++i) {
    const int mi = ex.choices[i];
    const bool right = mi == ex.muscle;
    const bool picked = l.answered && l.result.chosen_muscle == mi;
    int colours = 0;
    if (l.answered && (right || picked)) {
      const ImVec4 c = right ? ImVec4(0.20f, 0.62f, 0.35f, 1.0f) : ImVec4(0.80f, 0.25f, 0.22f, 1.0f);
      ImGui::PushStyleColor(ImGuiCol_Button, c);
      ImGui::PushStyleColor(ImGuiCol_ButtonHovered, c);
      ImGui::PushStyleColor(ImGuiCol_ButtonActive, c);
      ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
      colours = 4;
    }
    char label[160];
    std::snprintf(label, sizeof label, "  %zu.  %s##choice%zu", i + 1, m.muscles[mi].name.c_str(), i);
    std::optional<ImVec2> centre;
    if (WideButton(label, h, &centre) && !l.answered) l.Queue(learn_action::Choose{mi, false});
    lu.targets.choices.push_back(*centre);
    if (colours > 0) ImGui::PopStyleColor(colours);
  }
  ImGui::PopStyleVar();
  if (!l.answered) {
    ImGui::Spacing();
    ImGui::SetNextItemWidth(-1.0f);
    const bool enter = InputTextWithFittedHint("##learn_typed", "...or type the muscle's name", &lu.typed,
                                               ImGuiInputTextFlags_EnterReturnsTrue);
    lu.targets.typed = ImVec2((ImGui::GetItemRectMin().x + ImGui::GetItemRectMax().x) * 0.5f,
                             (ImGui::GetItemRectMin().y + ImGui::GetItemRectMax().y) * 0.5f);
    if (!lu.typed.empty()) {
      const auto hits = session::SearchMuscles(m, lu.typed, session::SearchScope::Names);
      if (enter && !hits.empty()) l.Queue(learn_action::Choose{hits.front().muscle, true});
      for (std::size_t i = 0; i < hits.size() && i < 5; ++i) {
        const int mi = hits[i].muscle;
        ImGui::PushID(mi);
        if (EllipsizedSelectable(m.muscles[mi].name, "hit")) l.Queue(learn_action::Choose{mi, true});
        ImGui::PopID();
      }
      if (hits.empty()) ImGui::TextDisabled("No muscle matches.");
    }
    ImGui::Spacing();
    if (!l.hint_shown && WrappedButton("Show the trigger point (hint)")) l.Queue(learn_action::ShowHint{});
    if (l.hint_shown) ImGui::TextDisabled("Hint used: a right answer now counts as a pass, not a perfect recall.");
    return;
  }
  ImGui::Spacing();
  const std::string name = m.muscles[ex.muscle].name;
  if (l.result.chosen_muscle == ex.muscle) {
    Verdict(s, true, ("Correct: " + name + ".").c_str());
  } else {
    Verdict(s, false, ("Not quite: this is the " + name + ".").c_str());
    if (l.result.chosen_muscle >= 0) PickedVersusShown(s, l.result.chosen_muscle, ex.muscle);
  }
}

void Percent(const char* label, float v) {
  char overlay[64];
  std::snprintf(overlay, sizeof overlay, "%s  %.0f%%", label, static_cast<double>(v * 100.0f));
  ImGui::ProgressBar(std::clamp(v, 0.0f, 1.0f), ImVec2(-1.0f, 0.0f), overlay);
}

void DrawWhereRefer(AppState& s) {
  session::LearnSession& l = s.session.learn;
  LearnUi& lu = s.ui.learn;
  if (!l.answered) {
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.5f);
    ImGui::SliderFloat("Brush size", &lu.brush_radius, 10.0f, 60.0f, "%.0f");
    ImGui::BeginDisabled(l.painting.empty());
    if (ImGui::Button("Undo stroke")) l.Queue(learn_action::UndoPainting{});
    SameLineOrWrap(ButtonWidth("Clear"));
    if (ImGui::Button("Clear")) l.Queue(learn_action::ClearPainting{});
    ImGui::Spacing();
    std::optional<ImVec2> centre;
    if (WideButton("Check", ImGui::GetFrameHeight() * 1.5f, &centre)) l.Queue(learn_action::Check{});
    lu.targets.check = centre;
    ImGui::EndDisabled();
    if (l.painting.empty()) ImGui::TextDisabled("Drag on the map to paint. Right-drag pans, the wheel zooms.");
    return;
  }
  const model::PaintScore& p = l.result.paint;
  Verdict(s, l.result.correct, l.result.grade >= 5 ? "Excellent match." : l.result.correct ? "Good: the main zone is there."
                                                                                            : "Not yet: compare with the red pattern.");
  Percent("Overlap (spillover counts half)", p.iou);
  Percent("Main zone covered", p.essential_hit);
  Percent("Painted outside the pattern", p.painted_outside);
}

void DrawWhereTrigger(AppState& s) {
  session::LearnSession& l = s.session.learn;
  LearnUi& lu = s.ui.learn;
  if (!l.answered) {
    ImGui::BeginDisabled(!l.guess.has_value());
    std::optional<ImVec2> centre;
    if (WideButton("Check", ImGui::GetFrameHeight() * 1.5f, &centre)) l.Queue(learn_action::Check{});
    lu.targets.check = centre;
    ImGui::EndDisabled();
    ImGui::TextDisabled(l.guess ? "Click again to move your guess." : "Click on the map where the X should be.");
    return;
  }
  const model::ClickScore& c = l.result.click;
  char text[160];
  if (c.distance < 0.0f) {
    std::snprintf(text, sizeof text, "Other side of the body: this X is on the %s view.",
                  s.session.model->instances[l.exercise->instance].view == model::View::Front ? "front" : "back");
  } else {
    const float cm = model::AtlasUnitsToCm(*s.session.model, l.guess->first, c.distance);
    std::snprintf(text, sizeof text, "%s %.0f cm from the trigger point.", c.score >= 0.85f ? "Spot on:" : l.result.correct ? "Close:" : "Off by about",
                  static_cast<double>(cm));
  }
  Verdict(s, l.result.correct, text);
  Percent("Score", c.score);
}

void DrawExercise(AppState& s) {
  session::LearnSession& l = s.session.learn;
  LearnUi& lu = s.ui.learn;
  lu.targets = {};
  if (!l.exercise) {
    Wrapped("No muscle in this region has a referral pattern to practise. Pick another region.");
    return;
  }
  const model::Model& m = *s.session.model;
  const model::Exercise& ex = *l.exercise;
  if (l.exercise_new && !l.answered) ImGui::TextColored(PaletteFor(s.settings.theme).accent, "New item");
  switch (ex.kind) {
    case model::ExerciseKind::WhichMuscle: DrawWhichMuscle(s); break;
    case model::ExerciseKind::WhereRefer: DrawWhereRefer(s); break;
    case model::ExerciseKind::WhereTrigger: DrawWhereTrigger(s); break;
  }
  if (!l.answered) return;
  // What to remember: where the trigger point is, in words.
  const model::TriggerPointInstance& inst = m.instances[ex.instance];
  const model::TriggerPoint& tp = m.muscles[ex.muscle].trigger_points[inst.trigger_point];
  ImGui::Spacing();
  if (!tp.location.empty()) {
    ImGui::TextDisabled("Where to find it");
    Wrapped(tp.location.c_str());
  }
  DrawSchedule(s);
  ImGui::Spacing();
  std::optional<ImVec2> centre;
  if (WideButton("Next", ImGui::GetFrameHeight() * 1.5f, &centre)) l.Queue(learn_action::Next{});
  lu.targets.next = centre;
}

}  // namespace

void DrawLearnView(AppState& s) {
  session::LearnSession& l = s.session.learn;
  if (EllipsizedCollapsingHeader("About knots and referred pain", "about_knots", l.active ? 0 : ImGuiTreeNodeFlags_DefaultOpen)) {
    ImGui::Indent();
    DrawLearnPanel(s);
    ImGui::Unindent();
  }
  if (!s.session.model) return;
  ImGui::Spacing();
  Bold(s, "Practise the patterns on the map");
  DrawModePicker(s);
  for (const std::string& msg : l.store_messages) {
    ImGui::PushStyleColor(ImGuiCol_Text, PaletteFor(s.settings.theme).warning);
    Wrapped(msg.c_str());
    ImGui::PopStyleColor();
  }
  if (!l.active) {
    ImGui::Spacing();
    Wrapped("Pick an exercise above. Items you miss come back sooner; the ones you know wait longer.");
    return;
  }
  if (l.mode != LearnMode::Progress) DrawSessionLine(s);
  ImGui::Separator();
  ImGui::Spacing();
  if (l.mode == LearnMode::Progress) {
    DrawLearnProgress(s);
  } else {
    DrawExercise(s);
  }
  ImGui::Spacing();
  if (WrappedButton("Back to the body map")) l.Queue(learn_action::Stop{});
}

}  // namespace knotmap::ui
