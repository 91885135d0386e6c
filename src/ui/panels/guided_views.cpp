// The breathing pacer, the timer in the status line, the body-wide causes checklist and the
// method lines of a muscle page.
#include "ui/panels/guided_views.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "ui/core/widgets.hpp"

namespace knotmap::ui {
namespace {

const char* WayText(model::BallWay way) {
  switch (way) {
    case model::BallWay::Floor: return "lie on a ball on the floor; a long rest of a few minutes suits it";
    case model::BallWay::Wall: return "lean into a ball against a wall; a long rest of a few minutes suits it";
    case model::BallWay::Short: return "short holds only (its own self-treatment below), no long rest on a ball";
  }
  return "";
}

}  // namespace

void DrawBreathingPacer(AppState& s, const session::StepTimer& timer) {
  const model::Relaxation& r = s.session.model->method.relaxation;
  const model::BreathPhase phase = model::BreathAt(r, timer.elapsed);
  const float size = std::min(ImGui::GetContentRegionAvail().x, 11.0f * ImGui::GetFontSize());
  const ImVec2 top_left = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(ImGui::GetContentRegionAvail().x, size));
  const ImVec2 centre(top_left.x + ImGui::GetContentRegionAvail().x * 0.5f, top_left.y + size * 0.5f);
  const float max_r = size * 0.46f;
  const Palette& pal = PaletteFor(s.settings.theme);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec4 fill = pal.accent;
  fill.w = 0.25f;
  dl->AddCircle(centre, max_r, ImGui::GetColorU32(pal.text_faint), 64, 1.5f);
  dl->AddCircle(centre, max_r * 0.4f, ImGui::GetColorU32(pal.text_faint), 48, 1.0f);
  const float radius = max_r * model::PacerScale(phase);
  dl->AddCircleFilled(centre, radius, ImGui::GetColorU32(fill), 64);
  dl->AddCircle(centre, radius, ImGui::GetColorU32(pal.accent), 64, 2.5f);
  // The cue under the circle, centred, as a text item (read by screen readers' logs and tests).
  const char* cue = phase.inhale ? "Breathe in" : "Breathe out, let go";
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max((ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(cue).x) * 0.5f, 0.0f));
  ImGui::TextUnformatted(cue);
}

bool EndCueBright(const AppState& s) {
  const session::Session& ss = s.session;
  if (ss.ball.active) {
    const double now = ss.clock->Seconds();
    return session::StopDue(ss.ball, now) && static_cast<int>(now * 2.0) % 2 == 0;
  }
  return session::CueBright(ss.timer);
}

void DrawEndCue(AppState& s) {
  if (!s.session.model || !EndCueBright(s)) return;
  const ImVec2 min = ImGui::GetWindowPos();
  const ImVec2 max(min.x + ImGui::GetWindowWidth(), min.y + ImGui::GetWindowHeight());
  ImVec4 c = PaletteFor(s.settings.theme).warning;
  c.w = 0.45f;
  ImGui::GetWindowDrawList()->AddRectFilled(min, max, ImGui::GetColorU32(c));
}

bool DrawTimerStatus(AppState& s) {
  const session::Session& ss = s.session;
  std::string line;
  if (ss.ball.active && !ss.ball.finished) {
    const double now = ss.clock->Seconds();
    const bool due = session::StopDue(ss.ball, now);
    line = "Ball session: spot " + std::to_string(ss.ball.current + 1) + " of " + std::to_string(ss.ball.stops.size()) +
           ", " + (due ? std::string("move to the next spot") : ClockText(session::StopRemaining(ss.ball, now)) + " left");
  } else if (ss.timer.step >= 0 && ss.timer.step < static_cast<int>(ss.plan.steps.size())) {
    const model::PlanStep& step = ss.plan.steps[ss.timer.step];
    const session::StepTimer& t = ss.timer;
    const std::string state = t.done ? "done" : t.resting >= 0.0f ? "resting" : t.running ? "running" : "paused";
    line = "Timer (" + state + "): " + step.title + "  " + session::TimerOverlayText(t, step);
    if (session::SetsOf(step) > 1 && !t.done) {
      line += ", set " + std::to_string(t.set + 1) + " of " + std::to_string(session::SetsOf(step));
    }
  } else {
    return false;
  }
  // Clicking the line brings the Guidance tab (and the timer) back into view.
  // One line in the status bar: cut with "..." when it does not fit, whole on hover.
  const std::string shown = Ellipsize(line, ImGui::GetContentRegionAvail().x);
  if (ImGui::Selectable((shown + "##timer_status").c_str(), false, 0, ImVec2(ImGui::CalcTextSize(shown.c_str()).x, 0.0f))) {
    s.Queue(action::ShowPanel{Panel::Guidance});
    s.ui.scroll_to_timer = true;
  }
  if (shown.size() != line.size() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", line.c_str());
  return true;
}

void DrawBodyCausesSection(AppState& s) {
  const model::Model& m = *s.session.model;
  if (m.causes.list.empty()) return;
  SectionTitle(s, "Body-wide causes", true);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("What acts on every muscle. The plan lists them all when your marks are in %d or more "
                      "body regions; tick one to keep it in the plan.",
                      m.causes.min_regions);
  ImGui::PopTextWrapPos();
  for (const model::BodyCause& c : m.causes.list) {
    ImGui::PushID(c.id.c_str());
    bool on = std::find(s.session.causes.begin(), s.session.causes.end(), c.id) != s.session.causes.end();
    if (WrappedCheckbox("cause", c.label, &on)) s.Queue(action::SetCause{c.id, on});
    if (ImGui::IsItemHovered()) {
      ImGui::BeginTooltip();
      ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
      ImGui::TextUnformatted(c.cause.c_str());
      ImGui::PopTextWrapPos();
      ImGui::EndTooltip();
    }
    ImGui::PopID();
  }
}

void DrawMuscleMethodSection(AppState& s, int muscle) {
  const model::Model& m = *s.session.model;
  const model::Muscle& mu = m.muscles[muscle];
  SectionTitle(s, "With a ball", false);
  WrappedText(std::string("This muscle: ") + WayText(model::WayFor(m.method.ball, mu)) + ".");
  if (const model::NoFloorPlace* p = model::NoFloorPlaceOf(m.method.ball, mu.id)) {
    ImGui::PushStyleColor(ImGuiCol_Text, PaletteFor(s.settings.theme).warning);
    WrappedText("Never a ball on the floor at " + p->place + ": " + p->why + ".");
    ImGui::PopStyleColor();
  }
  if (m.causes.list.empty()) return;
  ImGui::PushID("body_causes");
  if (EllipsizedTreeNode("Body-wide causes that keep knots coming back", "##causes")) {
    for (const model::BodyCause& c : m.causes.list) {
      BoldText(s, c.label.c_str());
      WrappedText(c.advice);
    }
    ImGui::TreePop();
  }
  ImGui::PopID();
}

}  // namespace knotmap::ui
