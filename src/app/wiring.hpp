// What the app plugs into the session: the system clock (steady seconds, wall clock, local day)
// and the recorders that write learn reviews and the pain journal to the SQLite progress store.
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>

#include "io/progress_store.hpp"
#include "session/clock.hpp"
#include "session/learn_session.hpp"
#include "session/session.hpp"

namespace knotmap::app {

class SystemClock final : public session::Clock {
 public:
  double Seconds() const override;
  std::int64_t UnixSeconds() const override;
  int Today() const override;

 private:
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

class StoreRecorder final : public session::ProgressRecorder {
 public:
  explicit StoreRecorder(std::shared_ptr<io::ProgressStore> store) : store_(std::move(store)) {}
  bool SaveReview(const model::Card& card, int day, std::int64_t at, int grade, float score) override;
  bool ResetProgress() override;
  std::string LastError() const override;
  io::ProgressStore& Store() { return *store_; }

 private:
  std::shared_ptr<io::ProgressStore> store_;
};

class StoreJournal final : public session::JournalRecorder {
 public:
  // `not_saved`: why this window's journal keeps nothing (empty: it saves when the store does).
  StoreJournal(std::shared_ptr<io::ProgressStore> store, std::string not_saved)
      : store_(std::move(store)), not_saved_(std::move(not_saved)) {}
  std::optional<std::int64_t> AddEntry(const model::JournalEntry& entry) override { return store_->AddEntry(entry); }
  std::optional<std::int64_t> AddTreatment(const model::Treatment& t) override { return store_->AddTreatment(t); }
  bool RateTreatment(std::int64_t id, model::TreatmentRating r) override { return store_->RateTreatment(id, r); }
  std::vector<model::JournalEntry> Entries() override { return store_->Entries(); }
  std::vector<model::Treatment> Treatments() override { return store_->Treatments(); }
  std::string LastError() const override { return store_->LastError(); }
  std::string NotSaved() const override;

 private:
  std::shared_ptr<io::ProgressStore> store_;
  std::string not_saved_;
};

// File > Export: writes the journal's plan, map and CSV files into a new folder under
// `data_dir`/exports and returns the status line. Null when there is no data folder.
std::function<std::string()> JournalExporter(const session::Session& session, std::shared_ptr<io::ProgressStore> store,
                                             std::filesystem::path data_dir);

// Wires `store` into the session's learn mode (its cards, review days and messages) and journal;
// `not_saved` says why the journal keeps nothing though the store is open (see StoreJournal).
void AttachStore(session::Session& session, std::shared_ptr<io::ProgressStore> store, std::string not_saved = {});

}  // namespace knotmap::app
