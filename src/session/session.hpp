// The session core, free of ImGui, GL, io and files: the loaded content, the user's marks with
// undo/redo, habits and selection, the findings and plan derived from them (recomputed when the
// input revision moves, never per frame), the guidance timer and learn mode. Time comes from an
// injected Clock. Every edit is a function here; the UI queues actions that call them.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/model.hpp"
#include "model/spatial_index.hpp"
#include "session/ball_session.hpp"
#include "session/clock.hpp"
#include "session/journal_session.hpp"
#include "session/learn_session.hpp"
#include "session/pipeline.hpp"
#include "session/step_timer.hpp"

namespace knotmap::session {

// The most marks one session keeps (clicks, brush strokes, mirrors, saved marks, scripted --mark):
// far above any real session, small enough that the analysis stays interactive.
inline constexpr std::size_t kMaxMarks = 200;

// A pain mark with a stable id (selection and undo survive reordering).
struct Mark {
  int id = 0;
  model::PainMark mark;
};

struct Session {
  // Content: loaded once, never mutated while running.
  std::optional<model::Model> model;
  model::SpatialIndex index;

  // What the user said.
  std::vector<Mark> marks;
  int next_mark_id = 1;
  std::vector<std::string> habits;  // ticked habit ids, in model order
  std::vector<std::string> causes;  // ticked body-wide cause ids, in model order
  // Press-test answers: they belong to the current marks (cleared with them, undone with them).
  std::vector<model::PressTest> press_tests;
  int selected_mark = -1;           // Mark::id

  // Undo/redo of the marks and their press-test answers (snapshots: both are small).
  struct Snapshot {
    std::vector<Mark> marks;
    std::vector<model::PressTest> press_tests;
  };
  std::vector<Snapshot> undo_stack;
  std::vector<Snapshot> redo_stack;
  int intensity_drag_applied = -1;  // last slider drag that pushed an undo step

  // Derived from marks and habits: recomputed by Update when `input_revision` moved.
  int input_revision = 0;
  int analysis_revision = -1;
  int findings_version = 0;     // how many times the analysis ran
  model::Findings findings;
  model::Plan plan;
  std::vector<CandidateGroup> groups;
  int selected_candidate = -1;  // index into findings.candidates
  std::vector<const model::RedFlag*> red_flags;  // of the marks' regions, urgent first
  std::vector<std::string> mark_regions;         // sorted region ids of the marks
  // Regions whose urgent red flags the user has read and ruled out ("None of these apply").
  // Kept while the region still has a mark; a region marked afresh asks again.
  std::vector<std::string> flags_cleared_regions;
  std::vector<const model::RedFlag*> pending_urgent;  // PendingUrgentFlags, kept up to date

  StepTimer timer;
  BallSession ball;  // the guided ball session, on the clock's seconds
  double timer_tick = 0.0;  // clock seconds at the last Update
  double timer_started = 0.0;  // clock seconds when the timed step began (its treatment's duration)
  Journal journal;
  LearnSession learn;

  // Time. Never null: a manual clock until the app injects its own.
  std::shared_ptr<const Clock> clock = std::make_shared<ManualClock>();

  // What happened, for --log-events (one line each) and the status line (gentle messages).
  bool log_events = false;
  std::vector<std::string> events;
  std::vector<std::string> notices;

  void Log(std::string line);
  void Notify(std::string text) { notices.push_back(std::move(text)); }
  const Mark* FindMark(int id) const;
  std::vector<model::PainMark> PainMarks() const;
  bool HasModel() const { return model.has_value(); }
};

// Takes ownership of a loaded model and builds the index (or takes `index`, built from it).
void SetModel(Session& s, model::Model model);
void SetModel(Session& s, model::Model model, model::SpatialIndex index);

// Records the marks and press tests for Undo before an edit (and forgets the redo steps).
void PushUndo(Session& s);

// Edits. Each returns whether it changed anything; refused edits leave a notice.
// Clipped to the body; selects the new mark. Refused at kMaxMarks.
bool AddMark(Session& s, model::PainMark mark);
bool RemoveMark(Session& s, int id);
bool ReplaceMarkPoints(Session& s, int id, std::vector<model::Point> points);
// Slider edits with the same `drag` id (one drag) make one undo step; 0: always a new step.
bool SetIntensity(Session& s, int id, int intensity, int drag = 0);
bool MirrorMark(Session& s, int id);  // adds the mark's mirror image on the other side
bool ClearMarks(Session& s);
bool Undo(Session& s);
bool Redo(Session& s);
bool SetHabit(Session& s, const std::string& id, bool on);
bool SetCause(Session& s, const std::string& id, bool on);  // a body-wide cause (causes.toml)
bool SelectCandidate(Session& s, int index);
// The press test of candidate `candidate` (nullopt withdraws it): one undo step.
bool SetPressAnswer(Session& s, int candidate, std::optional<model::PressAnswer> answer);
// Red flags before muscles: the urgent flags that apply to a marked region not yet cleared
// (computed from red_flags, mark_regions and flags_cleared_regions; cached in pending_urgent).
std::vector<const model::RedFlag*> PendingUrgentFlags(const Session& s);
// "None of these apply": clears the urgent flags of every region marked now.
bool ClearUrgentFlags(Session& s);
// Replaces marks, habits and press-test answers (saved marks; unknown habits, off-body marks and
// answers for unknown trigger points skipped; past kMaxMarks the rest are dropped with a notice).
void RestoreMarks(Session& s, std::vector<model::PainMark> marks, const std::vector<std::string>& habits,
                  std::vector<model::PressTest> press_tests = {});

// The guidance timer.
void StartTimer(Session& s, int step);  // selects the step; holds start running
void ToggleTimer(Session& s);           // pause or resume a hold
void CountTimerStroke(Session& s);
void NextTimerSet(Session& s);          // the next set, or the next timed step after the last
void ResetTimerStep(Session& s);
void TickTimer(Session& s);             // by the clock's time since the last call (Update calls it)

// After a batch of edits: recomputes the analysis when its inputs changed, advances a running
// timer by the clock, refreshes learn mode's derived figures when its cards changed.
void Update(Session& s);

// "rhomboid_major:right" style key used in logs and dumps; "" for no candidate.
std::string CandidateKey(const Session& s, int candidate);
// "Rhomboid major (right)" for display.
std::string CandidateLabel(const Session& s, int candidate);
// The group holding candidate `candidate`, or -1.
int GroupOf(const Session& s, int candidate);

// Learn mode.
void AttachRecorder(Session& s, std::shared_ptr<ProgressRecorder> recorder, std::vector<model::Card> cards,
                    std::vector<int> review_days, std::vector<std::string> messages);
// Opens learn mode in `mode` on `region` ("mixed" or a region id) with `seed`. False when the
// region is unknown.
bool StartLearn(Session& s, LearnMode mode, const std::string& region, std::uint64_t seed);
void ApplyLearnActions(Session& s);
float RegionMastery(const Session& s, const std::string& region);  // mean over its items
float MuscleMastery(const Session& s, int muscle, model::ExerciseKind kind);
int LearnStreak(const Session& s);

}  // namespace knotmap::session
