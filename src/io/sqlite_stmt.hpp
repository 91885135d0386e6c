// A prepared SQLite statement that finalizes itself, and a one-integer query: shared by the
// progress store's files (private to io; not a public interface).
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>

namespace knotmap::io {

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

inline std::optional<int> QueryInt(sqlite3* db, const char* sql) {
  Stmt st(db, sql);
  if (!st.Ok() || st.Step() != SQLITE_ROW) return std::nullopt;
  return st.Int(0);
}

}  // namespace knotmap::io
