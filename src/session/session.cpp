// Editing the marks (with undo), habits and selection; recomputing the findings and plan when
// their inputs changed (the guidance timer is in session_timer.cpp).
#include "session/session.hpp"

#include <algorithm>
#include <cstdio>

namespace knotmap::session {
namespace {

constexpr std::size_t kUndoLimit = 200;

void MarksChanged(Session& s) {
  ++s.input_revision;
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
  if (mark.kind == model::MarkKind::Stroke && mark.points.size() == 1) mark.kind = model::MarkKind::Spot;
  return true;
}

std::string FormatPoint(model::Point p) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.0f,%.0f", static_cast<double>(p.x), static_cast<double>(p.y));
  return buf;
}

Mark* Find(Session& s, int id) {
  auto it = std::find_if(s.marks.begin(), s.marks.end(), [&](const Mark& m) { return m.id == id; });
  return it == s.marks.end() ? nullptr : &*it;
}

void Recompute(Session& s) {
  s.analysis_revision = s.input_revision;
  if (!s.model) return;
  // Keep the selected muscle and side selected when it is still a candidate.
  int keep_muscle = -1;
  model::Side keep_side = model::Side::Right;
  if (s.selected_candidate >= 0 && s.selected_candidate < static_cast<int>(s.findings.candidates.size())) {
    keep_muscle = s.findings.candidates[s.selected_candidate].muscle;
    keep_side = s.findings.candidates[s.selected_candidate].side;
  }
  AnalysisOptions options;
  options.habits = s.habits;
  options.causes = s.causes;
  options.press_tests = s.press_tests;
  Analysis a = Analyze(*s.model, s.index, s.PainMarks(), options);
  s.findings = std::move(a.findings);
  s.plan = std::move(a.plan);
  s.groups = std::move(a.groups);
  s.red_flags = std::move(a.red_flags);
  s.mark_regions = std::move(a.mark_regions);
  std::erase_if(s.flags_cleared_regions, [&](const std::string& r) {
    return !std::binary_search(s.mark_regions.begin(), s.mark_regions.end(), r);
  });
  s.pending_urgent = PendingUrgentFlags(s);
  ++s.findings_version;
  s.selected_candidate = s.findings.candidates.empty() ? -1 : 0;
  for (std::size_t i = 0; i < s.findings.candidates.size(); ++i) {
    const model::Candidate& c = s.findings.candidates[i];
    if (c.muscle == keep_muscle && c.side == keep_side) {
      s.selected_candidate = static_cast<int>(i);
      break;
    }
  }
  ResetTimer(s.timer, -1);

  // Top muscles and sides (one entry per group), best first.
  std::string line = "event=findings marks=" + std::to_string(s.marks.size()) + " top=";
  const std::size_t n = std::min<std::size_t>(5, s.groups.size());
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0) line += ',';
    line += CandidateKey(s, s.groups[i].first);
  }
  line += " unexplained=" + std::to_string(s.findings.unexplained_marks.size());
  s.Log(std::move(line));
}

}  // namespace

void PushUndo(Session& s) {
  s.undo_stack.push_back({s.marks, s.press_tests});
  if (s.undo_stack.size() > kUndoLimit) s.undo_stack.erase(s.undo_stack.begin());
  s.redo_stack.clear();
}

void Session::Log(std::string line) {
  if (log_events) events.push_back(std::move(line));
}

const Mark* Session::FindMark(int id) const {
  for (const Mark& m : marks) {
    if (m.id == id) return &m;
  }
  return nullptr;
}

std::vector<model::PainMark> Session::PainMarks() const {
  std::vector<model::PainMark> out;
  out.reserve(marks.size());
  for (const Mark& m : marks) out.push_back(m.mark);
  return out;
}

void SetModel(Session& s, model::Model m) {
  model::SpatialIndex index(m);
  SetModel(s, std::move(m), std::move(index));
}

void SetModel(Session& s, model::Model m, model::SpatialIndex index) {
  s.model = std::move(m);
  s.index = std::move(index);
  ++s.input_revision;
  ++s.learn.cards_revision;  // learn mode's derived figures depend on the model too
}

bool AddMark(Session& s, model::PainMark mark) {
  if (!s.model) return false;
  if (s.marks.size() >= kMaxMarks) {
    s.Notify("This session has " + std::to_string(kMaxMarks) +
             " marks, the most it keeps. Remove or clear some marks to add new ones.");
    s.Log("event=mark_refused reason=too_many");
    return false;
  }
  mark.intensity = std::clamp(mark.intensity, 1, 10);
  if (mark.points.empty() || !ClipToBody(*s.model, mark)) {
    s.Notify("That spot is outside the body outline. Mark the place on the body where it hurts.");
    s.Log("event=mark_refused reason=outside_body");
    return false;
  }
  PushUndo(s);
  Mark m{s.next_mark_id++, std::move(mark)};
  s.Log("event=mark_added id=" + std::to_string(m.id) + " view=" + std::string(model::ToString(m.mark.view)) +
        " at=" + FormatPoint(m.mark.points.front()));
  s.selected_mark = m.id;
  s.marks.push_back(std::move(m));
  MarksChanged(s);
  return true;
}

bool RemoveMark(Session& s, int id) {
  auto it = std::find_if(s.marks.begin(), s.marks.end(), [&](const Mark& m) { return m.id == id; });
  if (it == s.marks.end()) return false;
  PushUndo(s);
  s.marks.erase(it);
  s.Log("event=mark_removed id=" + std::to_string(id));
  MarksChanged(s);
  return true;
}

bool ReplaceMarkPoints(Session& s, int id, std::vector<model::Point> points) {
  Mark* m = Find(s, id);
  if (m == nullptr || !s.model) return false;
  model::PainMark moved = m->mark;
  moved.points = std::move(points);
  if (!ClipToBody(*s.model, moved)) {
    s.Notify("A mark has to stay on the body; it was left where it was.");
    return false;
  }
  PushUndo(s);
  m->mark = std::move(moved);
  s.Log("event=mark_moved id=" + std::to_string(id) + " at=" + FormatPoint(m->mark.points.front()));
  MarksChanged(s);
  return true;
}

bool SetIntensity(Session& s, int id, int intensity, int drag) {
  Mark* m = Find(s, id);
  if (m == nullptr) return false;
  const int v = std::clamp(intensity, 1, 10);
  if (m->mark.intensity == v) return false;
  if (drag == 0 || drag != s.intensity_drag_applied) PushUndo(s);
  s.intensity_drag_applied = drag;
  Find(s, id)->mark.intensity = v;
  MarksChanged(s);
  return true;
}

bool MirrorMark(Session& s, int id) {
  const Mark* m = s.FindMark(id);
  if (m == nullptr || !s.model) return false;
  return AddMark(s, model::Mirrored(m->mark, *s.model));
}

std::vector<const model::RedFlag*> PendingUrgentFlags(const Session& s) {
  std::vector<const model::RedFlag*> out;
  for (const model::RedFlag* f : s.red_flags) {
    if (!f->urgent) continue;
    // Pending when the flag concerns a marked region that has not been cleared.
    const bool pending = std::any_of(s.mark_regions.begin(), s.mark_regions.end(), [&](const std::string& r) {
      const bool concerns = std::find(f->regions.begin(), f->regions.end(), r) != f->regions.end() ||
                            std::find(f->regions.begin(), f->regions.end(), "any") != f->regions.end();
      return concerns && std::find(s.flags_cleared_regions.begin(), s.flags_cleared_regions.end(), r) ==
                             s.flags_cleared_regions.end();
    });
    if (pending) out.push_back(f);
  }
  return out;
}

bool ClearUrgentFlags(Session& s) {
  if (s.pending_urgent.empty()) return false;
  for (const std::string& r : s.mark_regions) {
    if (std::find(s.flags_cleared_regions.begin(), s.flags_cleared_regions.end(), r) ==
        s.flags_cleared_regions.end()) {
      s.flags_cleared_regions.push_back(r);
    }
  }
  s.pending_urgent.clear();
  s.Log("event=red_flags_cleared regions=" + std::to_string(s.mark_regions.size()));
  return true;
}

bool ClearMarks(Session& s) {
  if (s.marks.empty()) return false;
  PushUndo(s);
  s.marks.clear();
  s.press_tests.clear();
  s.Log("event=marks_cleared");
  MarksChanged(s);
  return true;
}

bool Undo(Session& s) {
  if (s.undo_stack.empty()) return false;
  s.redo_stack.push_back({std::move(s.marks), std::move(s.press_tests)});
  s.marks = std::move(s.undo_stack.back().marks);
  s.press_tests = std::move(s.undo_stack.back().press_tests);
  s.undo_stack.pop_back();
  s.Log("event=undo marks=" + std::to_string(s.marks.size()));
  MarksChanged(s);
  return true;
}

bool Redo(Session& s) {
  if (s.redo_stack.empty()) return false;
  s.undo_stack.push_back({std::move(s.marks), std::move(s.press_tests)});
  s.marks = std::move(s.redo_stack.back().marks);
  s.press_tests = std::move(s.redo_stack.back().press_tests);
  s.redo_stack.pop_back();
  s.Log("event=redo marks=" + std::to_string(s.marks.size()));
  MarksChanged(s);
  return true;
}

bool SetHabit(Session& s, const std::string& id, bool on) {
  if (!s.model || s.model->FindHabit(id) == nullptr) return false;
  const bool has = std::find(s.habits.begin(), s.habits.end(), id) != s.habits.end();
  if (has == on) return false;
  if (on) {
    s.habits.push_back(id);
  } else {
    std::erase(s.habits, id);
  }
  // Keep model order so the query sees the same list however they were ticked.
  std::vector<std::string> ordered;
  for (const model::Habit& h : s.model->habits) {
    if (std::find(s.habits.begin(), s.habits.end(), h.id) != s.habits.end()) ordered.push_back(h.id);
  }
  s.habits = std::move(ordered);
  s.Log("event=habit id=" + id + (on ? " on=1" : " on=0"));
  ++s.input_revision;
  return true;
}

bool SelectCandidate(Session& s, int index) {
  if (index < -1 || index >= static_cast<int>(s.findings.candidates.size())) return false;
  s.selected_candidate = index;
  if (index >= 0) s.Log("event=select candidate=" + CandidateKey(s, index));
  return true;
}

bool SetCause(Session& s, const std::string& id, bool on) {
  if (!s.model || s.model->FindCause(id) == nullptr) return false;
  const bool has = std::find(s.causes.begin(), s.causes.end(), id) != s.causes.end();
  if (has == on) return false;
  std::vector<std::string> ordered;
  for (const model::BodyCause& c : s.model->causes.list) {
    const bool ticked = c.id == id ? on : std::find(s.causes.begin(), s.causes.end(), c.id) != s.causes.end();
    if (ticked) ordered.push_back(c.id);
  }
  s.causes = std::move(ordered);
  s.Log("event=cause id=" + id + (on ? " on=1" : " on=0"));
  ++s.input_revision;
  return true;
}

bool SetPressAnswer(Session& s, int candidate, std::optional<model::PressAnswer> answer) {
  if (!s.model || candidate < 0 || candidate >= static_cast<int>(s.findings.candidates.size())) return false;
  const model::Candidate& c = s.findings.candidates[candidate];
  const model::Muscle& m = s.model->muscles[c.muscle];
  const model::PressTest key{m.id, m.trigger_points[s.model->instances[c.instance].trigger_point].id, c.side};
  const model::PressTest* now = model::FindPressTest(s.press_tests, key.muscle, key.trigger_point, key.side);
  if ((now ? std::optional(now->answer) : std::nullopt) == answer) return false;
  PushUndo(s);
  model::SetPressAnswer(s.press_tests, key, answer);
  s.Log("event=press_test candidate=" + CandidateKey(s, candidate) + " tp=" + key.trigger_point +
        " answer=" + std::string(answer ? model::ToString(*answer) : "none"));
  ++s.input_revision;
  return true;
}

void RestoreMarks(Session& s, std::vector<model::PainMark> marks, const std::vector<std::string>& habits,
                  std::vector<model::PressTest> press_tests) {
  s.marks.clear();
  s.habits.clear();
  s.press_tests.clear();
  for (model::PressTest& t : press_tests) {
    const model::Muscle* m = s.model ? s.model->FindMuscle(t.muscle) : nullptr;
    const bool known = !s.model || (m != nullptr && std::any_of(m->trigger_points.begin(), m->trigger_points.end(),
                                                                [&](const model::TriggerPoint& tp) { return tp.id == t.trigger_point; }));
    if (known) model::SetPressAnswer(s.press_tests, t, t.answer);
  }
  std::size_t dropped = 0;
  for (model::PainMark& mark : marks) {
    if (s.marks.size() == kMaxMarks) {
      ++dropped;
      continue;
    }
    mark.intensity = std::clamp(mark.intensity, 1, 10);
    mark.radius = std::clamp(mark.radius, 2.0f, 400.0f);
    if (mark.points.empty() || mark.points.size() > 4096) continue;
    if (s.model && !std::all_of(mark.points.begin(), mark.points.end(),
                                [&](model::Point p) { return s.model->InsideBody(mark.view, p); })) {
      continue;
    }
    s.marks.push_back({s.next_mark_id++, std::move(mark)});
  }
  if (dropped > 0) {
    s.Notify("Only the first " + std::to_string(kMaxMarks) + " saved marks were restored (the most a session keeps); " +
             std::to_string(dropped) + " more were left out.");
  }
  for (const std::string& h : habits) {
    if (!s.model || s.model->FindHabit(h) != nullptr) s.habits.push_back(h);
  }
  MarksChanged(s);
}

void Update(Session& s) {
  ApplyLearnActions(s);
  if (s.analysis_revision != s.input_revision) Recompute(s);
  TickTimer(s);
}

std::string CandidateKey(const Session& s, int candidate) {
  if (!s.model || candidate < 0 || candidate >= static_cast<int>(s.findings.candidates.size())) return "";
  const model::Candidate& c = s.findings.candidates[candidate];
  return s.model->muscles[c.muscle].id + ":" + std::string(model::ToString(c.side));
}

std::string CandidateLabel(const Session& s, int candidate) {
  if (!s.model || candidate < 0 || candidate >= static_cast<int>(s.findings.candidates.size())) return "";
  const model::Candidate& c = s.findings.candidates[candidate];
  return MuscleSideLabel(*s.model, c.muscle, c.side);
}

int GroupOf(const Session& s, int candidate) {
  for (std::size_t g = 0; g < s.groups.size(); ++g) {
    const CandidateGroup& group = s.groups[g];
    if (candidate >= group.first && candidate < group.first + group.count) return static_cast<int>(g);
  }
  return -1;
}

}  // namespace knotmap::session
