// The progress store: a private WAL database with a schema version, round trips of cards and
// reviews, and damaged, foreign and newer files that are moved aside or left alone, never lost.
#include <catch2/catch.hpp>

#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "io/progress_store.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
namespace km = knotmap::model;
using knotmap::io::ProgressStore;
using knotmap::test::TempDir;

namespace {


std::string ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<fs::path> AsideFiles(const fs::path& dir) {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().filename().string().find(".damaged-") != std::string::npos) out.push_back(e.path());
  }
  return out;
}

void RawSql(const fs::path& file, const char* sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(file.c_str(), &db) == SQLITE_OK);
  REQUIRE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(db);
}

km::Card SomeCard() {
  km::Card c;
  c.key = {"rhomboids", km::ExerciseKind::WhereRefer};
  return km::Review(c, 4, 0.52f, 19000);
}

}  // namespace

TEST_CASE("a new store is private, in WAL mode, at the current schema", "[io][store]") {
  TempDir dir;
  const fs::path file = dir.path / knotmap::io::kStoreFileName;
  ProgressStore s = ProgressStore::Open(file);
  INFO((s.Messages().empty() ? std::string() : s.Messages().front()));
  CHECK(s.Persistent());
  CHECK(s.Messages().empty());
  CHECK(s.SchemaVersion() == knotmap::io::kStoreSchemaVersion);
  CHECK(s.JournalMode() == "wal");
  struct stat st {};
  REQUIRE(::stat(file.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);
  // A write creates the WAL file with the same private mode.
  REQUIRE(s.SaveReview(SomeCard(), {SomeCard().key, 19000, 1640000000, 4, 0.52f}));
  if (::stat((file.string() + "-wal").c_str(), &st) == 0) CHECK((st.st_mode & 0777) == 0600);
}

TEST_CASE("cards and reviews survive closing and reopening", "[io][store]") {
  TempDir dir;
  const fs::path file = dir.path / knotmap::io::kStoreFileName;
  const km::Card c = SomeCard();
  {
    ProgressStore s = ProgressStore::Open(file);
    REQUIRE(s.SaveReview(c, {c.key, 19000, 1641600000, 4, 0.52f}));
    km::Card again = km::Review(c, 5, 0.7f, 19001);
    REQUIRE(s.SaveReview(again, {again.key, 19001, 1641700000, 5, 0.7f}));
    km::Card other;
    other.key = {"levator_scapulae", km::ExerciseKind::WhichMuscle};
    other = km::Review(other, 1, 0.0f, 19003);
    REQUIRE(s.SaveReview(other, {other.key, 19003, 1641800000, 1, 0.0f}));
  }
  ProgressStore s = ProgressStore::Open(file);
  CHECK(s.Messages().empty());
  const auto cards = s.LoadCards();
  REQUIRE(cards.size() == 2u);
  const km::Card* r = km::FindCard(cards, c.key);
  REQUIRE(r != nullptr);
  CHECK(r->reviews == 2);
  CHECK(r->interval == 6);
  CHECK(r->due_day == 19007);
  CHECK(r->last_grade == 5);
  CHECK(r->last_score == Approx(0.7));
  CHECK(r->ease == Approx(2.6));
  CHECK(s.ReviewCount() == 3);
  CHECK(s.ReviewDays() == std::vector<int>{19000, 19001, 19003});
  REQUIRE(s.ResetLearnProgress());
  CHECK(s.LoadCards().empty());
  CHECK(s.ReviewCount() == 0);
}

TEST_CASE("a damaged file is moved aside untouched and a fresh store starts", "[io][store]") {
  TempDir dir;
  const fs::path file = dir.path / knotmap::io::kStoreFileName;
  const std::string junk = "this is not a database, just some text that happens to be here\n";
  std::ofstream(file, std::ios::binary) << junk;
  ProgressStore s = ProgressStore::Open(file);
  CHECK(s.Persistent());
  REQUIRE(s.Messages().size() == 1u);
  CHECK(s.Messages().front().find("kept as") != std::string::npos);
  const auto aside = AsideFiles(dir.path);
  REQUIRE(aside.size() == 1u);
  CHECK(ReadAll(aside.front()) == junk);
  CHECK(s.SaveReview(SomeCard(), {SomeCard().key, 19000, 0, 4, 0.5f}));
  CHECK(s.LoadCards().size() == 1u);
}

TEST_CASE("a corrupted SQLite file is moved aside", "[io][store]") {
  TempDir dir;
  const fs::path file = dir.path / knotmap::io::kStoreFileName;
  {
    ProgressStore s = ProgressStore::Open(file);
    for (int i = 0; i < 200; ++i) {
      km::Card c;
      c.key = {"muscle_" + std::to_string(i), km::ExerciseKind::WhichMuscle};
      REQUIRE(s.SaveReview(c, {c.key, 19000 + i, 0, 3, 0.5f}));
    }
  }
  // Keep SQLite's header but overwrite the pages behind it.
  std::string bytes = ReadAll(file);
  REQUIRE(bytes.size() > 4096u);
  for (std::size_t i = 100; i < bytes.size(); ++i) bytes[i] = static_cast<char>(i * 7 + 3);
  std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
  ProgressStore s = ProgressStore::Open(file);
  REQUIRE(s.Messages().size() == 1u);
  CHECK(s.Persistent());
  CHECK(s.LoadCards().empty());
  REQUIRE(AsideFiles(dir.path).size() >= 1u);
}

TEST_CASE("another program's SQLite file is moved aside, not reused", "[io][store]") {
  TempDir dir;
  const fs::path file = dir.path / knotmap::io::kStoreFileName;
  RawSql(file, "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes VALUES (1, 'mine');");
  ProgressStore s = ProgressStore::Open(file);
  CHECK(s.Persistent());
  REQUIRE(s.Messages().size() == 1u);
  CHECK(s.Messages().front().find("another program") != std::string::npos);
  REQUIRE(AsideFiles(dir.path).size() == 1u);
  CHECK(s.SchemaVersion() == knotmap::io::kStoreSchemaVersion);
}

TEST_CASE("a file from a newer Knotmap is left alone; progress stays in memory", "[io][store]") {
  TempDir dir;
  const fs::path file = dir.path / knotmap::io::kStoreFileName;
  { ProgressStore s = ProgressStore::Open(file); }
  RawSql(file, "PRAGMA user_version=99;");
  const std::string before = ReadAll(file);
  ProgressStore s = ProgressStore::Open(file);
  CHECK_FALSE(s.Persistent());
  REQUIRE(s.Messages().size() == 1u);
  CHECK(s.Messages().front().find("newer version") != std::string::npos);
  CHECK(AsideFiles(dir.path).empty());
  CHECK(s.SaveReview(SomeCard(), {SomeCard().key, 19000, 0, 4, 0.5f}));  // in memory
  CHECK(ReadAll(file) == before);
}

TEST_CASE("an empty Knotmap file at schema 0 is migrated", "[io][store]") {
  TempDir dir;
  const fs::path file = dir.path / knotmap::io::kStoreFileName;
  RawSql(file, "PRAGMA application_id=1263423316;");  // 0x4B4E4F54
  ProgressStore s = ProgressStore::Open(file);
  CHECK(s.Messages().empty());
  CHECK(s.SchemaVersion() == knotmap::io::kStoreSchemaVersion);
  CHECK(s.SaveReview(SomeCard(), {SomeCard().key, 19000, 0, 4, 0.5f}));
}

TEST_CASE("an in-memory store works without a file", "[io][store]") {
  ProgressStore s = ProgressStore::InMemory();
  CHECK_FALSE(s.Persistent());
  CHECK(s.SaveReview(SomeCard(), {SomeCard().key, 19000, 0, 4, 0.5f}));
  CHECK(s.LoadCards().size() == 1u);
  CHECK(s.ReviewDays() == std::vector<int>{19000});
}

TEST_CASE("local day numbers count days since 1970-01-01", "[io][store]") {
  std::tm noon{};
  noon.tm_year = 2024 - 1900;
  noon.tm_mon = 2;  // March
  noon.tm_mday = 1;
  noon.tm_hour = 12;
  noon.tm_isdst = -1;
  // 2024-01-01 is day 19723; January has 31 days and February 29.
  CHECK(knotmap::io::LocalDayNumber(std::mktime(&noon)) == 19723 + 31 + 29);
}

TEST_CASE("a store locked by another program reports the failed write and keeps its data",
          "[io][store][locked]") {
  TempDir dir;
  const fs::path file = dir.path / "knotmap.sqlite3";
  {
    ProgressStore s = ProgressStore::Open(file);
    REQUIRE(s.SaveReview(SomeCard(), {SomeCard().key, 19000, 1, 4, 0.52f}));
  }
  ProgressStore s = ProgressStore::Open(file);
  REQUIRE(s.Persistent());
  sqlite3* other = nullptr;
  REQUIRE(sqlite3_open(file.c_str(), &other) == SQLITE_OK);
  REQUIRE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) == SQLITE_OK);
  // The write waits for the busy timeout, then fails with a message instead of hanging.
  CHECK_FALSE(s.SaveReview(SomeCard(), {SomeCard().key, 19001, 2, 5, 0.9f}));
  CHECK(s.LastError().find("locked") != std::string::npos);
  REQUIRE(sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(other);
  // Nothing was lost, and the next write goes through.
  CHECK(s.ReviewCount() == 1);
  CHECK(s.SaveReview(SomeCard(), {SomeCard().key, 19002, 3, 5, 0.9f}));
  CHECK(s.ReviewCount() == 2);
}

namespace {

// Runs `body` in a child process and returns its exit status (the child reports by exit code, so
// no Catch2 macro runs there). Used to hold a lock from another process and to drop privileges.
template <typename Fn>
int InChild(Fn&& body) {
  const pid_t pid = ::fork();
  if (pid == 0) ::_exit(body());
  int status = 0;
  ::waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 255;
}

}  // namespace

TEST_CASE("a store locked by another process is not called damaged and is never moved",
          "[io][store][locked]") {
  TempDir dir;
  const fs::path file = dir.path / knotmap::io::kStoreFileName;
  {
    ProgressStore s = ProgressStore::Open(file);
    REQUIRE(s.SaveReview(SomeCard(), {SomeCard().key, 19000, 1, 4, 0.52f}));
  }
  int ready[2], done[2];
  REQUIRE(::pipe(ready) == 0);
  REQUIRE(::pipe(done) == 0);
  const pid_t holder = ::fork();
  if (holder == 0) {  // another program that takes the whole file for itself
    sqlite3* db = nullptr;
    if (sqlite3_open(file.c_str(), &db) != SQLITE_OK) ::_exit(1);
    if (sqlite3_exec(db, "PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE; DELETE FROM learn_cards;",
                     nullptr, nullptr, nullptr) != SQLITE_OK) {
      ::_exit(2);
    }
    char c = 'r';
    (void)!::write(ready[1], &c, 1);
    (void)!::read(done[0], &c, 1);
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    ::_exit(0);
  }
  char c = 0;
  REQUIRE(::read(ready[0], &c, 1) == 1);
  {
    ProgressStore s = ProgressStore::Open(file);
    INFO((s.Messages().empty() ? std::string("no message") : s.Messages().front()));
    CHECK(s.State() == knotmap::io::StoreState::Locked);
    CHECK_FALSE(s.Persistent());
    REQUIRE(s.Messages().size() == 1u);
    CHECK(s.Messages().front().find("locked by another program") != std::string::npos);
    CHECK(s.Messages().front().find("damaged") == std::string::npos);
    CHECK(AsideFiles(dir.path).empty());
    CHECK(s.SaveReview(SomeCard(), {SomeCard().key, 19001, 2, 5, 0.9f}));  // kept in memory
  }
  (void)!::write(done[1], &c, 1);
  int status = 0;
  ::waitpid(holder, &status, 0);
  CHECK(WEXITSTATUS(status) == 0);
  // The other program let go: the file is whole and opens normally.
  ProgressStore again = ProgressStore::Open(file);
  CHECK(again.Persistent());
  CHECK(again.LoadCards().size() == 1u);
}

TEST_CASE("a read-only store is read, not moved aside, and says why nothing is saved",
          "[io][store][readonly]") {
  TempDir dir;
  const fs::path data = dir.path / "data";
  fs::create_directory(data);
  const fs::path file = data / knotmap::io::kStoreFileName;
  {
    ProgressStore s = ProgressStore::Open(file);
    REQUIRE(s.SaveReview(SomeCard(), {SomeCard().key, 19000, 1, 4, 0.52f}));
  }
  const std::string before = ReadAll(file);
  fs::permissions(file, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read,
                  fs::perm_options::replace);
  fs::permissions(data, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                            fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec,
                  fs::perm_options::replace);
  fs::permissions(dir.path, fs::perms::others_exec | fs::perms::others_read, fs::perm_options::add);
  // Exit codes: 0 as expected, 10+ which check failed. Root ignores permissions, so the child
  // becomes an unprivileged user first.
  const int result = InChild([&] {
    if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) return 9;
    ProgressStore s = ProgressStore::Open(file);
    if (s.State() != knotmap::io::StoreState::ReadOnly) return 10;
    if (s.Persistent()) return 11;
    if (s.Messages().size() != 1 || s.Messages().front().find("read-only") == std::string::npos) return 12;
    if (s.Messages().front().find("not saved") == std::string::npos) return 13;
    if (s.LoadCards().size() != 1) return 14;  // what is there is still shown
    if (s.ReviewCount() != 1) return 15;
    if (!s.SaveReview(SomeCard(), {SomeCard().key, 19001, 2, 5, 0.9f})) return 16;  // in memory
    return 0;
  });
  fs::permissions(data, fs::perms::owner_all, fs::perm_options::add);
  CHECK(result == 0);
  CHECK(AsideFiles(data).empty());
  CHECK(ReadAll(file) == before);
}

TEST_CASE("a Knotmap database with a dropped table is detected", "[io][store]") {
  TempDir dir;
  const fs::path file = dir.path / knotmap::io::kStoreFileName;
  { ProgressStore s = ProgressStore::Open(file); }
  RawSql(file, "DROP TABLE learn_reviews;");
  ProgressStore s = ProgressStore::Open(file);
  REQUIRE(s.Messages().size() == 1u);
  CHECK(s.Messages().front().find("its table learn_reviews is missing") != std::string::npos);
  CHECK(AsideFiles(dir.path).size() == 1u);
  CHECK(s.Persistent());
  CHECK(s.SaveReview(SomeCard(), {SomeCard().key, 19000, 0, 4, 0.5f}));
}

TEST_CASE("a FIFO at the database path does not block and is left alone", "[io][store]") {
  TempDir dir;
  const fs::path file = dir.path / knotmap::io::kStoreFileName;
  REQUIRE(::mkfifo(file.c_str(), 0600) == 0);
  ProgressStore s = ProgressStore::Open(file);
  CHECK(s.State() == knotmap::io::StoreState::Unavailable);
  REQUIRE(s.Messages().size() == 1u);
  CHECK(s.Messages().front().find("it is a FIFO (named pipe), not a file") != std::string::npos);
  CHECK(AsideFiles(dir.path).empty());
}

TEST_CASE("a quick_check failure never says 'not an error'", "[io][store]") {
  TempDir dir;
  const fs::path file = dir.path / knotmap::io::kStoreFileName;
  {
    ProgressStore s = ProgressStore::Open(file);
    for (int i = 0; i < 300; ++i) {
      km::Card c;
      c.key = {"muscle_" + std::to_string(i), km::ExerciseKind::WhichMuscle};
      REQUIRE(s.SaveReview(c, {c.key, 19000 + i, 0, 3, 0.5f}));
    }
  }
  // Damage the b-tree page headers behind the schema page, keeping the file header intact.
  std::string bytes = ReadAll(file);
  REQUIRE(bytes.size() > 5 * 4096u);
  for (std::size_t page = 2; page < 5; ++page) {
    for (std::size_t i = page * 4096; i < page * 4096 + 24; ++i) bytes[i] = static_cast<char>(i * 13 + 5);
  }
  std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
  ProgressStore s = ProgressStore::Open(file);
  REQUIRE(s.Messages().size() == 1u);
  CHECK(s.Messages().front().find("not an error") == std::string::npos);
  CHECK(s.Messages().front().find("damaged") != std::string::npos);
}
