// Applying queued actions: marks (with undo), habits, navigation, selection; then recomputing the
// findings and plan when their inputs changed.
#include "ui/app_state.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "ui/learn_views.hpp"

namespace knotmap::ui {
namespace {

constexpr std::size_t kUndoLimit = 200;

void PushUndo(AppState& s) {
  s.undo_stack.push_back(s.marks);
  if (s.undo_stack.size() > kUndoLimit) s.undo_stack.erase(s.undo_stack.begin());
  s.redo_stack.clear();
}

void MarksChanged(AppState& s) {
  s.findings_dirty = true;
  if (s.selected_mark >= 0 && s.FindMark(s.selected_mark) == nullptr) s.selected_mark = -1;
}

// Keeps only the parts of a mark that lie on the body. Returns false when nothing is left.
bool ClipToBody(const model::Model& m, model::PainMark& mark) {
  std::vector<model::Point> kept;
  for (const model::Point& p : mark.points) {
    if (m.InsideBody(mark.view, p)) kept.push_back(p);
  }
  if (kept.empty()) return false;
  mark.points = std::move(kept);
  if (mark.kind == model::MarkKind::Stroke && mark.points.size() == 1) {
    mark.kind = model::MarkKind::Spot;
  }
  return true;
}

std::string FormatPoint(model::Point p) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.0f,%.0f", static_cast<double>(p.x), static_cast<double>(p.y));
  return buf;
}

struct Applier {
  AppState& s;

  void operator()(action::AddMark& a) {
    if (!s.model) return;
    a.mark.intensity = std::clamp(a.mark.intensity, 1, 10);
    if (a.mark.points.empty() || !ClipToBody(*s.model, a.mark)) {
      s.SetStatus("That spot is outside the body outline. Mark the place on the body where it hurts.");
      s.Log("event=mark_refused reason=outside_body");
      return;
    }
    PushUndo(s);
    Mark m{s.next_mark_id++, std::move(a.mark)};
    s.Log("event=mark_added id=" + std::to_string(m.id) + " view=" +
          std::string(model::ToString(m.mark.view)) + " at=" + FormatPoint(m.mark.points.front()));
    s.selected_mark = m.id;
    s.marks.push_back(std::move(m));
    MarksChanged(s);
  }
  void operator()(const action::RemoveMark& a) {
    auto it = std::find_if(s.marks.begin(), s.marks.end(), [&](const Mark& m) { return m.id == a.id; });
    if (it == s.marks.end()) return;
    PushUndo(s);
    s.marks.erase(it);
    s.Log("event=mark_removed id=" + std::to_string(a.id));
    MarksChanged(s);
  }
  void operator()(const action::ReplaceMarkPoints& a) {
    auto it = std::find_if(s.marks.begin(), s.marks.end(), [&](const Mark& m) { return m.id == a.id; });
    if (it == s.marks.end() || !s.model) return;
    model::PainMark moved = it->mark;
    moved.points = a.points;
    if (!ClipToBody(*s.model, moved)) {
      s.SetStatus("A mark has to stay on the body; it was left where it was.");
      return;
    }
    PushUndo(s);
    it->mark = std::move(moved);
    s.Log("event=mark_moved id=" + std::to_string(a.id) + " at=" + FormatPoint(it->mark.points.front()));
    MarksChanged(s);
  }
  void operator()(const action::SetIntensity& a) {
    auto it = std::find_if(s.marks.begin(), s.marks.end(), [&](const Mark& m) { return m.id == a.id; });
    if (it == s.marks.end()) return;
    const int v = std::clamp(a.intensity, 1, 10);
    if (it->mark.intensity == v) return;
    if (a.session == 0 || a.session != s.intensity_session_applied) PushUndo(s);
    s.intensity_session_applied = a.session;
    it->mark.intensity = v;
    MarksChanged(s);
  }
  void operator()(const action::ClearMarks&) {
    if (s.marks.empty()) return;
    PushUndo(s);
    s.marks.clear();
    s.Log("event=marks_cleared");
    MarksChanged(s);
  }
  void operator()(const action::Undo&) {
    if (s.undo_stack.empty()) return;
    s.redo_stack.push_back(std::move(s.marks));
    s.marks = std::move(s.undo_stack.back());
    s.undo_stack.pop_back();
    s.Log("event=undo marks=" + std::to_string(s.marks.size()));
    MarksChanged(s);
  }
  void operator()(const action::Redo&) {
    if (s.redo_stack.empty()) return;
    s.undo_stack.push_back(std::move(s.marks));
    s.marks = std::move(s.redo_stack.back());
    s.redo_stack.pop_back();
    s.Log("event=redo marks=" + std::to_string(s.marks.size()));
    MarksChanged(s);
  }
  void operator()(const action::SetHabit& a) {
    if (!s.model || s.model->FindHabit(a.id) == nullptr) return;
    const bool has = std::find(s.habits.begin(), s.habits.end(), a.id) != s.habits.end();
    if (has == a.on) return;
    if (a.on) {
      s.habits.push_back(a.id);
    } else {
      std::erase(s.habits, a.id);
    }
    // Keep model order so the query sees the same list however they were ticked.
    std::vector<std::string> ordered;
    for (const model::Habit& h : s.model->habits) {
      if (std::find(s.habits.begin(), s.habits.end(), h.id) != s.habits.end()) ordered.push_back(h.id);
    }
    s.habits = std::move(ordered);
    s.Log("event=habit id=" + a.id + (a.on ? " on=1" : " on=0"));
    s.findings_dirty = true;
  }
  void operator()(const action::OpenMuscle& a) {
    if (!s.model || a.muscle < 0 || a.muscle >= static_cast<int>(s.model->muscles.size())) return;
    auto& b = s.muscles;
    if (b.Current() == a.muscle) return;
    // Opening a page drops the forward history, like a browser.
    if (b.position + 1 < static_cast<int>(b.history.size())) b.history.resize(b.position + 1);
    b.history.push_back(a.muscle);
    b.position = static_cast<int>(b.history.size()) - 1;
    s.panel = Panel::Muscles;
    s.panel_request = true;
    s.Log("event=muscle_page id=" + s.model->muscles[a.muscle].id);
  }
  void operator()(const action::NavigateBack&) {
    if (s.muscles.position >= 0) --s.muscles.position;
  }
  void operator()(const action::NavigateForward&) {
    if (s.muscles.position + 1 < static_cast<int>(s.muscles.history.size())) ++s.muscles.position;
  }
  void operator()(const action::CloseMusclePage&) { s.muscles.position = -1; }
  void operator()(const action::SelectCandidate& a) {
    if (a.index < -1 || a.index >= static_cast<int>(s.findings.candidates.size())) return;
    s.selected_candidate = a.index;
    if (a.index >= 0) s.Log("event=select candidate=" + CandidateKey(s, a.index));
  }
  void operator()(const action::ShowPanel& a) {
    s.panel = a.panel;
    s.panel_request = true;
  }
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
  }
  return "findings";
}

std::optional<Panel> ParsePanel(std::string_view s) {
  for (Panel p : {Panel::Findings, Panel::Guidance, Panel::Habits, Panel::Muscles, Panel::Learn}) {
    if (ToString(p) == s) return p;
  }
  return std::nullopt;
}

void AppState::Log(std::string line) {
  if (log_events) events.push_back(std::move(line));
}

void AppState::SetStatus(std::string text, double seconds) {
  status = std::move(text);
  const double now = ImGui::GetCurrentContext() != nullptr ? ImGui::GetTime() : 0.0;
  status_until = now + seconds;
}

const Mark* AppState::FindMark(int id) const {
  for (const Mark& m : marks) {
    if (m.id == id) return &m;
  }
  return nullptr;
}

std::vector<model::PainMark> AppState::PainMarks() const {
  std::vector<model::PainMark> out;
  out.reserve(marks.size());
  for (const Mark& m : marks) out.push_back(m.mark);
  return out;
}

void SetModel(AppState& state, model::Model m) {
  state.model = std::move(m);
  state.index = model::SpatialIndex(*state.model);
  state.geometry.Build(*state.model);
  state.findings_dirty = true;
}

void ApplyActions(AppState& state) {
  // Actions may queue follow-ups; take the batch first.
  std::vector<Action> batch;
  batch.swap(state.actions);
  Applier applier{state};
  for (Action& a : batch) std::visit(applier, a);
  ApplyLearnActions(state);
  if (state.findings_dirty) RecomputeFindings(state);
}

void RecomputeFindings(AppState& state) {
  state.findings_dirty = false;
  if (!state.model) return;
  // Keep the selected muscle and side selected when it is still a candidate.
  int keep_muscle = -1;
  model::Side keep_side = model::Side::Right;
  if (state.selected_candidate >= 0 &&
      state.selected_candidate < static_cast<int>(state.findings.candidates.size())) {
    keep_muscle = state.findings.candidates[state.selected_candidate].muscle;
    keep_side = state.findings.candidates[state.selected_candidate].side;
  }
  const std::vector<model::PainMark> marks = state.PainMarks();
  model::QueryOptions query_options;
  query_options.habits = state.habits;
  state.findings = model::Query(*state.model, state.index, marks, query_options);
  model::PlanOptions plan_options;
  plan_options.habits = state.habits;
  state.plan = model::BuildPlan(*state.model, marks, state.findings, plan_options);
  ++state.findings_version;
  state.groups.clear();
  for (int i = 0; i < static_cast<int>(state.findings.candidates.size()); ++i) {
    const model::Candidate& c = state.findings.candidates[i];
    if (!state.groups.empty()) {
      const model::Candidate& head = state.findings.candidates[state.groups.back().first];
      if (head.muscle == c.muscle && head.side == c.side) {
        ++state.groups.back().count;
        continue;
      }
    }
    state.groups.push_back({i, 1});
  }

  state.selected_candidate = state.findings.candidates.empty() ? -1 : 0;
  for (std::size_t i = 0; i < state.findings.candidates.size(); ++i) {
    const model::Candidate& c = state.findings.candidates[i];
    if (c.muscle == keep_muscle && c.side == keep_side) {
      state.selected_candidate = static_cast<int>(i);
      break;
    }
  }
  ResetTimer(state.timer, -1);
  state.hover = {};
  state.hover_next = {};

  // Top muscles and sides (one entry per group), best first.
  std::string line = "event=findings marks=" + std::to_string(state.marks.size()) + " top=";
  const std::size_t n = std::min<std::size_t>(5, state.groups.size());
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0) line += ',';
    line += CandidateKey(state, state.groups[i].first);
  }
  line += " unexplained=" + std::to_string(state.findings.unexplained_marks.size());
  state.Log(std::move(line));
}

int GroupOf(const AppState& state, int candidate) {
  for (std::size_t g = 0; g < state.groups.size(); ++g) {
    const CandidateGroup& group = state.groups[g];
    if (candidate >= group.first && candidate < group.first + group.count) return static_cast<int>(g);
  }
  return -1;
}

std::string CandidateKey(const AppState& state, int candidate) {
  if (!state.model || candidate < 0 ||
      candidate >= static_cast<int>(state.findings.candidates.size())) {
    return "";
  }
  const model::Candidate& c = state.findings.candidates[candidate];
  return state.model->muscles[c.muscle].id + ":" + std::string(model::ToString(c.side));
}

std::string MuscleSideLabel(const model::Model& m, int muscle, model::Side side) {
  std::string label = m.muscles[muscle].name;
  if (side != model::Side::Midline) label += std::string(" (") + std::string(model::ToString(side)) + ")";
  return label;
}

std::string CandidateLabel(const AppState& state, int candidate) {
  if (!state.model || candidate < 0 ||
      candidate >= static_cast<int>(state.findings.candidates.size())) {
    return "";
  }
  const model::Candidate& c = state.findings.candidates[candidate];
  return MuscleSideLabel(*state.model, c.muscle, c.side);
}

}  // namespace knotmap::ui
