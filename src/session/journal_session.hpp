// The pain journal inside the session: saving the marks and what they showed, logging finished
// timer steps as treatments and rating them, restoring an entry's marks, and what helped. The
// store is behind JournalRecorder (the app plugs in the SQLite store; tests a vector).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/guidance.hpp"
#include "model/journal.hpp"
#include "model/what_helped.hpp"

namespace knotmap::session {

struct Session;

class JournalRecorder {
 public:
  virtual ~JournalRecorder() = default;
  // Each returns the new id, or nullopt (and LastError) when it failed.
  virtual std::optional<std::int64_t> AddEntry(const model::JournalEntry& entry) = 0;
  virtual std::optional<std::int64_t> AddTreatment(const model::Treatment& treatment) = 0;
  virtual bool RateTreatment(std::int64_t id, model::TreatmentRating rating) = 0;
  virtual std::vector<model::JournalEntry> Entries() = 0;
  virtual std::vector<model::Treatment> Treatments() = 0;
  virtual std::string LastError() const = 0;
  // Why nothing written now outlives this window (another window holds the data folder, the file
  // is read-only...), for the user; empty when the journal saves.
  virtual std::string NotSaved() const { return {}; }
};

// The journal as the session shows it: everything read once, then kept up to date by each write.
struct Journal {
  std::shared_ptr<JournalRecorder> recorder;  // null: no journal (nothing is saved)
  std::string not_saved;                      // recorder->NotSaved(): saving, logging and rating are off
  std::vector<model::JournalEntry> entries;   // in time order
  std::vector<model::Treatment> treatments;   // in time order
  std::vector<model::HelpedFigure> helped;    // WhatHelped(entries, treatments)
  std::int64_t just_finished = 0;             // treatment logged by the timer, not yet rated; 0: none
  int revision = 0;                           // bumped on every change (views cache on it)
};

// Plugs in a store and reads what it holds.
void AttachJournal(Session& s, std::shared_ptr<JournalRecorder> recorder);

// "Save to journal": the marks, habits, press tests and findings now, with `note`, at the clock's
// wall time. False (with a notice) when there are no marks, the journal does not save (not_saved)
// or the write failed.
bool SaveToJournal(Session& s, std::string note);

// Replaces the marks (one undo step), habits and press tests with the entry's.
bool RestoreJournalEntry(Session& s, std::int64_t id);

// A finished timer step becomes a treatment (muscle, trigger point, side, method, seconds).
// Returns the new treatment's id; nullopt, with a notice, when the journal does not save.
std::optional<std::int64_t> LogTreatment(Session& s, const model::PlanStep& step, int seconds);

bool RateTreatment(Session& s, std::int64_t id, model::TreatmentRating rating);

}  // namespace knotmap::session
