// SQLite behind the ProgressStore: the schema and its migrations (one transaction each), cards and
// reviews. Opening, and what happens to a file that cannot be used, is in progress_store_open.cpp.
#include "io/progress_store.hpp"

#include <sqlite3.h>

#include <chrono>

#include "io/sqlite_stmt.hpp"

namespace knotmap::io {
namespace {

// Migration N brings the schema from version N-1 to N. Never edit a shipped entry: append.
const char* const kMigrations[] = {
    // 1: learn mode cards (one per muscle and exercise kind) and the review log.
    "CREATE TABLE learn_cards ("
    "  muscle TEXT NOT NULL, kind TEXT NOT NULL,"
    "  ease REAL NOT NULL, interval_days INTEGER NOT NULL, repetitions INTEGER NOT NULL,"
    "  due_day INTEGER NOT NULL, lapses INTEGER NOT NULL, reviews INTEGER NOT NULL,"
    "  last_day INTEGER NOT NULL, last_grade INTEGER NOT NULL, last_score REAL NOT NULL,"
    "  PRIMARY KEY (muscle, kind));"
    "CREATE TABLE learn_reviews ("
    "  id INTEGER PRIMARY KEY, at INTEGER NOT NULL, day INTEGER NOT NULL,"
    "  muscle TEXT NOT NULL, kind TEXT NOT NULL, grade INTEGER NOT NULL, score REAL NOT NULL);"
    "CREATE INDEX learn_reviews_day ON learn_reviews(day);",
    // 2: the pain journal. Marks keep their geometry and findings their names, so an entry can be
    // drawn and read after a muscle leaves the content.
    "CREATE TABLE journal_entries (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, note TEXT NOT NULL);"
    "CREATE INDEX journal_entries_at ON journal_entries(at);"
    "CREATE TABLE journal_marks ("
    "  entry INTEGER NOT NULL REFERENCES journal_entries(id) ON DELETE CASCADE, ord INTEGER NOT NULL,"
    "  view TEXT NOT NULL, kind TEXT NOT NULL, radius REAL NOT NULL, intensity INTEGER NOT NULL,"
    "  region TEXT NOT NULL, points TEXT NOT NULL, PRIMARY KEY (entry, ord));"
    "CREATE TABLE journal_habits ("
    "  entry INTEGER NOT NULL REFERENCES journal_entries(id) ON DELETE CASCADE, habit TEXT NOT NULL,"
    "  PRIMARY KEY (entry, habit));"
    "CREATE TABLE journal_press_tests ("
    "  entry INTEGER NOT NULL REFERENCES journal_entries(id) ON DELETE CASCADE,"
    "  muscle TEXT NOT NULL, trigger_point TEXT NOT NULL, side TEXT NOT NULL, answer TEXT NOT NULL,"
    "  PRIMARY KEY (entry, muscle, trigger_point, side));"
    "CREATE TABLE journal_findings ("
    "  entry INTEGER NOT NULL REFERENCES journal_entries(id) ON DELETE CASCADE, rank INTEGER NOT NULL,"
    "  muscle TEXT NOT NULL, muscle_name TEXT NOT NULL, trigger_point TEXT NOT NULL,"
    "  trigger_point_name TEXT NOT NULL, side TEXT NOT NULL, score REAL NOT NULL, explains TEXT NOT NULL,"
    "  PRIMARY KEY (entry, rank));"
    "CREATE TABLE journal_treatments ("
    "  id INTEGER PRIMARY KEY, at INTEGER NOT NULL, muscle TEXT NOT NULL, trigger_point TEXT NOT NULL,"
    "  side TEXT NOT NULL, method TEXT NOT NULL, seconds INTEGER NOT NULL, rating TEXT);"
    "CREATE INDEX journal_treatments_at ON journal_treatments(at);",
};
static_assert(std::size(kMigrations) == kStoreSchemaVersion);

}  // namespace

int LocalDayNumber(std::time_t t) {
  std::tm tm{};
  localtime_r(&t, &tm);
  using namespace std::chrono;
  const year_month_day ymd{year{tm.tm_year + 1900}, month{static_cast<unsigned>(tm.tm_mon + 1)},
                           day{static_cast<unsigned>(tm.tm_mday)}};
  return static_cast<int>(sys_days{ymd}.time_since_epoch().count());
}

ProgressStore::ProgressStore(ProgressStore&& o) noexcept
    : db_(o.db_), state_(o.state_), file_(std::move(o.file_)),
      messages_(std::move(o.messages_)), last_error_(std::move(o.last_error_)) {
  o.db_ = nullptr;
}

ProgressStore& ProgressStore::operator=(ProgressStore&& o) noexcept {
  if (this != &o) {
    Close();
    db_ = o.db_;
    o.db_ = nullptr;
    state_ = o.state_;
    file_ = std::move(o.file_);
    messages_ = std::move(o.messages_);
    last_error_ = std::move(o.last_error_);
  }
  return *this;
}

ProgressStore::~ProgressStore() { Close(); }

void ProgressStore::Close() {
  if (db_ != nullptr) sqlite3_close_v2(db_);
  db_ = nullptr;
}

bool ProgressStore::Exec(const char* sql) {
  char* msg = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &msg) == SQLITE_OK) return true;
  last_error_ = msg != nullptr ? msg : sqlite3_errmsg(db_);
  sqlite3_free(msg);
  return false;
}

ProgressStore ProgressStore::InMemory() {
  ProgressStore s;
  if (sqlite3_open(":memory:", &s.db_) != SQLITE_OK || !s.Migrate()) {
    s.last_error_ = "cannot create an in-memory database";
  }
  return s;
}

bool ProgressStore::Migrate() {
  const int version = QueryInt(db_, "PRAGMA user_version").value_or(-1);
  if (version < 0) return false;
  for (int v = version; v < kStoreSchemaVersion; ++v) {
    if (!Exec("BEGIN IMMEDIATE")) return false;
    const std::string bump = "PRAGMA user_version=" + std::to_string(v + 1) +
                             "; PRAGMA application_id=" + std::to_string(kStoreApplicationId) + ";";
    if (!Exec(kMigrations[v]) || !Exec(bump.c_str()) || !Exec("COMMIT")) {
      const std::string error = last_error_;
      Exec("ROLLBACK");
      last_error_ = error;
      return false;
    }
  }
  return true;
}

int ProgressStore::SchemaVersion() const {
  return db_ != nullptr ? QueryInt(db_, "PRAGMA user_version").value_or(-1) : -1;
}

std::string ProgressStore::JournalMode() const {
  if (db_ == nullptr) return "";
  Stmt st(db_, "PRAGMA journal_mode");
  return st.Ok() && st.Step() == SQLITE_ROW ? st.Text(0) : "";
}

std::vector<model::Card> ProgressStore::LoadCards() {
  std::vector<model::Card> cards;
  if (db_ == nullptr) return cards;
  Stmt st(db_,
          "SELECT muscle, kind, ease, interval_days, repetitions, due_day, lapses, reviews, last_day,"
          " last_grade, last_score FROM learn_cards ORDER BY muscle, kind");
  if (!st.Ok()) return cards;
  while (st.Step() == SQLITE_ROW) {
    const auto kind = model::ParseExerciseKind(st.Text(1));
    if (!kind) continue;  // written by a newer version: not ours to interpret
    model::Card c;
    c.key = {st.Text(0), *kind};
    c.ease = static_cast<float>(st.Real(2));
    c.interval = st.Int(3);
    c.repetitions = st.Int(4);
    c.due_day = st.Int(5);
    c.lapses = st.Int(6);
    c.reviews = st.Int(7);
    c.last_day = st.Int(8);
    c.last_grade = st.Int(9);
    c.last_score = static_cast<float>(st.Real(10));
    cards.push_back(std::move(c));
  }
  return cards;
}

bool ProgressStore::SaveReview(const model::Card& c, const ReviewRecord& r) {
  if (db_ == nullptr) {
    last_error_ = "no database";
    return false;
  }
  if (!Exec("BEGIN IMMEDIATE")) return false;
  Stmt card(db_,
            "INSERT INTO learn_cards (muscle, kind, ease, interval_days, repetitions, due_day, lapses,"
            " reviews, last_day, last_grade, last_score) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)"
            " ON CONFLICT (muscle, kind) DO UPDATE SET ease=?3, interval_days=?4, repetitions=?5,"
            " due_day=?6, lapses=?7, reviews=?8, last_day=?9, last_grade=?10, last_score=?11");
  Stmt review(db_,
              "INSERT INTO learn_reviews (at, day, muscle, kind, grade, score) VALUES (?1,?2,?3,?4,?5,?6)");
  bool ok = card.Ok() && review.Ok();
  if (ok) {
    card.Bind(1, c.key.muscle);
    card.Bind(2, std::string(model::ToString(c.key.kind)));
    card.Bind(3, static_cast<double>(c.ease));
    card.Bind(4, c.interval);
    card.Bind(5, c.repetitions);
    card.Bind(6, c.due_day);
    card.Bind(7, c.lapses);
    card.Bind(8, c.reviews);
    card.Bind(9, c.last_day);
    card.Bind(10, c.last_grade);
    card.Bind(11, static_cast<double>(c.last_score));
    review.Bind(1, r.at);
    review.Bind(2, r.day);
    review.Bind(3, r.key.muscle);
    review.Bind(4, std::string(model::ToString(r.key.kind)));
    review.Bind(5, r.grade);
    review.Bind(6, static_cast<double>(r.score));
    ok = card.Step() == SQLITE_DONE && review.Step() == SQLITE_DONE;
  }
  if (ok && Exec("COMMIT")) return true;
  last_error_ = sqlite3_errmsg(db_);
  const std::string error = last_error_;
  Exec("ROLLBACK");
  last_error_ = error;
  return false;
}

std::vector<int> ProgressStore::ReviewDays() {
  std::vector<int> days;
  if (db_ == nullptr) return days;
  Stmt st(db_, "SELECT DISTINCT day FROM learn_reviews ORDER BY day");
  while (st.Ok() && st.Step() == SQLITE_ROW) days.push_back(st.Int(0));
  return days;
}

int ProgressStore::ReviewCount() {
  return db_ != nullptr ? QueryInt(db_, "SELECT count(*) FROM learn_reviews").value_or(0) : 0;
}

bool ProgressStore::ResetLearnProgress() {
  if (db_ == nullptr) return false;
  if (Exec("BEGIN IMMEDIATE") && Exec("DELETE FROM learn_cards; DELETE FROM learn_reviews;") &&
      Exec("COMMIT")) {
    return true;
  }
  const std::string error = last_error_;
  Exec("ROLLBACK");
  last_error_ = error;
  return false;
}

}  // namespace knotmap::io
