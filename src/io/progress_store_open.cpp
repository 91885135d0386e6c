// Opening the progress store and deciding what a file that cannot be used is: only a file SQLite
// reports as corrupt or not a database (or another program's, or one missing a table) is moved
// aside; a locked file is left to its owner, a read-only one is read into memory, a FIFO or a
// directory is named. Checks, in order: the kind of file, the header, that SQLite can read it,
// quick_check, PRAGMA application_id / user_version, the tables of the schema.
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <system_error>

#include "io/file_io.hpp"
#include "io/progress_store.hpp"
#include "io/sqlite_stmt.hpp"

namespace knotmap::io {
namespace {

namespace fs = std::filesystem;

// The tables of the schema and the version that added each (a dropped one means the file is damaged).
struct Table {
  const char* name;
  int since;
};
const Table kTables[] = {{"learn_cards", 1},        {"learn_reviews", 1},       {"journal_entries", 2},
                         {"journal_marks", 2},      {"journal_habits", 2},      {"journal_press_tests", 2},
                         {"journal_findings", 2},   {"journal_treatments", 2}};

enum class Header { Sqlite, Other, Unreadable };

// Whether the first bytes are SQLite's header (an empty file is a new database too).
Header ReadHeader(const fs::path& file, std::string& problem) {
  const int fd = ::open(file.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    problem = std::strerror(errno);
    return Header::Unreadable;
  }
  char header[16] = {};
  ssize_t got = 0;
  while (got < 16) {
    const ssize_t n = ::read(fd, header + got, static_cast<std::size_t>(16 - got));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    got += n;
  }
  ::close(fd);
  if (got == 0) return Header::Sqlite;
  return got == 16 && std::string(header, 16) == std::string("SQLite format 3\0", 16) ? Header::Sqlite
                                                                                      : Header::Other;
}

std::string Stamp() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  localtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y%m%d-%H%M%S", &tm);
  return buf;
}

// "file:" URI for sqlite3_open_v2 with the characters URIs reserve escaped.
std::string Uri(const fs::path& file, const char* query) {
  std::string out = "file:";
  for (char c : file.string()) {
    if (c == '%' || c == '?' || c == '#') {
      static const char* hex = "0123456789ABCDEF";
      out += '%';
      out += hex[(static_cast<unsigned char>(c) >> 4) & 15];
      out += hex[static_cast<unsigned char>(c) & 15];
    } else {
      out += c;
    }
  }
  return out + "?" + query;
}


using Failure = ProgressStore::Failure;

// What an SQLite error code means for the user's file.
Failure Classify(int code) {
  switch (code & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return Failure::Damaged;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return Failure::Locked;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
    case SQLITE_AUTH: return Failure::ReadOnly;
    default: return Failure::Unavailable;
  }
}

Failure Fail(sqlite3* db, std::string& problem) {
  const int code = sqlite3_extended_errcode(db);
  const Failure f = Classify(code);
  const std::string why = sqlite3_errmsg(db);
  switch (f) {
    case Failure::Damaged: problem = "it is damaged (" + why + ")"; break;
    case Failure::Locked: problem = "it is locked by another program (is Knotmap already running?)"; break;
    case Failure::ReadOnly: problem = "it is read-only (" + why + ")"; break;
    default: problem = why; break;
  }
  return f;
}

// Checks an open connection: readable, intact, Knotmap's, not newer, every table there.
Failure CheckDatabase(sqlite3* db, std::string& problem) {
  const auto app_id = QueryInt(db, "PRAGMA application_id");
  if (!app_id) return Fail(db, problem);
  const auto version = QueryInt(db, "PRAGMA user_version");
  if (!version) return Fail(db, problem);
  {  // finalized before the journal mode changes: an open read would block the switch
    Stmt check(db, "PRAGMA quick_check");
    if (!check.Ok() || check.Step() != SQLITE_ROW) return Fail(db, problem);
    if (check.Text(0) != "ok") {
      problem = "it is damaged (SQLite's check found: " + check.Text(0).substr(0, 200) + ")";
      return Failure::Damaged;
    }
  }
  const auto tables = QueryInt(db, "SELECT count(*) FROM sqlite_master");
  if (!tables) return Fail(db, problem);
  if (*app_id != kStoreApplicationId && (*app_id != 0 || *version != 0 || *tables != 0)) {
    problem = "it belongs to another program";
    return Failure::Damaged;
  }
  if (*version > kStoreSchemaVersion) {
    problem = "it was written by a newer version of Knotmap (schema " + std::to_string(*version) +
              "); it is left untouched";
    return Failure::Newer;
  }
  for (const Table& table : kTables) {
    if (*version < table.since) continue;
    Stmt st(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1");
    if (!st.Ok()) return Fail(db, problem);
    st.Bind(1, std::string(table.name));
    if (st.Step() != SQLITE_ROW) return Fail(db, problem);
    if (st.Int(0) == 0) {
      problem = std::string("it is damaged: its table ") + table.name + " is missing";
      return Failure::Damaged;
    }
  }
  return Failure::None;
}

}  // namespace

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

ProgressStore::Failure ProgressStore::OpenFile(const fs::path& file, std::string& problem) {
  struct stat st {};
  const bool exists = ::stat(file.c_str(), &st) == 0;
  if (exists && !S_ISREG(st.st_mode)) {
    problem = "it is " + DescribeNonRegular(file) + ", not a file";
    return Failure::Unavailable;
  }
  if (exists) {
    const Header header = ReadHeader(file, problem);
    if (header == Header::Unreadable) return Failure::Unavailable;
    if (header == Header::Other) {
      problem = "it is not a Knotmap database";
      return Failure::Damaged;
    }
  } else {
    // Created private before SQLite touches it; SQLite gives the -wal/-shm files the same mode.
    const int fd = ::open(file.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0 && errno != EEXIST) {
      problem = std::string("cannot create it: ") + std::strerror(errno);
      return Failure::Unavailable;
    }
    if (fd >= 0) ::close(fd);
  }
  std::error_code ec;
  fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace, ec);
  if (sqlite3_open_v2(file.c_str(), &db_, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
    const Failure f = db_ != nullptr ? Fail(db_, problem) : Failure::Unavailable;
    if (db_ == nullptr) problem = "cannot open it";
    Close();
    return f;
  }
  if (sqlite3_db_readonly(db_, "main") == 1) {  // SQLite fell back to reading only
    problem = "it is read-only";
    Close();
    return Failure::ReadOnly;
  }
  sqlite3_busy_timeout(db_, 1000);
  if (const Failure f = CheckDatabase(db_, problem); f != Failure::None) {
    Close();
    return f;
  }
  {
    Stmt mode(db_, "PRAGMA journal_mode=WAL");
    if (!mode.Ok() || mode.Step() != SQLITE_ROW) {
      const Failure f = Fail(db_, problem);
      Close();
      return f;
    }
    if (mode.Text(0) != "wal") {
      problem = "cannot switch it to WAL mode";
      Close();
      return Failure::Unavailable;
    }
  }
  sqlite3_busy_timeout(db_, 3000);
  Exec("PRAGMA synchronous=NORMAL");
  if (!Migrate()) {
    Failure f = Classify(sqlite3_extended_errcode(db_));
    problem = f == Failure::Locked ? "it is locked by another program (is Knotmap already running?)"
                                   : "cannot update its schema: " + last_error_;
    Close();
    return f;
  }
  return Failure::None;
}

// Reads a file that cannot be written into an in-memory copy, so the progress so far is shown.
bool ProgressStore::CopyReadOnly(const fs::path& file, std::string& problem) {
  // mode=ro reads a WAL file when its -shm can be used; immutable=1 when the folder is read-only.
  for (const char* query : {"mode=ro", "immutable=1"}) {
    sqlite3* src = nullptr;
    const int flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
    if (sqlite3_open_v2(Uri(file, query).c_str(), &src, flags, nullptr) == SQLITE_OK) {
      sqlite3_busy_timeout(src, 1000);
      std::string why;
      if (CheckDatabase(src, why) == Failure::None) {
        sqlite3* memory = nullptr;
        if (sqlite3_open(":memory:", &memory) == SQLITE_OK) {
          sqlite3_backup* backup = sqlite3_backup_init(memory, "main", src, "main");
          const bool copied = backup != nullptr && sqlite3_backup_step(backup, -1) == SQLITE_DONE;
          if (backup != nullptr) sqlite3_backup_finish(backup);
          if (copied) {
            sqlite3_close(src);
            db_ = memory;
            return Migrate();
          }
        }
        sqlite3_close(memory);
      } else {
        problem += "; " + why;
      }
    }
    sqlite3_close(src);
  }
  return false;
}

ProgressStore ProgressStore::OpenReadOnly(const fs::path& file) {
  ProgressStore s;
  std::string problem;
  std::error_code ec;
  if (fs::is_regular_file(file, ec) && s.CopyReadOnly(file, problem)) {
    s.state_ = StoreState::ReadOnly;
    s.file_ = file;
    return s;
  }
  ProgressStore memory = InMemory();
  memory.state_ = StoreState::ReadOnly;
  return memory;
}

ProgressStore ProgressStore::Open(const fs::path& file) {
  ProgressStore s;
  std::string problem;
  const std::string name = file.filename().string();
  const Failure failure = s.OpenFile(file, problem);
  if (failure == Failure::None) {
    s.state_ = StoreState::Persistent;
    s.file_ = file;
    return s;
  }
  if (failure == Failure::Damaged) {
    std::string error;
    const std::string why = problem;
    const fs::path aside = MoveAside(file, error);
    if (!aside.empty() && s.OpenFile(file, problem) == Failure::None) {
      s.state_ = StoreState::Persistent;
      s.file_ = file;
      s.messages_.push_back("Knotmap could not use its progress file: " + why + ". The file was kept as " +
                            aside.filename().string() + " and a fresh one started.");
      return s;
    }
    if (!error.empty()) problem += "; " + error;
  }
  if (failure == Failure::ReadOnly && s.CopyReadOnly(file, problem)) {
    s.state_ = StoreState::ReadOnly;
    s.file_ = file;
    s.messages_.push_back("Your progress file " + name + " is read-only (" + problem +
                          "): your progress so far is shown, but what you do now is not saved.");
    return s;
  }
  ProgressStore memory = InMemory();
  memory.state_ = failure == Failure::Locked ? StoreState::Locked
                  : failure == Failure::Newer ? StoreState::Newer
                                              : StoreState::Unavailable;
  memory.messages_.push_back("Progress is not saved this time: " + name + ": " + problem + ".");
  return memory;
}

}  // namespace knotmap::io
