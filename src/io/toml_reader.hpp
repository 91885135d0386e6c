// A thin checked reader over a toml++ table: typed field access that records a diagnostic (file,
// line, column, what was expected) for every missing, mistyped or out-of-range value, and flags
// keys it does not know (typos in content files must not be silently ignored).
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "io/model_loader.hpp"
#include "model/geometry.hpp"

namespace knotmap::io {

class TomlReader {
 public:
  TomlReader(const toml::table& table, std::string file, std::vector<Diagnostic>& diagnostics,
             const ContentLimits& limits, std::string context = {});

  // A child reader for a sub-table; reports "missing table" when required and absent.
  std::optional<TomlReader> Table(std::string_view key, bool required = true);
  // Each table of an array of tables (missing and allowed-empty -> no tables).
  std::vector<TomlReader> Tables(std::string_view key, bool required, std::size_t min_count = 1);

  // Text: not empty (invisible characters do not count as text), no direction overrides.
  std::optional<std::string> String(std::string_view key, bool required = true);
  // A name shown in lists: as String, and no invisible characters anywhere in it.
  std::optional<std::string> Name(std::string_view key, bool required = true);
  std::vector<std::string> Strings(std::string_view key, bool required = true,
                                   std::size_t min_count = 1);
  std::optional<double> Number(std::string_view key, bool required, double lo, double hi);
  std::optional<int> Integer(std::string_view key, bool required, int lo, int hi);
  std::optional<bool> Bool(std::string_view key);
  std::optional<model::Point> PointAt(std::string_view key, bool required = true);
  // A list of [x, y] pairs with at least `min_points` entries.
  std::optional<std::vector<model::Point>> Points(std::string_view key, std::size_t min_points);

  // Reports every key not in `known` (call once per table after reading it).
  void RejectUnknownKeys(std::initializer_list<std::string_view> known);

  void Error(const toml::node* at, std::string message) const;
  void ErrorAt(std::string_view key, std::string message) const;  // at the key's value, or table
  const toml::node* Node(std::string_view key) const;
  const toml::table& Raw() const { return *table_; }
  const std::string& File() const { return file_; }
  std::vector<Diagnostic>& Diagnostics() const { return *diagnostics_; }
  const ContentLimits& Limits() const { return *limits_; }
  std::size_t ErrorCount() const;

 private:
  std::string Where(std::string_view key) const;  // "trigger_points[2].zones[0].points"
  // `number` 0 is the value of `key` itself, otherwise the number-th point of the list at `key`;
  // the name of the point is only built for an error message.
  std::optional<model::Point> ParsePoint(const toml::node& node, std::string_view key,
                                         std::size_t number) const;
  std::string PointName(std::string_view key, std::size_t number) const;

  const toml::table* table_;
  std::string file_;
  std::vector<Diagnostic>* diagnostics_;
  const ContentLimits* limits_;
  std::string context_;
};

// Parses a whole document; syntax errors become one diagnostic with line and column.
std::optional<toml::table> ParseToml(std::string_view text, const std::string& file,
                                     std::vector<Diagnostic>& diagnostics);

// Reads a regular file into memory (io::ReadRegularFile: never blocks on a FIFO), refusing files
// over `max_bytes` or of another kind with a diagnostic that says what was found.
std::optional<std::string> ReadTextFile(const std::filesystem::path& path, const std::string& shown,
                                        std::uintmax_t max_bytes,
                                        std::vector<Diagnostic>& diagnostics);

}  // namespace knotmap::io
