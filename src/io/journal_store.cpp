// The pain journal in the progress store: entries (marks with their geometry, habits, press-test
// answers, findings with their names) and treatments, each write one transaction.
#include <sqlite3.h>

#include <nlohmann/json.hpp>

#include "io/progress_store.hpp"
#include "io/sqlite_stmt.hpp"

namespace knotmap::io {
namespace {

using nlohmann::json;

std::string PointsText(const std::vector<model::Point>& points) {
  json out = json::array();
  for (const model::Point& p : points) out.push_back({p.x, p.y});
  return out.dump();
}

std::vector<model::Point> PointsFrom(const std::string& text) {
  std::vector<model::Point> out;
  const json j = json::parse(text, nullptr, false);
  if (!j.is_array()) return out;
  for (const json& p : j) {
    if (p.is_array() && p.size() == 2 && p[0].is_number() && p[1].is_number()) {
      out.push_back({p[0].get<float>(), p[1].get<float>()});
    }
  }
  return out;
}

std::vector<int> IndexesFrom(const std::string& text) {
  std::vector<int> out;
  const json j = json::parse(text, nullptr, false);
  if (!j.is_array()) return out;
  for (const json& v : j) {
    if (v.is_number_integer()) out.push_back(v.get<int>());
  }
  return out;
}

std::string SideText(model::Side s) { return std::string(model::ToString(s)); }

}  // namespace

bool ProgressStore::Abort() {
  last_error_ = db_ != nullptr ? sqlite3_errmsg(db_) : "no database";
  const std::string error = last_error_;
  if (db_ != nullptr && !sqlite3_get_autocommit(db_)) Exec("ROLLBACK");
  last_error_ = error;
  return false;
}

std::optional<std::int64_t> ProgressStore::AddEntry(const model::JournalEntry& e) {
  if (db_ == nullptr) {
    Abort();
    return std::nullopt;
  }
  if (!Exec("BEGIN IMMEDIATE")) return std::nullopt;
  std::int64_t id = 0;
  bool ok = false;
  {
    Stmt entry(db_, "INSERT INTO journal_entries (at, note) VALUES (?1, ?2)");
    Stmt mark(db_,
              "INSERT INTO journal_marks (entry, ord, view, kind, radius, intensity, region, points)"
              " VALUES (?1,?2,?3,?4,?5,?6,?7,?8)");
    Stmt habit(db_, "INSERT OR IGNORE INTO journal_habits (entry, habit) VALUES (?1, ?2)");
    Stmt press(db_,
               "INSERT OR REPLACE INTO journal_press_tests (entry, muscle, trigger_point, side, answer)"
               " VALUES (?1,?2,?3,?4,?5)");
    Stmt finding(db_,
                 "INSERT INTO journal_findings (entry, rank, muscle, muscle_name, trigger_point,"
                 " trigger_point_name, side, score, explains) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)");
    ok = entry.Ok() && mark.Ok() && habit.Ok() && press.Ok() && finding.Ok();
    if (ok) {
      entry.Bind(1, e.at);
      entry.Bind(2, e.note);
      ok = entry.Step() == SQLITE_DONE;
      id = sqlite3_last_insert_rowid(db_);
    }
    auto run = [&](Stmt& st) {
      ok = ok && st.Step() == SQLITE_DONE;
      sqlite3_reset(st.get());
    };
    for (std::size_t i = 0; ok && i < e.marks.size(); ++i) {
      const model::PainMark& m = e.marks[i].mark;
      mark.Bind(1, id);
      mark.Bind(2, static_cast<int>(i));
      mark.Bind(3, std::string(model::ToString(m.view)));
      mark.Bind(4, std::string(m.kind == model::MarkKind::Stroke ? "stroke" : "spot"));
      mark.Bind(5, static_cast<double>(m.radius));
      mark.Bind(6, m.intensity);
      mark.Bind(7, e.marks[i].region);
      mark.Bind(8, PointsText(m.points));
      run(mark);
    }
    for (const std::string& h : e.habits) {
      habit.Bind(1, id);
      habit.Bind(2, h);
      run(habit);
    }
    for (const model::PressTest& t : e.press_tests) {
      press.Bind(1, id);
      press.Bind(2, t.muscle);
      press.Bind(3, t.trigger_point);
      press.Bind(4, SideText(t.side));
      press.Bind(5, std::string(model::ToString(t.answer)));
      run(press);
    }
    for (std::size_t i = 0; ok && i < e.findings.size(); ++i) {
      const model::JournalFinding& f = e.findings[i];
      finding.Bind(1, id);
      finding.Bind(2, static_cast<int>(i));
      finding.Bind(3, f.muscle);
      finding.Bind(4, f.muscle_name);
      finding.Bind(5, f.trigger_point);
      finding.Bind(6, f.trigger_point_name);
      finding.Bind(7, SideText(f.side));
      finding.Bind(8, static_cast<double>(f.score));
      finding.Bind(9, json(f.explains).dump());
      run(finding);
    }
  }
  if (ok && Exec("COMMIT")) return id;
  Abort();
  return std::nullopt;
}

// Fills the marks, habits, press tests and findings of an entry whose id, time and note are read.
bool ProgressStore::ReadEntryParts(model::JournalEntry& e) {
  Stmt marks(db_, "SELECT view, kind, radius, intensity, region, points FROM journal_marks WHERE entry = ?1 ORDER BY ord");
  Stmt habits(db_, "SELECT habit FROM journal_habits WHERE entry = ?1 ORDER BY habit");
  Stmt press(db_, "SELECT muscle, trigger_point, side, answer FROM journal_press_tests WHERE entry = ?1"
                  " ORDER BY muscle, trigger_point, side");
  Stmt findings(db_, "SELECT muscle, muscle_name, trigger_point, trigger_point_name, side, score, explains"
                     " FROM journal_findings WHERE entry = ?1 ORDER BY rank");
  if (!marks.Ok() || !habits.Ok() || !press.Ok() || !findings.Ok()) return Abort();
  for (Stmt* st : {&marks, &habits, &press, &findings}) st->Bind(1, e.id);
  while (marks.Step() == SQLITE_ROW) {
    model::JournalMark m;
    m.mark.view = model::ParseView(marks.Text(0)).value_or(model::View::Back);
    m.mark.kind = marks.Text(1) == "stroke" ? model::MarkKind::Stroke : model::MarkKind::Spot;
    m.mark.radius = static_cast<float>(marks.Real(2));
    m.mark.intensity = marks.Int(3);
    m.region = marks.Text(4);
    m.mark.points = PointsFrom(marks.Text(5));
    e.marks.push_back(std::move(m));
  }
  while (habits.Step() == SQLITE_ROW) e.habits.push_back(habits.Text(0));
  while (press.Step() == SQLITE_ROW) {
    const auto side = model::ParseSide(press.Text(2));
    const auto answer = model::ParsePressAnswer(press.Text(3));
    if (side && answer) e.press_tests.push_back({press.Text(0), press.Text(1), *side, *answer});
  }
  while (findings.Step() == SQLITE_ROW) {
    model::JournalFinding f;
    f.muscle = findings.Text(0);
    f.muscle_name = findings.Text(1);
    f.trigger_point = findings.Text(2);
    f.trigger_point_name = findings.Text(3);
    f.side = model::ParseSide(findings.Text(4)).value_or(model::Side::Right);
    f.score = static_cast<float>(findings.Real(5));
    f.explains = IndexesFrom(findings.Text(6));
    e.findings.push_back(std::move(f));
  }
  return true;
}

std::vector<model::JournalEntry> ProgressStore::Entries(std::int64_t from, std::int64_t to) {
  std::vector<model::JournalEntry> out;
  if (db_ == nullptr) return out;
  // One read transaction, so a writer in another process cannot tear an entry apart.
  if (!Exec("BEGIN")) return out;
  {
    Stmt st(db_, "SELECT id, at, note FROM journal_entries WHERE at BETWEEN ?1 AND ?2 ORDER BY at, id");
    if (st.Ok()) {
      st.Bind(1, from);
      st.Bind(2, to);
      while (st.Step() == SQLITE_ROW) {
        model::JournalEntry e;
        e.id = sqlite3_column_int64(st.get(), 0);
        e.at = sqlite3_column_int64(st.get(), 1);
        e.note = st.Text(2);
        out.push_back(std::move(e));
      }
    }
    for (model::JournalEntry& e : out) ReadEntryParts(e);
  }
  Exec("COMMIT");
  return out;
}

std::optional<model::JournalEntry> ProgressStore::Entry(std::int64_t id) {
  if (db_ == nullptr) return std::nullopt;
  if (!Exec("BEGIN")) return std::nullopt;
  std::optional<model::JournalEntry> out;
  {
    Stmt st(db_, "SELECT at, note FROM journal_entries WHERE id = ?1");
    if (st.Ok()) {
      st.Bind(1, id);
      if (st.Step() == SQLITE_ROW) {
        out.emplace();
        out->id = id;
        out->at = sqlite3_column_int64(st.get(), 0);
        out->note = st.Text(1);
      }
    }
    if (out) ReadEntryParts(*out);
  }
  Exec("COMMIT");
  return out;
}

std::optional<std::int64_t> ProgressStore::AddTreatment(const model::Treatment& t) {
  if (db_ == nullptr) {
    Abort();
    return std::nullopt;
  }
  Stmt st(db_,
          "INSERT INTO journal_treatments (at, muscle, trigger_point, side, method, seconds, rating)"
          " VALUES (?1,?2,?3,?4,?5,?6,?7)");
  if (!st.Ok()) {
    Abort();
    return std::nullopt;
  }
  st.Bind(1, t.at);
  st.Bind(2, t.muscle);
  st.Bind(3, t.trigger_point);
  st.Bind(4, SideText(t.side));
  st.Bind(5, std::string(model::ToString(t.method)));
  st.Bind(6, t.seconds);
  if (t.rating) st.Bind(7, std::string(model::ToString(*t.rating)));
  // A single statement is its own transaction.
  if (st.Step() != SQLITE_DONE) {
    Abort();
    return std::nullopt;
  }
  return sqlite3_last_insert_rowid(db_);
}

bool ProgressStore::RateTreatment(std::int64_t id, model::TreatmentRating rating) {
  if (db_ == nullptr) return Abort();
  Stmt st(db_, "UPDATE journal_treatments SET rating = ?2 WHERE id = ?1");
  if (!st.Ok()) return Abort();
  st.Bind(1, id);
  st.Bind(2, std::string(model::ToString(rating)));
  if (st.Step() != SQLITE_DONE) return Abort();
  if (sqlite3_changes(db_) == 0) {
    last_error_ = "there is no treatment " + std::to_string(id);
    return false;
  }
  return true;
}

std::vector<model::Treatment> ProgressStore::Treatments(std::int64_t from, std::int64_t to) {
  std::vector<model::Treatment> out;
  if (db_ == nullptr) return out;
  Stmt st(db_,
          "SELECT id, at, muscle, trigger_point, side, method, seconds, rating FROM journal_treatments"
          " WHERE at BETWEEN ?1 AND ?2 ORDER BY at, id");
  if (!st.Ok()) return out;
  st.Bind(1, from);
  st.Bind(2, to);
  while (st.Step() == SQLITE_ROW) {
    model::Treatment t;
    t.id = sqlite3_column_int64(st.get(), 0);
    t.at = sqlite3_column_int64(st.get(), 1);
    t.muscle = st.Text(2);
    t.trigger_point = st.Text(3);
    t.side = model::ParseSide(st.Text(4)).value_or(model::Side::Right);
    t.method = model::ParseDoseMethod(st.Text(5)).value_or(model::DoseMethod::Hold);
    t.seconds = st.Int(6);
    t.rating = model::ParseTreatmentRating(st.Text(7));
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace knotmap::io
