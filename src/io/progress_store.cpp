// SQLite behind the ProgressStore. Open checks, in order: the file header, that SQLite can read
// it, quick_check, and PRAGMA application_id / user_version; anything unexpected moves the file
// aside and a fresh one starts. Migrations run inside one transaction each.
#include "io/progress_store.hpp"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <optional>
#include <cstdio>
#include <fstream>
#include <system_error>

namespace knotmap::io {
namespace {

namespace fs = std::filesystem;

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
};
static_assert(std::size(kMigrations) == kStoreSchemaVersion);

// A prepared statement that finalizes itself.
class Stmt {
 public:
  Stmt(sqlite3* db, const char* sql) { ok_ = sqlite3_prepare_v2(db, sql, -1, &s_, nullptr) == SQLITE_OK; }
  ~Stmt() { sqlite3_finalize(s_); }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  bool Ok() const { return ok_; }
  sqlite3_stmt* get() const { return s_; }
  void Bind(int i, const std::string& v) { sqlite3_bind_text(s_, i, v.c_str(), -1, SQLITE_TRANSIENT); }
  void Bind(int i, int v) { sqlite3_bind_int(s_, i, v); }
  void Bind(int i, std::int64_t v) { sqlite3_bind_int64(s_, i, v); }
  void Bind(int i, double v) { sqlite3_bind_double(s_, i, v); }
  int Step() { return sqlite3_step(s_); }
  int Int(int col) const { return sqlite3_column_int(s_, col); }
  double Real(int col) const { return sqlite3_column_double(s_, col); }
  std::string Text(int col) const {
    const unsigned char* t = sqlite3_column_text(s_, col);
    return t != nullptr ? reinterpret_cast<const char*>(t) : "";
  }

 private:
  sqlite3_stmt* s_ = nullptr;
  bool ok_ = false;
};

std::optional<int> QueryInt(sqlite3* db, const char* sql) {
  Stmt st(db, sql);
  if (!st.Ok() || st.Step() != SQLITE_ROW) return std::nullopt;
  return st.Int(0);
}

// Whether the first bytes are SQLite's header (an empty file is a new database too).
bool LooksLikeSqlite(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  char header[16] = {};
  in.read(header, sizeof header);
  if (in.gcount() == 0) return true;
  return in.gcount() == 16 && std::string(header, 16) == std::string("SQLite format 3\0", 16);
}

std::string Stamp() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  localtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y%m%d-%H%M%S", &tm);
  return buf;
}

}  // namespace

int LocalDayNumber(std::time_t t) {
  std::tm tm{};
  localtime_r(&t, &tm);
  using namespace std::chrono;
  const year_month_day ymd{year{tm.tm_year + 1900}, month{static_cast<unsigned>(tm.tm_mon + 1)},
                           day{static_cast<unsigned>(tm.tm_mday)}};
  return static_cast<int>(sys_days{ymd}.time_since_epoch().count());
}

fs::path MoveAside(const fs::path& file, std::string& error) {
  const std::string base = file.string() + ".damaged-" + Stamp();
  fs::path target = base;
  std::error_code ec;
  for (int n = 2; fs::exists(target, ec) || fs::exists(target.string() + "-wal", ec); ++n) {
    target = base + "-" + std::to_string(n);
  }
  fs::rename(file, target, ec);
  if (ec) {
    error = "cannot rename " + file.string() + ": " + ec.message();
    return {};
  }
  for (const char* companion : {"-wal", "-shm", "-journal"}) {
    const fs::path from = file.string() + companion;
    if (fs::exists(from, ec)) fs::rename(from, target.string() + companion, ec);
  }
  return target;
}

ProgressStore::ProgressStore(ProgressStore&& o) noexcept
    : db_(o.db_), persistent_(o.persistent_), file_(std::move(o.file_)),
      messages_(std::move(o.messages_)), last_error_(std::move(o.last_error_)) {
  o.db_ = nullptr;
}

ProgressStore& ProgressStore::operator=(ProgressStore&& o) noexcept {
  if (this != &o) {
    Close();
    db_ = o.db_;
    o.db_ = nullptr;
    persistent_ = o.persistent_;
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

bool ProgressStore::OpenFile(const fs::path& file, std::string& problem, bool& damaged) {
  damaged = false;
  std::error_code ec;
  if (fs::exists(file, ec) && !LooksLikeSqlite(file)) {
    problem = "it is not a Knotmap database";
    damaged = true;
    return false;
  }
  if (!fs::exists(file, ec)) {
    // Created private before SQLite touches it; SQLite gives the -wal/-shm files the same mode.
    const int fd = ::open(file.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0 && errno != EEXIST) {
      problem = std::string("cannot create it: ") + std::strerror(errno);
      return false;
    }
    if (fd >= 0) ::close(fd);
  }
  fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace, ec);
  if (sqlite3_open_v2(file.c_str(), &db_, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
    problem = db_ != nullptr ? sqlite3_errmsg(db_) : "cannot open it";
    Close();
    return false;
  }
  sqlite3_busy_timeout(db_, 3000);
  const auto app_id = QueryInt(db_, "PRAGMA application_id");
  const auto version = QueryInt(db_, "PRAGMA user_version");
  bool intact = false;
  {  // finalized before the journal mode changes: an open read would block the switch
    Stmt check(db_, "PRAGMA quick_check");
    intact = check.Ok() && check.Step() == SQLITE_ROW && check.Text(0) == "ok";
  }
  if (!app_id || !version || !intact) {
    problem = "it is damaged (" + std::string(sqlite3_errmsg(db_)) + ")";
    damaged = true;
    Close();
    return false;
  }
  const int tables = QueryInt(db_, "SELECT count(*) FROM sqlite_master").value_or(0);
  if (*app_id != kStoreApplicationId && (*app_id != 0 || *version != 0 || tables != 0)) {
    problem = "it belongs to another program";
    damaged = true;
    Close();
    return false;
  }
  if (*version > kStoreSchemaVersion) {
    problem = "it was written by a newer version of Knotmap (schema " + std::to_string(*version) +
              "); it is left untouched";
    Close();
    return false;
  }
  bool wal = false;
  {
    Stmt mode(db_, "PRAGMA journal_mode=WAL");
    wal = mode.Ok() && mode.Step() == SQLITE_ROW && mode.Text(0) == "wal";
  }
  if (!wal) {
    problem = "cannot switch it to WAL mode";
    Close();
    return false;
  }
  Exec("PRAGMA synchronous=NORMAL");
  if (!Migrate()) {
    problem = "cannot update its schema: " + last_error_;
    Close();
    return false;
  }
  return true;
}

ProgressStore ProgressStore::Open(const fs::path& file) {
  ProgressStore s;
  std::string problem;
  bool damaged = false;
  if (s.OpenFile(file, problem, damaged)) {
    s.persistent_ = true;
    s.file_ = file;
    return s;
  }
  if (damaged) {
    std::string error;
    const std::string why = problem;
    const fs::path aside = MoveAside(file, error);
    if (!aside.empty() && s.OpenFile(file, problem, damaged)) {
      s.persistent_ = true;
      s.file_ = file;
      s.messages_.push_back("Knotmap could not use its progress file: " + why + ". The file was kept as " +
                            aside.filename().string() + " and a fresh one started.");
      return s;
    }
    if (!error.empty()) problem += "; " + error;
  }
  ProgressStore memory = InMemory();
  memory.messages_.push_back("Progress is not saved this time: " + file.filename().string() + ": " +
                             problem + ".");
  return memory;
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
