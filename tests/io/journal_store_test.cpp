// The journal in the progress store: round trips of entries and treatments, the migration from the
// learn-only schema, damaged files, and crash safety under SIGKILL in the middle of writes.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <thread>

#include "io/progress_store.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
namespace km = knotmap::model;
using knotmap::io::ProgressStore;
using knotmap::test::TempDir;

namespace {

// A recognisable entry: its note, marks and findings all follow from `n`.
km::JournalEntry NumberedEntry(int n) {
  km::JournalEntry e;
  e.at = 1700000000 + n * 3600;
  e.note = "entry " + std::to_string(n) + ", with a comma and \"quotes\"";
  for (int k = 0; k < 1 + n % 3; ++k) {
    km::PainMark m;
    m.view = k % 2 == 0 ? km::View::Back : km::View::Front;
    m.kind = k == 2 ? km::MarkKind::Stroke : km::MarkKind::Spot;
    m.points = {{500.0f + static_cast<float>(n), 400.5f + static_cast<float>(k)}};
    if (m.kind == km::MarkKind::Stroke) m.points.push_back({520.25f, 430.0f});
    m.radius = 30.0f;
    m.intensity = 1 + (n + k) % 10;
    e.marks.push_back({m, "upper_back"});
  }
  e.habits = {"desk_hunch"};
  e.press_tests = {{"rhomboid_major", "tp1", km::Side::Right, km::PressAnswer::Yes}};
  e.findings = {{"rhomboid_major", "Rhomboid major", "tp1", "lower border", km::Side::Right, 0.75f, {0}},
                {"trapezius_middle", "Middle trapezius", "tp2", "mid fibres", km::Side::Left, 0.5f, {0}}};
  return e;
}

void CheckSame(const km::JournalEntry& got, const km::JournalEntry& want) {
  CHECK(got.at == want.at);
  CHECK(got.note == want.note);
  REQUIRE(got.marks.size() == want.marks.size());
  for (std::size_t i = 0; i < want.marks.size(); ++i) {
    CHECK(got.marks[i].mark.view == want.marks[i].mark.view);
    CHECK(got.marks[i].mark.kind == want.marks[i].mark.kind);
    CHECK(got.marks[i].mark.intensity == want.marks[i].mark.intensity);
    CHECK(got.marks[i].mark.radius == want.marks[i].mark.radius);
    CHECK(got.marks[i].mark.points == want.marks[i].mark.points);
    CHECK(got.marks[i].region == want.marks[i].region);
  }
  CHECK(got.habits == want.habits);
  CHECK(got.press_tests == want.press_tests);
  REQUIRE(got.findings.size() == want.findings.size());
  for (std::size_t i = 0; i < want.findings.size(); ++i) {
    CHECK(got.findings[i].muscle == want.findings[i].muscle);
    CHECK(got.findings[i].muscle_name == want.findings[i].muscle_name);
    CHECK(got.findings[i].trigger_point == want.findings[i].trigger_point);
    CHECK(got.findings[i].side == want.findings[i].side);
    CHECK(got.findings[i].score == Approx(want.findings[i].score));
    CHECK(got.findings[i].explains == want.findings[i].explains);
  }
}

std::string IntegrityCheck(const fs::path& file) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr) == SQLITE_OK);
  std::string out;
  while (sqlite3_step(st) == SQLITE_ROW) out += reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
  sqlite3_finalize(st);
  sqlite3_close(db);
  return out;
}

}  // namespace

TEST_CASE("journal entries and treatments survive closing and reopening", "[io][journal]") {
  TempDir dir;
  const fs::path file = dir.path / knotmap::io::kStoreFileName;
  std::int64_t treatment = 0;
  {
    ProgressStore s = ProgressStore::Open(file);
    for (int n : {3, 1, 2}) REQUIRE(s.AddEntry(NumberedEntry(n)));
    const auto id = s.AddTreatment({0, 1700005000, "rhomboid_major", "tp1", km::Side::Right, km::DoseMethod::Hold, 90,
                                    std::nullopt});
    REQUIRE(id);
    treatment = *id;
  }
  ProgressStore s = ProgressStore::Open(file);
  CHECK(s.Messages().empty());
  const auto entries = s.Entries();
  REQUIRE(entries.size() == 3u);  // in time order
  for (int n = 1; n <= 3; ++n) CheckSame(entries[n - 1], NumberedEntry(n));
  const auto one = s.Entry(entries[1].id);
  REQUIRE(one);
  CheckSame(*one, NumberedEntry(2));
  CHECK(!s.Entry(999));
  // The bounds are inclusive.
  CHECK(s.Entries(NumberedEntry(2).at, NumberedEntry(3).at).size() == 2u);
  CHECK(s.Entries(NumberedEntry(3).at + 1).empty());

  auto treatments = s.Treatments();
  REQUIRE(treatments.size() == 1u);
  CHECK(treatments[0].id == treatment);
  CHECK(treatments[0].seconds == 90);
  CHECK(treatments[0].trigger_point == "tp1");
  CHECK(!treatments[0].rating);
  REQUIRE(s.RateTreatment(treatment, km::TreatmentRating::Better));
  CHECK(s.Treatments()[0].rating == km::TreatmentRating::Better);
  CHECK_FALSE(s.RateTreatment(treatment + 1, km::TreatmentRating::Worse));
  CHECK(s.LastError().find("no treatment") != std::string::npos);
}

TEST_CASE("a learn-only store (schema 1) is migrated and keeps its reviews", "[io][journal]") {
  TempDir dir;
  const fs::path file = dir.path / knotmap::io::kStoreFileName;
  // The schema as the previous release wrote it, with one review.
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(file.c_str(), &db) == SQLITE_OK);
  REQUIRE(sqlite3_exec(db,
                       "PRAGMA journal_mode=WAL;"
                       "CREATE TABLE learn_cards (muscle TEXT NOT NULL, kind TEXT NOT NULL, ease REAL NOT NULL,"
                       " interval_days INTEGER NOT NULL, repetitions INTEGER NOT NULL, due_day INTEGER NOT NULL,"
                       " lapses INTEGER NOT NULL, reviews INTEGER NOT NULL, last_day INTEGER NOT NULL,"
                       " last_grade INTEGER NOT NULL, last_score REAL NOT NULL, PRIMARY KEY (muscle, kind));"
                       "CREATE TABLE learn_reviews (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, day INTEGER NOT NULL,"
                       " muscle TEXT NOT NULL, kind TEXT NOT NULL, grade INTEGER NOT NULL, score REAL NOT NULL);"
                       "CREATE INDEX learn_reviews_day ON learn_reviews(day);"
                       "INSERT INTO learn_cards VALUES ('rhomboids','where_refer',2.5,1,1,19001,0,1,19000,4,0.52);"
                       "INSERT INTO learn_reviews VALUES (1,1640000000,19000,'rhomboids','where_refer',4,0.52);"
                       "PRAGMA user_version=1; PRAGMA application_id=1263423316;",
                       nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(db);
  ProgressStore s = ProgressStore::Open(file);
  INFO((s.Messages().empty() ? std::string() : s.Messages().front()));
  CHECK(s.Messages().empty());
  CHECK(s.Persistent());
  CHECK(s.SchemaVersion() == knotmap::io::kStoreSchemaVersion);
  CHECK(s.ReviewCount() == 1);
  CHECK(s.LoadCards().size() == 1u);
  CHECK(s.Entries().empty());
  REQUIRE(s.AddEntry(NumberedEntry(1)));
  CHECK(s.Entries().size() == 1u);
}

TEST_CASE("a store missing a journal table is moved aside and reported", "[io][journal]") {
  TempDir dir;
  const fs::path file = dir.path / knotmap::io::kStoreFileName;
  { ProgressStore s = ProgressStore::Open(file); }
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(file.c_str(), &db) == SQLITE_OK);
  REQUIRE(sqlite3_exec(db, "DROP TABLE journal_findings;", nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(db);
  ProgressStore s = ProgressStore::Open(file);
  CHECK(s.Persistent());
  REQUIRE(s.Messages().size() == 1u);
  CHECK(s.Messages().front().find("journal_findings is missing") != std::string::npos);
  CHECK(s.Messages().front().find("kept as") != std::string::npos);
  REQUIRE(s.AddEntry(NumberedEntry(1)));
}

TEST_CASE("a damaged journal file is kept aside and the journal starts afresh", "[io][journal]") {
  TempDir dir;
  const fs::path file = dir.path / knotmap::io::kStoreFileName;
  std::ofstream(file, std::ios::binary) << "my own notes, not a database\n";
  ProgressStore s = ProgressStore::Open(file);
  CHECK(s.Persistent());
  REQUIRE(s.Messages().size() == 1u);
  CHECK(s.Messages().front().find("not a Knotmap database") != std::string::npos);
  REQUIRE(s.AddEntry(NumberedEntry(4)));
  REQUIRE(s.Entries().size() == 1u);
  int aside = 0;
  for (const auto& e : fs::directory_iterator(dir.path)) aside += e.path().string().find(".damaged-") != std::string::npos;
  CHECK(aside == 1);
}

TEST_CASE("killing a writer at any moment loses no committed entry and never damages the file",
          "[io][journal][crash]") {
  TempDir dir;
  const fs::path file = dir.path / knotmap::io::kStoreFileName;
  std::mt19937 rng(1234);
  std::vector<int> committed;  // entry numbers a writer reported as committed
  int next = 0;
  const auto start = std::chrono::steady_clock::now();
  for (int round = 0; round < 40; ++round) {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
      ::close(fds[0]);
      ProgressStore s = ProgressStore::Open(file);
      if (!s.Persistent()) ::_exit(3);
      for (int n = next;; ++n) {
        if (!s.AddEntry(NumberedEntry(n))) ::_exit(4);
        if (::write(fds[1], &n, sizeof n) != sizeof n) ::_exit(5);
      }
    }
    ::close(fds[1]);
    std::this_thread::sleep_for(std::chrono::milliseconds(std::uniform_int_distribution<int>(5, 60)(rng)));
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    INFO("round " << round);
    REQUIRE(WIFSIGNALED(status));  // killed while writing, not stopped by a failure
    int n = 0;
    while (::read(fds[0], &n, sizeof n) == sizeof n) committed.push_back(n);
    ::close(fds[0]);
    // The next writer continues after everything that may have been committed (reported or not).
    ProgressStore peek = ProgressStore::Open(file);
    REQUIRE(peek.Messages().empty());
    next = static_cast<int>(peek.Entries().size());
  }
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(20));
  CHECK(IntegrityCheck(file) == "ok");
  ProgressStore s = ProgressStore::Open(file);
  CHECK(s.Messages().empty());
  const auto entries = s.Entries();
  REQUIRE(committed.size() > 40u);
  REQUIRE(entries.size() >= committed.size());
  // Entries are numbered in order with no gap, so entry n is the n-th by time.
  for (int n : committed) {
    REQUIRE(n < static_cast<int>(entries.size()));
    CheckSame(entries[n], NumberedEntry(n));
  }
}
