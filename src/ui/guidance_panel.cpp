// Guidance: the plan in order. Red flags first and prominent ("stop and see a doctor"), then
// causes, release and stretch, pressure with a timer per step, and strengthening.
#include <imgui.h>

#include <cstdio>
#include <string>

#include "ui/views.hpp"

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

void DoseLine(const model::PlanStep& step) {
  if (step.method == model::DoseMethod::Hold && step.hold_seconds > 0) {
    ImGui::TextDisabled("Hold %d s, %d set%s%s%s", step.hold_seconds, SetsOf(step), SetsOf(step) == 1 ? "" : "s",
                        step.frequency.empty() ? "" : " - ", step.frequency.c_str());
  } else if (step.method == model::DoseMethod::Strokes && step.strokes > 0) {
    ImGui::TextDisabled("%d slow strokes, %d set%s%s%s", step.strokes, SetsOf(step), SetsOf(step) == 1 ? "" : "s",
                        step.frequency.empty() ? "" : " - ", step.frequency.c_str());
  }
}

void NextTimedStep(AppState& s, int after) {
  for (int i = after + 1; i < static_cast<int>(s.plan.steps.size()); ++i) {
    if (IsTimed(s.plan.steps[i])) {
      ResetTimer(s.timer, i);
      return;
    }
  }
  ResetTimer(s.timer, -1);
}

void TimerWidget(AppState& s, int i) {
  const model::PlanStep& step = s.plan.steps[i];
  StepTimer& t = s.timer;
  if (t.step != i) {
    if (ImGui::Button("Start timer")) {
      ResetTimer(t, i);
      t.running = step.method == model::DoseMethod::Hold;
      s.Log("event=timer_start step=" + std::to_string(i));
    }
    return;
  }
  char overlay[64];
  if (t.done) {
    std::snprintf(overlay, sizeof overlay, "done");
  } else if (step.method == model::DoseMethod::Hold) {
    std::snprintf(overlay, sizeof overlay, "%d / %d s", static_cast<int>(t.elapsed), step.hold_seconds);
  } else {
    std::snprintf(overlay, sizeof overlay, "%d / %d strokes", t.strokes, step.strokes);
  }
  if (s.scroll_to_timer) {
    ImGui::SetScrollHereY(0.3f);
    s.scroll_to_timer = false;
  }
  ImGui::PushStyleColor(ImGuiCol_PlotHistogram, PaletteFor(s.theme).accent);
  ImGui::ProgressBar(SetProgress(t, step), ImVec2(-1.0f, 0.0f), overlay);
  ImGui::PopStyleColor();
  ImGui::Text("Set %d of %d", std::min(t.set + 1, SetsOf(step)), SetsOf(step));
  ImGui::SameLine();
  if (!t.done) {
    if (step.method == model::DoseMethod::Hold) {
      if (ImGui::Button(t.running ? "Pause" : (t.elapsed > 0.0f ? "Resume" : "Start"))) t.running = !t.running;
    } else if (ImGui::Button("Count a stroke")) {
      CountStroke(t, step);
    }
    ImGui::SameLine();
  }
  if (ImGui::Button("Next")) {
    if (t.done || t.set + 1 >= SetsOf(step)) {
      NextTimedStep(s, i);
    } else {
      ++t.set;
      t.elapsed = 0.0f;
      t.strokes = 0;
      t.running = false;
    }
  }
  ImGui::SameLine();
  if (ImGui::Button("Reset")) ResetTimer(t, i);
}

void RedFlagStep(AppState& s, const model::PlanStep& step) {
  const Palette& pal = PaletteFor(s.theme);
  ImGui::PushStyleColor(ImGuiCol_Text, pal.danger);
  if (s.fonts.bold != nullptr) ImGui::PushFont(s.fonts.bold);
  Wrapped((step.urgent ? "Get help now: " : "See a doctor: ") + step.title);
  if (s.fonts.bold != nullptr) ImGui::PopFont();
  ImGui::PopStyleColor();
  for (const std::string& d : step.details) Wrapped(d);
}

}  // namespace

void DrawGuidancePanel(AppState& s) {
  if (s.plan.steps.empty()) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted("Mark where it hurts to get a plan: what to check first, what to change, "
                           "what to release and stretch, where to press and how long.");
    ImGui::PopTextWrapPos();
    return;
  }
  const Palette& pal = PaletteFor(s.theme);
  const float px = s.Scale();
  // Red flags first, in a tinted frame so they cannot be missed (background drawn behind the
  // group through a draw-list channel split).
  bool any_flag = false;
  for (const model::PlanStep& step : s.plan.steps) any_flag |= step.kind == model::StepKind::RedFlag;
  if (any_flag) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    const ImVec2 pad(8.0f * px, 6.0f * px);
    ImGui::SetCursorPos(ImVec2(ImGui::GetCursorPosX() + pad.x, ImGui::GetCursorPosY() + pad.y));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetContentRegionMax().x - pad.x);
    if (s.fonts.bold != nullptr) ImGui::PushFont(s.fonts.bold);
    ImGui::TextUnformatted(KindHeading(model::StepKind::RedFlag));
    if (s.fonts.bold != nullptr) ImGui::PopFont();
    for (const model::PlanStep& step : s.plan.steps) {
      if (step.kind == model::StepKind::RedFlag) RedFlagStep(s, step);
    }
    ImGui::TextDisabled("Knotmap informs; it does not diagnose.");
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    const ImVec2 a(ImGui::GetItemRectMin().x - pad.x, ImGui::GetItemRectMin().y - pad.y);
    const ImVec2 b(ImGui::GetWindowPos().x + ImGui::GetContentRegionMax().x, ImGui::GetItemRectMax().y + pad.y);
    dl->ChannelsSetCurrent(0);
    ImVec4 bg = pal.danger;
    bg.w = 0.10f;
    dl->AddRectFilled(a, b, ImGui::ColorConvertFloat4ToU32(bg), 4.0f * px);
    dl->AddRect(a, b, ImGui::ColorConvertFloat4ToU32(pal.danger), 4.0f * px, 0, 1.5f * px);
    dl->ChannelsMerge();
    ImGui::Dummy(ImVec2(0.0f, pad.y));
  }
  bool first = true;
  bool first_in_section = true;
  model::StepKind last = model::StepKind::RedFlag;
  for (int i = 0; i < static_cast<int>(s.plan.steps.size()); ++i) {
    const model::PlanStep& step = s.plan.steps[i];
    if (step.kind == model::StepKind::RedFlag) continue;
    if (first || step.kind != last) {
      ImGui::Spacing();
      if (s.fonts.bold != nullptr) ImGui::PushFont(s.fonts.bold);
      ImGui::TextUnformatted(KindHeading(step.kind));
      if (s.fonts.bold != nullptr) ImGui::PopFont();
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
    if (s.fonts.bold != nullptr) ImGui::PushFont(s.fonts.bold);
    Wrapped(step.title);
    if (s.fonts.bold != nullptr) ImGui::PopFont();
    ImGui::Indent();
    for (const std::string& d : step.details) Wrapped(d);
    DoseLine(step);
    for (const std::string& c : step.cautions) {
      ImGui::PushStyleColor(ImGuiCol_Text, pal.warning);
      Wrapped("Caution: " + c);
      ImGui::PopStyleColor();
    }
    if (IsTimed(step)) TimerWidget(s, i);
    if (step.instance >= 0) {
      // The trigger point this step presses, when it is one of the candidates.
      for (int c = 0; c < static_cast<int>(s.findings.candidates.size()); ++c) {
        if (s.findings.candidates[c].instance != step.instance) continue;
        if (ImGui::SmallButton("Show on map")) s.Queue(action::SelectCandidate{c});
        if (ImGui::IsItemHovered()) s.hover_next.candidate = c;
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
