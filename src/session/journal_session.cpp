// Journal writes from the session: each goes to the recorder first and into the session's copy
// only when it was stored, so what the History panel shows is what is on disk.
#include "session/journal_session.hpp"

#include <algorithm>

#include "session/session.hpp"

namespace knotmap::session {
namespace {

void Changed(Journal& j) {
  j.helped = model::WhatHelped(j.entries, j.treatments);
  ++j.revision;
}

template <typename T>
void InsertByTime(std::vector<T>& v, T item) {
  auto at = std::upper_bound(v.begin(), v.end(), item, [](const T& a, const T& b) { return a.at < b.at; });
  v.insert(at, std::move(item));
}

}  // namespace

void AttachJournal(Session& s, std::shared_ptr<JournalRecorder> recorder) {
  Journal& j = s.journal;
  j.recorder = std::move(recorder);
  j.entries = j.recorder ? j.recorder->Entries() : std::vector<model::JournalEntry>{};
  j.treatments = j.recorder ? j.recorder->Treatments() : std::vector<model::Treatment>{};
  j.not_saved = j.recorder ? j.recorder->NotSaved() : std::string();
  j.just_finished = 0;
  Changed(j);
}

bool SaveToJournal(Session& s, std::string note) {
  Journal& j = s.journal;
  if (!s.model || s.marks.empty()) {
    s.Notify("Mark where it hurts first; the journal keeps your marks.");
    return false;
  }
  if (!j.recorder) {
    s.Notify("The journal is not available this time, so nothing was saved.");
    return false;
  }
  if (!j.not_saved.empty()) {
    s.Notify("Not saved: " + j.not_saved);
    return false;
  }
  Update(s);  // the findings saved are those of these marks
  model::JournalEntry e = model::MakeJournalEntry(*s.model, s.PainMarks(), s.habits, s.press_tests, s.findings,
                                                  s.clock->UnixSeconds(), std::move(note));
  const auto id = j.recorder->AddEntry(e);
  if (!id) {
    s.Notify("Could not save to the journal: " + j.recorder->LastError());
    return false;
  }
  e.id = *id;
  s.Log("event=journal_saved id=" + std::to_string(*id) + " marks=" + std::to_string(e.marks.size()));
  InsertByTime(j.entries, std::move(e));
  Changed(j);
  s.Notify("Saved to your journal.");
  return true;
}

bool RestoreJournalEntry(Session& s, std::int64_t id) {
  const auto& entries = s.journal.entries;
  auto it = std::find_if(entries.begin(), entries.end(), [&](const model::JournalEntry& e) { return e.id == id; });
  if (it == entries.end()) return false;
  std::vector<model::PainMark> marks;
  for (const model::JournalMark& m : it->marks) marks.push_back(m.mark);
  PushUndo(s);
  RestoreMarks(s, std::move(marks), it->habits, it->press_tests);
  s.Log("event=journal_restored id=" + std::to_string(id) + " marks=" + std::to_string(s.marks.size()));
  if (s.marks.size() < it->marks.size()) {
    s.Notify("Some marks of that entry no longer fit the body drawing and were left out.");
  }
  return true;
}

std::optional<std::int64_t> LogTreatment(Session& s, const model::PlanStep& step, int seconds) {
  Journal& j = s.journal;
  if (!s.model || !j.recorder || step.muscle < 0 || step.muscle >= static_cast<int>(s.model->muscles.size())) {
    return std::nullopt;
  }
  if (!j.not_saved.empty()) {
    s.Notify("The finished set was not logged in the journal: " + j.not_saved);
    return std::nullopt;
  }
  const model::Muscle& m = s.model->muscles[step.muscle];
  model::Treatment t;
  t.at = s.clock->UnixSeconds();
  t.muscle = m.id;
  if (step.instance >= 0 && step.instance < static_cast<int>(s.model->instances.size())) {
    t.trigger_point = m.trigger_points[s.model->instances[step.instance].trigger_point].id;
  }
  t.side = step.side;
  t.method = step.method;
  t.seconds = std::max(0, seconds);
  const auto id = j.recorder->AddTreatment(t);
  if (!id) {
    s.Notify("Could not log the treatment in the journal: " + j.recorder->LastError());
    return std::nullopt;
  }
  t.id = *id;
  s.Log("event=treatment_logged id=" + std::to_string(*id) + " muscle=" + t.muscle + " seconds=" +
        std::to_string(t.seconds));
  InsertByTime(j.treatments, std::move(t));
  j.just_finished = *id;
  Changed(j);
  return id;
}

bool RateTreatment(Session& s, std::int64_t id, model::TreatmentRating rating) {
  Journal& j = s.journal;
  auto it = std::find_if(j.treatments.begin(), j.treatments.end(), [&](const model::Treatment& t) { return t.id == id; });
  if (it == j.treatments.end() || !j.recorder) return false;
  if (!j.not_saved.empty()) {
    s.Notify("The rating was not saved: " + j.not_saved);
    return false;
  }
  if (!j.recorder->RateTreatment(id, rating)) {
    s.Notify("Could not save the rating: " + j.recorder->LastError());
    return false;
  }
  it->rating = rating;
  if (j.just_finished == id) j.just_finished = 0;
  s.Log("event=treatment_rated id=" + std::to_string(id) + " rating=" + std::string(model::ToString(rating)));
  Changed(j);
  return true;
}

}  // namespace knotmap::session
