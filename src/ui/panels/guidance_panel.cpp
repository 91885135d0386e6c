// Guidance: the plan as a short ordered list. Red flags first and prominent ("stop and see a
// doctor"), then one line per step with its dose, the details on expand, each muscle's cautions
// once, a timer per timed step (with the breathing pacer for the relaxation step) and the way
// into the guided ball session.
#include <imgui.h>

#include <algorithm>
#include <string>

#include "ui/core/widgets.hpp"
#include "ui/panels/guided_views.hpp"
#include "ui/panels/panels.hpp"

namespace knotmap::ui {
namespace {

const char* KindHeading(model::StepKind k) {
  switch (k) {
    case model::StepKind::RedFlag: return "Stop and see a doctor first if...";
    case model::StepKind::Cause: return "Find and change the cause";
    case model::StepKind::Relax: return "Let go of the stress";
    case model::StepKind::Release: return "Release and stretch the short front muscles";
    case model::StepKind::OpenFront: return "Open the front";
    case model::StepKind::Pressure: return "Press the knots";
    case model::StepKind::Strengthen: return "Strengthen, once the pain settles";
  }
  return "";
}

void Wrapped(const std::string& text) {
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
}

// The timer of a step with a timed dose (the dose itself is on the step's line, said once).
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
  if (step.kind == model::StepKind::Relax) DrawBreathingPacer(s, t);
  const int sets = session::SetsOf(step);
  const Palette& pal = PaletteFor(s.settings.theme);
  ImGui::PushStyleColor(ImGuiCol_PlotHistogram, session::CueBright(t) ? pal.warning : pal.accent);
  ImGui::ProgressBar(session::SetProgress(t, step), ImVec2(-1.0f, 0.0f), session::TimerOverlayText(t, step).c_str());
  ImGui::PopStyleColor();
  if (t.resting >= 0.0f) {
    ImGui::Text("Rest: the next set starts in %d s", static_cast<int>(session::kAutoRestSeconds - t.resting + 0.99f));
  } else if (sets > 1) {
    ImGui::Text("Set %d of %d", std::min(t.set + 1, sets), sets);
  }
  // The buttons continue the line while they fit, else wrap to the next.
  const float indent = ImGui::GetCursorPosX();
  bool first = t.resting < 0.0f && sets <= 1;
  auto button = [&](const char* label) {
    if (!first) SameLineOrWrap(ButtonWidth(label), -1.0f, indent);
    first = false;
    return ImGui::Button(label);
  };
  if (!t.done) {
    if (step.method == model::DoseMethod::Hold) {
      const char* label = t.resting >= 0.0f ? "Start now" : t.running ? "Pause" : (t.elapsed > 0.0f ? "Resume" : "Start");
      if (button(label)) s.Queue(action::ToggleTimer{});
    } else if (button("Count a stroke")) {
      s.Queue(action::CountStroke{});
    }
  }
  if (button("Next")) s.Queue(action::NextSet{});
  if (button("Reset")) s.Queue(action::ResetTimer{});
  if (sets > 1 && step.method == model::DoseMethod::Hold) {
    bool auto_next = t.auto_next;
    if (WrappedCheckbox("auto_next", "Start the next set by itself", &auto_next)) s.Queue(action::SetTimerAutoNext{auto_next});
  }
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

void RedFlags(AppState& s) {
  const auto& steps = s.session.plan.steps;
  if (std::none_of(steps.begin(), steps.end(), [](const model::PlanStep& p) { return p.kind == model::StepKind::RedFlag; })) {
    return;
  }
  AlertFrame(s, PaletteFor(s.settings.theme).danger, [&] {
    BoldText(s, KindHeading(model::StepKind::RedFlag));
    for (const model::PlanStep& step : steps) {
      if (step.kind == model::StepKind::RedFlag) RedFlagStep(s, step);
    }
    ImGui::TextDisabled("Knotmap informs; it does not diagnose.");
  });
}

// The step's cautions on one line, so each muscle's are read once and stay in sight.
void Cautions(AppState& s, const model::PlanStep& step) {
  if (step.cautions.empty()) return;
  std::string line = "Careful: ";
  for (std::size_t k = 0; k < step.cautions.size(); ++k) line += (k ? " " : "") + step.cautions[k];
  ImGui::PushStyleColor(ImGuiCol_Text, PaletteFor(s.settings.theme).warning);
  Wrapped(line);
  ImGui::PopStyleColor();
}

// Links from a step to the map and to its muscle's page.
void StepLinks(AppState& s, const model::PlanStep& step) {
  if (step.instance >= 0) {
    for (int c = 0; c < static_cast<int>(s.session.findings.candidates.size()); ++c) {
      if (s.session.findings.candidates[c].instance != step.instance) continue;
      if (ImGui::SmallButton("Show on map")) s.Queue(action::SelectCandidate{c});
      if (ImGui::IsItemHovered()) s.ui.hover_next.candidate = c;
      SameLineOrWrap(ButtonWidth("Muscle page"));
      break;
    }
  }
  if (step.muscle >= 0 && ImGui::SmallButton("Muscle page")) s.Queue(action::OpenMuscle{step.muscle});
}

// One step: a line with the title and the dose that opens onto the details.
void Step(AppState& s, int i) {
  const model::PlanStep& step = s.session.plan.steps[i];
  ImGui::PushID(i);
  // Folded until clicked, also while ImGui logs the frame (copy, tests): the log shows what is seen.
  const bool open = WrappedTreeNode("##step", step.dose.empty() ? step.title : step.title + "  -  " + step.dose,
                                    ImGuiTreeNodeFlags_NoTreePushOnOpen | ImGuiTreeNodeFlags_NoAutoOpenOnLog);
  ImGui::Indent();
  if (open) {
    for (const std::string& d : step.details) Wrapped(d);
    StepLinks(s, step);
  }
  Cautions(s, step);
  if (session::IsTimed(step)) TimerWidget(s, i);
  ImGui::Unindent();
  ImGui::PopID();
}

}  // namespace

void DrawGuidancePanel(AppState& s) {
  if (s.session.ball.active) {
    DrawBallSession(s);
    return;
  }
  if (s.session.plan.steps.empty()) {
    Wrapped("Mark where it hurts to get a plan: what to check first, what to change, what to release "
            "and stretch, where to press and how long.");
    return;
  }
  // New marks, new plan: start at its top, where the red flags are.
  if (s.ui.guidance_version != s.session.findings_version) {
    ImGui::SetScrollY(0.0f);
    s.ui.guidance_version = s.session.findings_version;
  }
  RedFlags(s);
  DrawBallSessionLauncher(s);
  int number = 0;
  model::StepKind last = model::StepKind::RedFlag;
  for (int i = 0; i < static_cast<int>(s.session.plan.steps.size()); ++i) {
    const model::PlanStep& step = s.session.plan.steps[i];
    if (step.kind == model::StepKind::RedFlag) continue;
    if (number == 0 || step.kind != last) {
      ImGui::Spacing();
      const std::string heading = std::to_string(++number) + ". " + KindHeading(step.kind);
      SectionTitle(s, heading.c_str(), true);
      last = step.kind;
    }
    Step(s, i);
  }
}

}  // namespace knotmap::ui
