// The user's own data store (SQLite, one file in the data folder): learn mode cards and review
// history, and the pain journal (entries and treatments). Private (0600), WAL mode, versioned schema with
// migrations, one transaction per write. Only a file SQLite finds corrupt (or another program's) is
// moved aside, never reused; a locked or read-only file is left alone and its state said.
#pragma once

#include <cstdint>
#include <climits>
#include <ctime>
#include <optional>
#include <filesystem>
#include <string>
#include <vector>

#include "model/journal.hpp"
#include "model/learn_schedule.hpp"

struct sqlite3;

namespace knotmap::io {

inline constexpr const char* kStoreFileName = "knotmap.sqlite3";
inline constexpr int kStoreSchemaVersion = 2;
inline constexpr int kStoreApplicationId = 0x4B4E4F54;  // "KNOT" in PRAGMA application_id

// Days since 1970-01-01 in local time: the day number learn mode schedules with.
int LocalDayNumber(std::time_t t);

struct ReviewRecord {
  model::ItemKey key;
  int day = 0;           // local day number
  std::int64_t at = 0;   // unix seconds
  int grade = 0;         // 0..5
  float score = 0.0f;    // 0..1
};

enum class StoreState {
  Persistent,   // progress is saved in the file
  Memory,       // a store kept in memory on purpose (InMemory())
  ReadOnly,     // the file's progress was read; nothing from this session is saved
  Locked,       // another program holds the file; nothing read, nothing saved
  Newer,        // written by a newer Knotmap; left untouched, nothing saved
  Unavailable,  // not a file, cannot be created, ...: nothing saved (Messages() says why)
};

class ProgressStore {
 public:
  // Opens `file`, creating it (and running migrations) when needed. Never fails hard: when the file
  // cannot be used the store works in memory and Messages() says why.
  static ProgressStore Open(const std::filesystem::path& file);
  // A store that keeps nothing after exit (no data folder, or tests).
  static ProgressStore InMemory();
  // What `file` holds, copied into memory without writing to it (a second window on the same
  // data folder): State() is ReadOnly; a missing or unreadable file gives an empty store.
  static ProgressStore OpenReadOnly(const std::filesystem::path& file);

  // Why a file could not be opened (used while opening; State() is what callers read).
  enum class Failure { None, Damaged, Locked, ReadOnly, Newer, Unavailable };

  ProgressStore(ProgressStore&& other) noexcept;
  ProgressStore& operator=(ProgressStore&& other) noexcept;
  ProgressStore(const ProgressStore&) = delete;
  ProgressStore& operator=(const ProgressStore&) = delete;
  ~ProgressStore();

  bool Persistent() const { return state_ == StoreState::Persistent; }
  StoreState State() const { return state_; }
  const std::filesystem::path& File() const { return file_; }
  // What happened while opening, for the user (a file moved aside, a newer schema...).
  const std::vector<std::string>& Messages() const { return messages_; }
  const std::string& LastError() const { return last_error_; }
  int SchemaVersion() const;
  std::string JournalMode() const;

  std::vector<model::Card> LoadCards();
  // Saves the card and appends the review, in one transaction. False (and LastError) on failure.
  bool SaveReview(const model::Card& card, const ReviewRecord& review);
  // Distinct days with at least one review, ascending.
  std::vector<int> ReviewDays();
  int ReviewCount();
  // Forgets all learn progress (cards and reviews), in one transaction.
  bool ResetLearnProgress();

  // The journal (journal_store.cpp). Each write is one transaction; ids are assigned here.
  // Times are unix seconds; `from` and `to` are inclusive bounds.
  std::optional<std::int64_t> AddEntry(const model::JournalEntry& entry);
  std::vector<model::JournalEntry> Entries(std::int64_t from = INT64_MIN, std::int64_t to = INT64_MAX);
  std::optional<model::JournalEntry> Entry(std::int64_t id);
  std::optional<std::int64_t> AddTreatment(const model::Treatment& treatment);
  bool RateTreatment(std::int64_t id, model::TreatmentRating rating);  // false when there is none
  std::vector<model::Treatment> Treatments(std::int64_t from = INT64_MIN, std::int64_t to = INT64_MAX);

 private:
  ProgressStore() = default;
  bool Exec(const char* sql);
  bool Abort();  // LastError from the connection, rolls back the open transaction; returns false
  bool ReadEntryParts(model::JournalEntry& e);
  Failure OpenFile(const std::filesystem::path& file, std::string& problem);
  bool CopyReadOnly(const std::filesystem::path& file, std::string& problem);
  bool Migrate();
  void Close();

  sqlite3* db_ = nullptr;
  StoreState state_ = StoreState::Memory;
  std::filesystem::path file_;
  std::vector<std::string> messages_;
  std::string last_error_;
};

// Renames `file` (and its -wal/-shm companions) to "<file>.damaged-<date>-<time>[-N]" so nothing
// is lost. Returns the new name, or an empty path when the rename failed.
std::filesystem::path MoveAside(const std::filesystem::path& file, std::string& error);

}  // namespace knotmap::io
