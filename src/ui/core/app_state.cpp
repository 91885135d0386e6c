// Applying queued actions: session edits (marks, habits, selection, timer) through the session's
// functions, navigation and settings here; then the session's Update.
#include "ui/core/app_state.hpp"

#include <algorithm>

namespace knotmap::ui {
namespace {

struct Applier {
  AppState& s;
  session::Session& ss = s.session;

  void operator()(action::AddMark& a) { session::AddMark(ss, std::move(a.mark)); }
  void operator()(const action::RemoveMark& a) { session::RemoveMark(ss, a.id); }
  void operator()(action::ReplaceMarkPoints& a) { session::ReplaceMarkPoints(ss, a.id, std::move(a.points)); }
  void operator()(const action::SetIntensity& a) { session::SetIntensity(ss, a.id, a.intensity, a.drag); }
  void operator()(const action::MirrorMark& a) { session::MirrorMark(ss, a.id); }
  void operator()(const action::SelectMark& a) {
    ss.selected_mark = ss.FindMark(a.id) != nullptr ? a.id : -1;
  }
  void operator()(const action::ClearMarks&) { session::ClearMarks(ss); }
  void operator()(const action::Undo&) { session::Undo(ss); }
  void operator()(const action::Redo&) { session::Redo(ss); }
  void operator()(const action::SetHabit& a) { session::SetHabit(ss, a.id, a.on); }
  void operator()(const action::OpenMuscle& a) {
    if (!ss.model || a.muscle < 0 || a.muscle >= static_cast<int>(ss.model->muscles.size())) return;
    auto& b = s.ui.muscles;
    if (b.Current() == a.muscle) return;
    // Opening a page drops the forward history, like a browser.
    if (b.position + 1 < static_cast<int>(b.history.size())) b.history.resize(b.position + 1);
    b.history.push_back(a.muscle);
    b.position = static_cast<int>(b.history.size()) - 1;
    s.ui.panel = Panel::Muscles;
    s.ui.panel_request = true;
    s.Log("event=muscle_page id=" + ss.model->muscles[a.muscle].id);
  }
  void operator()(const action::NavigateBack&) {
    if (s.ui.muscles.position >= 0) --s.ui.muscles.position;
  }
  void operator()(const action::NavigateForward&) {
    if (s.ui.muscles.position + 1 < static_cast<int>(s.ui.muscles.history.size())) ++s.ui.muscles.position;
  }
  void operator()(const action::CloseMusclePage&) { s.ui.muscles.position = -1; }
  void operator()(const action::SelectCandidate& a) { session::SelectCandidate(ss, a.index); }
  void operator()(const action::ClearUrgentFlags&) { session::ClearUrgentFlags(ss); }
  void operator()(const action::SetPressAnswer& a) { session::SetPressAnswer(ss, a.candidate, a.answer); }
  void operator()(const action::SaveToJournal& a) {
    if (session::SaveToJournal(ss, a.note)) s.ui.history.note.clear();
  }
  void operator()(const action::RestoreJournalEntry& a) {
    if (session::RestoreJournalEntry(ss, a.id)) s.SetStatus("The marks of that entry are on the map (Undo brings yours back).");
  }
  void operator()(const action::RateTreatment& a) { session::RateTreatment(ss, a.id, a.rating); }
  void operator()(const action::ExportJournal&) {
    if (s.export_journal) s.SetStatus(s.export_journal(), 10.0);
  }
  void operator()(const action::ShowPanel& a) {
    s.ui.panel = a.panel;
    s.ui.panel_request = true;
  }
  void operator()(const action::ChangeSettings& a) {
    Settings next = a.settings;
    next.ui_scale = std::clamp(next.ui_scale, 0.5f, 3.0f);
    next.side_panel_width = std::clamp(next.side_panel_width, 0.0f, 4000.0f);
    s.settings = next;
  }
  void operator()(const action::StartTimer& a) { session::StartTimer(ss, a.step); }
  void operator()(const action::ToggleTimer&) { session::ToggleTimer(ss); }
  void operator()(const action::CountStroke&) { session::CountTimerStroke(ss); }
  void operator()(const action::NextSet&) { session::NextTimerSet(ss); }
  void operator()(const action::ResetTimer&) { session::ResetTimerStep(ss); }
  void operator()(const action::SetTimerAutoNext& a) { ss.timer.auto_next = a.on; }
  void operator()(const action::SetCause& a) { session::SetCause(ss, a.id, a.on); }
  void operator()(const action::StartBallSession& a) {
    if (!ss.model) return;
    const int seconds = a.long_rest_seconds > 0 ? a.long_rest_seconds : ss.model->method.ball.long_rest_seconds;
    session::StartBallSession(ss.ball, session::BuildStops(*ss.model, ss.plan, a.mode, seconds), a.mode,
                              ss.clock->Seconds());
    s.Log("event=ball_session stops=" + std::to_string(ss.ball.stops.size()));
  }
  void operator()(const action::BallPauseResume&) { session::PauseOrResume(ss.ball, ss.clock->Seconds()); }
  void operator()(const action::BallNextStop&) { session::NextStop(ss.ball, ss.clock->Seconds()); }
  void operator()(const action::EndBallSession&) { session::EndBallSession(ss.ball); }
  void operator()(const action::Quit&) { s.quit_requested = true; }
};

}  // namespace

std::string_view ToString(Panel p) {
  switch (p) {
    case Panel::Findings: return "findings";
    case Panel::Guidance: return "guidance";
    case Panel::Habits: return "habits";
    case Panel::Muscles: return "muscles";
    case Panel::Learn: return "learn";
    case Panel::History: return "history";
  }
  return "findings";
}

std::optional<Panel> ParsePanel(std::string_view s) {
  for (Panel p : {Panel::Findings, Panel::Guidance, Panel::Habits, Panel::Muscles, Panel::Learn, Panel::History}) {
    if (ToString(p) == s) return p;
  }
  return std::nullopt;
}

void AppState::SetStatus(std::string text, double seconds) {
  ui.status = std::move(text);
  ui.status_until = session.clock->Seconds() + seconds;
}

bool AppState::StatusShown() const {
  return !ui.status.empty() && session.clock->Seconds() < ui.status_until;
}

PreparedModel PrepareModel(model::Model m) {
  model::SpatialIndex index(m);
  GeometryCache geometry;
  geometry.Build(m);
  return {std::move(m), std::move(index), std::move(geometry)};
}

void SetModel(AppState& state, PreparedModel prepared) {
  session::SetModel(state.session, std::move(prepared.model), std::move(prepared.index));
  state.render.geometry = std::move(prepared.geometry);
}

void SetModel(AppState& state, model::Model m) { SetModel(state, PrepareModel(std::move(m))); }

void ApplyActions(AppState& state) {
  // Actions may queue follow-ups; take the batch first.
  std::vector<Action> batch;
  batch.swap(state.actions);
  Applier applier{state};
  for (Action& a : batch) std::visit(applier, a);
  const int analysis_before = state.session.findings_version;
  session::Update(state.session);
  if (state.session.findings_version != analysis_before) {
    // New findings: candidate indexes of the last frame's hover mean something else now.
    state.ui.hover = {};
    state.ui.hover_next = {};
  }
  for (std::string& notice : state.session.notices) state.SetStatus(std::move(notice));
  state.session.notices.clear();
  // A new exercise starts with an empty answer box and no stroke.
  if (state.ui.learn.typed_round != state.session.learn.round) {
    state.ui.learn.typed_round = state.session.learn.round;
    state.ui.learn.typed.clear();
    state.ui.learn.stroke.clear();
  }
}

bool StartLearn(AppState& state, LearnMode mode, const std::string& region, std::uint64_t seed) {
  if (!session::StartLearn(state.session, mode, region, seed)) return false;
  state.Queue(action::ShowPanel{Panel::Learn});
  return true;
}

bool LearnCanvasActive(const AppState& s) {
  return s.HasModel() && s.session.learn.active && s.ui.panel == Panel::Learn;
}

}  // namespace knotmap::ui
