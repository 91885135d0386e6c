// The guided ball session: before it, the choice between the long rest on the ball and the short
// holds, with the stop signs; during it, one stop at a time with where to be, where the ball
// goes, a timer and a "move to the next spot" cue, the stop signs always in sight.
#include <imgui.h>

#include <algorithm>
#include <string>

#include "ui/core/widgets.hpp"
#include "ui/panels/guided_views.hpp"

namespace knotmap::ui {
namespace {

void StopSigns(AppState& s) {
  const model::BallGuide& g = s.session.model->method.ball;
  std::string line = "Stop at once and come off the ball if you feel ";
  for (std::size_t k = 0; k < g.stop_signs.size(); ++k) {
    line += (k == 0 ? "" : k + 1 == g.stop_signs.size() ? " or " : ", ") + g.stop_signs[k];
  }
  ImGui::PushStyleColor(ImGuiCol_Text, PaletteFor(s.settings.theme).danger);
  WrappedText(line + ".");
  ImGui::PopStyleColor();
}

const char* StopHeading(session::StopKind k) {
  switch (k) {
    case session::StopKind::Release: return "Release the front";
    case session::StopKind::OpenFront: return "Open the front";
    case session::StopKind::Pressure: return "Ball on the knot";
  }
  return "";
}

}  // namespace

void DrawBallSessionLauncher(AppState& s) {
  const auto& steps = s.session.plan.steps;
  const bool any_pressure = std::any_of(steps.begin(), steps.end(),
                                        [](const model::PlanStep& p) { return p.kind == model::StepKind::Pressure; });
  if (!any_pressure) return;
  const model::BallGuide& g = s.session.model->method.ball;
  ImGui::Spacing();
  if (!EllipsizedCollapsingHeader("Guided session: one spot after another", "guided_session")) return;
  ImGui::PushID("ball_launcher");
  WrappedText("Walks you through the plan in order: release the front, open it on a rolled towel, then "
          "the knots one after another, each with its own timer.");
  int mode = s.ui.ball_mode == session::BallMode::LongRest ? 0 : 1;
  bool changed = ImGui::RadioButton("Long rest on the ball", &mode, 0);
  SameLineOrWrap(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize("Short holds").x);
  changed |= ImGui::RadioButton("Short holds", &mode, 1);
  if (changed) s.ui.ball_mode = mode == 0 ? session::BallMode::LongRest : session::BallMode::ShortHolds;
  if (s.ui.ball_mode == session::BallMode::LongRest) {
    int minutes_x2 = (s.ui.ball_long_rest_seconds > 0 ? s.ui.ball_long_rest_seconds : g.long_rest_seconds) / 30;
    const std::string label = ClockText(minutes_x2 * 30.0) + " min per spot";
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, 16.0f * ImGui::GetFontSize()));
    if (ImGui::SliderInt("##rest", &minutes_x2, 2, std::max(g.long_rest_max_seconds / 30, 2), label.c_str())) {
      s.ui.ball_long_rest_seconds = minutes_x2 * 30;
    }
    ImGui::TextDisabled("Where a muscle takes only short holds, that spot keeps them.");
  } else {
    ImGui::TextDisabled("Each spot gets its muscle's own holds or strokes.");
  }
  WrappedText(g.before);
  StopSigns(s);
  if (WrappedButton("Start the session")) {
    s.Queue(action::StartBallSession{s.ui.ball_mode, s.ui.ball_long_rest_seconds});
  }
  ImGui::PopID();
}

void DrawBallSession(AppState& s) {
  const session::BallSession& b = s.session.ball;
  const double now = s.session.clock->Seconds();
  const Palette& pal = PaletteFor(s.settings.theme);
  ImGui::PushID("ball_session");
  if (b.finished) {
    SectionTitle(s, "Session done", true);
    WrappedText("Get up slowly. Drink some water, and strengthen the back once the tenderness has settled.");
    if (ImGui::Button("Back to the plan")) s.Queue(action::EndBallSession{});
    ImGui::PopID();
    return;
  }
  const session::SessionStop& stop = b.stops[b.current];
  const std::string heading = "Spot " + std::to_string(b.current + 1) + " of " + std::to_string(b.stops.size()) +
                              ": " + StopHeading(stop.kind);
  SectionTitle(s, heading.c_str(), true);
  BoldText(s, stop.title.c_str());
  if (!stop.position.empty()) WrappedText("Position: " + stop.position);
  if (!stop.place.empty()) WrappedText((stop.kind == session::StopKind::Pressure ? "Ball: " : "") + stop.place);
  if (!stop.note.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, pal.warning);
    WrappedText(stop.note);
    ImGui::PopStyleColor();
  }
  ImGui::Spacing();
  const bool due = session::StopDue(b, now);
  const double elapsed = std::min(session::StopElapsed(b, now), static_cast<double>(stop.seconds));
  const float progress = stop.seconds > 0 ? static_cast<float>(elapsed / stop.seconds) : 1.0f;
  const bool blink = due && static_cast<int>(now * 2.0) % 2 == 0;
  ImGui::PushStyleColor(ImGuiCol_PlotHistogram, blink ? pal.warning : pal.accent);
  const std::string overlay = due ? "time is up" : ClockText(session::StopRemaining(b, now)) + " left";
  ImGui::ProgressBar(progress, ImVec2(-1.0f, 0.0f), overlay.c_str());
  ImGui::PopStyleColor();
  if (due) {
    if (s.render.fonts.bold != nullptr) ImGui::PushFont(s.render.fonts.bold);
    ImGui::TextColored(pal.accent, b.current + 1 < static_cast<int>(b.stops.size())
                                       ? "Move to the next spot."
                                       : "That was the last spot.");
    if (s.render.fonts.bold != nullptr) ImGui::PopFont();
  }
  const bool last = b.current + 1 >= static_cast<int>(b.stops.size());
  if (ImGui::Button(due ? (last ? "Finish" : "Next spot") : (last ? "Finish now" : "Skip to the next spot"))) {
    s.Queue(action::BallNextStop{});
  }
  const char* pause = b.running ? "Pause" : "Resume";
  if (!due) SameLineOrWrap(ButtonWidth(pause));
  if (!due && ImGui::Button(pause)) s.Queue(action::BallPauseResume{});
  SameLineOrWrap(ButtonWidth("End session"));
  if (ImGui::Button("End session")) s.Queue(action::EndBallSession{});
  ImGui::Spacing();
  StopSigns(s);
  if (stop.kind == session::StopKind::Pressure && b.current + 1 < static_cast<int>(b.stops.size())) {
    ImGui::TextDisabled("Next: %s", b.stops[b.current + 1].title.c_str());
  }
  ImGui::PopID();
}

}  // namespace knotmap::ui
