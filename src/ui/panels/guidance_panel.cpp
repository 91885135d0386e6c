// Guidance: the plan in order. Red flags first and prominent ("stop and see a doctor"), then
// causes, release and stretch, pressure with a timer per step, and strengthening.
#include <imgui.h>

#include <algorithm>
#include <string>

#include "ui/core/widgets.hpp"
#include "ui/panels/panels.hpp"

namespace knotmap::ui {
namespace {

const char* KindHeading(model::StepKind k) {
  switch (k) {
    case model::StepKind::RedFlag: return "Stop and see a doctor first if...";
    case model::StepKind::Cause: return "1. Find and change the cause";
    case model::StepKind::Release: return "2. Release and stretch the pulling muscles";
    case model::StepKind::Pressure: return "3. Press the knots";
    case model::StepKind::Strengthen: return "4. Strengthen, once the pain settles";
  }
  return "";
}

void Wrapped(const std::string& text) {
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
}

// The timer of a step with a timed dose. The dose itself is in the step's details (said once).
void TimerWidget(AppState& s, int i) {
  const model::PlanStep& step = s.session.plan.steps[i];
  const session::StepTimer& t = s.session.timer;
  if (t.step != i) {
    if (ImGui::Button("Start timer")) s.Queue(action::StartTimer{i});
    return;
  }
  if (s.ui.scroll_to_timer) {
    ImGui::SetScrollHereY(0.3f);
    s.ui.scroll_to_timer = false;
  }
  const int sets = session::SetsOf(step);
  ImGui::PushStyleColor(ImGuiCol_PlotHistogram, PaletteFor(s.settings.theme).accent);
  ImGui::ProgressBar(session::SetProgress(t, step), ImVec2(-1.0f, 0.0f), session::TimerOverlayText(t, step).c_str());
  ImGui::PopStyleColor();
  ImGui::Text("Set %d of %d", std::min(t.set + 1, sets), sets);
  ImGui::SameLine();
  if (!t.done) {
    if (step.method == model::DoseMethod::Hold) {
      if (ImGui::Button(t.running ? "Pause" : (t.elapsed > 0.0f ? "Resume" : "Start"))) s.Queue(action::ToggleTimer{});
    } else if (ImGui::Button("Count a stroke")) {
      s.Queue(action::CountStroke{});
    }
    ImGui::SameLine();
  }
  if (ImGui::Button("Next")) s.Queue(action::NextSet{});
  ImGui::SameLine();
  if (ImGui::Button("Reset")) s.Queue(action::ResetTimer{});
}

void RedFlagStep(AppState& s, const model::PlanStep& step) {
  const Palette& pal = PaletteFor(s.settings.theme);
  ImGui::PushStyleColor(ImGuiCol_Text, pal.danger);
  if (s.render.fonts.bold != nullptr) ImGui::PushFont(s.render.fonts.bold);
  Wrapped((step.urgent ? "Get help now: " : "See a doctor: ") + step.title);
  if (s.render.fonts.bold != nullptr) ImGui::PopFont();
  ImGui::PopStyleColor();
  for (const std::string& d : step.details) Wrapped(d);
}

}  // namespace

void DrawGuidancePanel(AppState& s) {
  if (s.session.plan.steps.empty()) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted("Mark where it hurts to get a plan: what to check first, what to change, "
                           "what to release and stretch, where to press and how long.");
    ImGui::PopTextWrapPos();
    return;
  }
  const Palette& pal = PaletteFor(s.settings.theme);
  // New marks, new plan: start at its top, where the red flags are.
  if (s.ui.guidance_version != s.session.findings_version) {
    ImGui::SetScrollY(0.0f);
    s.ui.guidance_version = s.session.findings_version;
  }
  // Red flags first, in a tinted frame so they cannot be missed (background drawn behind the
  // group through a draw-list channel split).
  bool any_flag = false;
  for (const model::PlanStep& step : s.session.plan.steps) any_flag |= step.kind == model::StepKind::RedFlag;
  if (any_flag) {
    AlertFrame(s, pal.danger, [&] {
      BoldText(s, KindHeading(model::StepKind::RedFlag));
      for (const model::PlanStep& step : s.session.plan.steps) {
        if (step.kind == model::StepKind::RedFlag) RedFlagStep(s, step);
      }
      ImGui::TextDisabled("Knotmap informs; it does not diagnose.");
    });
  }
  bool first = true;
  bool first_in_section = true;
  model::StepKind last = model::StepKind::RedFlag;
  for (int i = 0; i < static_cast<int>(s.session.plan.steps.size()); ++i) {
    const model::PlanStep& step = s.session.plan.steps[i];
    if (step.kind == model::StepKind::RedFlag) continue;
    if (first || step.kind != last) {
      ImGui::Spacing();
      if (s.render.fonts.bold != nullptr) ImGui::PushFont(s.render.fonts.bold);
      ImGui::TextUnformatted(KindHeading(step.kind));
      if (s.render.fonts.bold != nullptr) ImGui::PopFont();
      ImGui::Separator();
      first = false;
      first_in_section = true;
      last = step.kind;
    }
    ImGui::PushID(i);
    if (!first_in_section) ImGui::Spacing();
    first_in_section = false;
    ImGui::Bullet();
    ImGui::SameLine();
    if (s.render.fonts.bold != nullptr) ImGui::PushFont(s.render.fonts.bold);
    Wrapped(step.title);
    if (s.render.fonts.bold != nullptr) ImGui::PopFont();
    ImGui::Indent();
    for (const std::string& d : step.details) Wrapped(d);
    for (const std::string& c : step.cautions) {
      ImGui::PushStyleColor(ImGuiCol_Text, pal.warning);
      Wrapped("Caution: " + c);
      ImGui::PopStyleColor();
    }
    if (session::IsTimed(step)) TimerWidget(s, i);
    if (step.instance >= 0) {
      // The trigger point this step presses, when it is one of the candidates.
      for (int c = 0; c < static_cast<int>(s.session.findings.candidates.size()); ++c) {
        if (s.session.findings.candidates[c].instance != step.instance) continue;
        if (ImGui::SmallButton("Show on map")) s.Queue(action::SelectCandidate{c});
        if (ImGui::IsItemHovered()) s.ui.hover_next.candidate = c;
        ImGui::SameLine();
        break;
      }
    }
    if (step.muscle >= 0 && ImGui::SmallButton("Muscle page")) s.Queue(action::OpenMuscle{step.muscle});
    ImGui::Unindent();
    ImGui::PopID();
  }
}

}  // namespace knotmap::ui
