// Checked field access over toml++ tables, reporting every problem with its position.
#include "io/toml_reader.hpp"

#include <cmath>
#include <sstream>

#include "io/file_io.hpp"
#include "io/text_check.hpp"

namespace knotmap::io {
namespace {

const char* TypeName(const toml::node& n) {
  switch (n.type()) {
    case toml::node_type::table: return "a table";
    case toml::node_type::array: return "an array";
    case toml::node_type::string: return "a string";
    case toml::node_type::integer: return "an integer";
    case toml::node_type::floating_point: return "a number";
    case toml::node_type::boolean: return "a boolean";
    default: return "a date or time";
  }
}

}  // namespace

TomlReader::TomlReader(const toml::table& table, std::string file,
                       std::vector<Diagnostic>& diagnostics, const ContentLimits& limits,
                       std::string context)
    : table_(&table),
      file_(std::move(file)),
      diagnostics_(&diagnostics),
      limits_(&limits),
      context_(std::move(context)) {}

std::size_t TomlReader::ErrorCount() const {
  std::size_t n = 0;
  for (const Diagnostic& d : *diagnostics_) n += d.warning ? 0 : 1;
  return n;
}

std::string TomlReader::Where(std::string_view key) const {
  if (context_.empty()) return std::string(key);
  return context_ + "." + std::string(key);
}

void TomlReader::Error(const toml::node* at, std::string message) const {
  const toml::node* anchor = at ? at : table_;
  const auto& src = anchor->source();
  diagnostics_->push_back({file_, static_cast<int>(src.begin.line),
                           static_cast<int>(src.begin.column), std::move(message), false});
}

void TomlReader::ErrorAt(std::string_view key, std::string message) const {
  Error(Node(key), std::move(message));
}

const toml::node* TomlReader::Node(std::string_view key) const { return table_->get(key); }

std::optional<TomlReader> TomlReader::Table(std::string_view key, bool required) {
  const toml::node* n = Node(key);
  if (!n) {
    if (required) Error(nullptr, "missing table [" + Where(key) + "]");
    return std::nullopt;
  }
  if (!n->is_table()) {
    Error(n, "'" + Where(key) + "' must be a table, not " + TypeName(*n));
    return std::nullopt;
  }
  return TomlReader(*n->as_table(), file_, *diagnostics_, *limits_, Where(key));
}

std::vector<TomlReader> TomlReader::Tables(std::string_view key, bool required,
                                           std::size_t min_count) {
  std::vector<TomlReader> out;
  const toml::node* n = Node(key);
  if (!n) {
    if (required) {
      Error(nullptr, "missing [[" + Where(key) + "]]: expected at least " +
                         std::to_string(min_count) + " entr" + (min_count == 1 ? "y" : "ies"));
    }
    return out;
  }
  const toml::array* arr = n->as_array();
  if (!arr || !arr->is_array_of_tables()) {
    Error(n, "'" + Where(key) + "' must be an array of tables ([[" + Where(key) + "]])");
    return out;
  }
  if (arr->size() < min_count && required) {
    Error(n, "expected at least " + std::to_string(min_count) + " [[" + Where(key) + "]] entries");
  }
  if (arr->size() > limits_->max_list_items * 4) {
    Error(n, "too many [[" + Where(key) + "]] entries (limit " +
                 std::to_string(limits_->max_list_items * 4) + ")");
    return out;
  }
  for (std::size_t i = 0; i < arr->size(); ++i) {
    out.emplace_back(*(*arr)[i].as_table(), file_, *diagnostics_, *limits_,
                     Where(key) + "[" + std::to_string(i) + "]");
  }
  return out;
}

std::optional<std::string> TomlReader::String(std::string_view key, bool required) {
  const toml::node* n = Node(key);
  if (!n) {
    if (required) Error(nullptr, "missing '" + Where(key) + "': expected a string");
    return std::nullopt;
  }
  const auto* s = n->as_string();
  if (!s) {
    Error(n, "'" + Where(key) + "' must be a string, not " + TypeName(*n));
    return std::nullopt;
  }
  const std::string& v = s->get();
  if (const std::string problem = TextProblem(v, false); !problem.empty()) {
    Error(n, "'" + Where(key) + "' " + problem + (problem == "is empty" ? ": expected text" : ""));
    return std::nullopt;
  }
  if (v.size() > limits_->max_string_bytes) {
    Error(n, "'" + Where(key) + "' is too long (" + std::to_string(v.size()) + " bytes, limit " +
                 std::to_string(limits_->max_string_bytes) + ")");
    return std::nullopt;
  }
  return v;
}

std::optional<std::string> TomlReader::Name(std::string_view key, bool required) {
  auto v = String(key, required);
  if (!v) return v;
  if (const std::string problem = TextProblem(*v, true); !problem.empty()) {
    Error(Node(key), "'" + Where(key) + "' " + problem + ": a name must show every character it has");
    return std::nullopt;
  }
  return v;
}

std::vector<std::string> TomlReader::Strings(std::string_view key, bool required,
                                             std::size_t min_count) {
  std::vector<std::string> out;
  const toml::node* n = Node(key);
  if (!n) {
    if (required) Error(nullptr, "missing '" + Where(key) + "': expected a list of strings");
    return out;
  }
  const toml::array* arr = n->as_array();
  if (!arr) {
    Error(n, "'" + Where(key) + "' must be a list of strings, not " + TypeName(*n));
    return out;
  }
  if (arr->size() < min_count) {
    Error(n, "'" + Where(key) + "' needs at least " + std::to_string(min_count) + " item" +
                 (min_count == 1 ? "" : "s"));
  }
  if (arr->size() > limits_->max_list_items) {
    Error(n, "'" + Where(key) + "' has too many items (limit " +
                 std::to_string(limits_->max_list_items) + ")");
    return out;
  }
  for (const toml::node& el : *arr) {
    const auto* s = el.as_string();
    if (!s) {
      Error(&el, "items of '" + Where(key) + "' must be strings, not " + TypeName(el));
    } else if (const std::string problem = TextProblem(s->get(), false); problem == "is empty") {
      Error(&el, "empty item in '" + Where(key) + "'");
    } else if (!problem.empty()) {
      Error(&el, "item of '" + Where(key) + "' " + problem);
    } else if (s->get().size() > limits_->max_string_bytes) {
      Error(&el, "item of '" + Where(key) + "' is too long (limit " +
                     std::to_string(limits_->max_string_bytes) + " bytes)");
    } else {
      out.push_back(s->get());
    }
  }
  return out;
}

std::optional<double> TomlReader::Number(std::string_view key, bool required, double lo,
                                         double hi) {
  const toml::node* n = Node(key);
  if (!n) {
    if (required) Error(nullptr, "missing '" + Where(key) + "': expected a number");
    return std::nullopt;
  }
  std::optional<double> v;
  if (const auto* f = n->as_floating_point()) v = f->get();
  if (const auto* i = n->as_integer()) v = static_cast<double>(i->get());
  if (!v) {
    Error(n, "'" + Where(key) + "' must be a number, not " + TypeName(*n));
    return std::nullopt;
  }
  if (!std::isfinite(*v) || *v < lo || *v > hi) {
    std::ostringstream msg;
    msg << "'" << Where(key) << "' is out of range: expected a number from " << lo << " to " << hi;
    Error(n, msg.str());
    return std::nullopt;
  }
  return v;
}

std::optional<int> TomlReader::Integer(std::string_view key, bool required, int lo, int hi) {
  const toml::node* n = Node(key);
  if (!n) {
    if (required) Error(nullptr, "missing '" + Where(key) + "': expected a whole number");
    return std::nullopt;
  }
  const auto* i = n->as_integer();
  if (const auto* f = n->as_floating_point(); f && !i) {
    std::ostringstream msg;
    msg << "'" << Where(key) << "' must be a whole number from " << lo << " to " << hi << ", not "
        << f->get();
    Error(n, msg.str());
    return std::nullopt;
  }
  if (!i) {
    Error(n, "'" + Where(key) + "' must be a whole number, not " + TypeName(*n));
    return std::nullopt;
  }
  if (i->get() < lo || i->get() > hi) {
    Error(n, "'" + Where(key) + "' is out of range: expected " + std::to_string(lo) + " to " +
                 std::to_string(hi));
    return std::nullopt;
  }
  return static_cast<int>(i->get());
}

std::optional<bool> TomlReader::Bool(std::string_view key) {
  const toml::node* n = Node(key);
  if (!n) return std::nullopt;
  const auto* b = n->as_boolean();
  if (!b) {
    Error(n, "'" + Where(key) + "' must be true or false, not " + TypeName(*n));
    return std::nullopt;
  }
  return b->get();
}

std::string TomlReader::PointName(std::string_view key, std::size_t number) const {
  if (number == 0) return "'" + Where(key) + "'";
  return "point " + std::to_string(number) + " of '" + Where(key) + "'";
}

std::optional<model::Point> TomlReader::ParsePoint(const toml::node& node, std::string_view key,
                                                   std::size_t number) const {
  const toml::array* arr = node.as_array();
  if (!arr || arr->size() != 2) {
    Error(&node, PointName(key, number) + " must be a point [x, y]");
    return std::nullopt;
  }
  double xy[2];
  for (std::size_t i = 0; i < 2; ++i) {
    const toml::node& c = (*arr)[i];
    if (const auto* f = c.as_floating_point()) {
      xy[i] = f->get();
    } else if (const auto* in = c.as_integer()) {
      xy[i] = static_cast<double>(in->get());
    } else {
      Error(&c, PointName(key, number) + ": coordinates must be numbers, not " + TypeName(c));
      return std::nullopt;
    }
    if (!std::isfinite(xy[i]) || std::abs(xy[i]) > 1e6) {
      Error(&c, PointName(key, number) + ": coordinate is not a finite atlas coordinate");
      return std::nullopt;
    }
  }
  return model::Point{static_cast<float>(xy[0]), static_cast<float>(xy[1])};
}

std::optional<model::Point> TomlReader::PointAt(std::string_view key, bool required) {
  const toml::node* n = Node(key);
  if (!n) {
    if (required) Error(nullptr, "missing '" + Where(key) + "': expected a point [x, y]");
    return std::nullopt;
  }
  return ParsePoint(*n, key, 0);
}

std::optional<std::vector<model::Point>> TomlReader::Points(std::string_view key,
                                                            std::size_t min_points) {
  const toml::node* n = Node(key);
  if (!n) {
    Error(nullptr, "missing '" + Where(key) + "': expected a list of points [[x, y], ...]");
    return std::nullopt;
  }
  const toml::array* arr = n->as_array();
  if (!arr) {
    Error(n, "'" + Where(key) + "' must be a list of points [[x, y], ...], not " + TypeName(*n));
    return std::nullopt;
  }
  if (arr->size() < min_points) {
    Error(n, "'" + Where(key) + "' needs at least " + std::to_string(min_points) +
                 " points, has " + std::to_string(arr->size()));
    return std::nullopt;
  }
  if (arr->size() > limits_->max_vertices_per_shape) {
    Error(n, "'" + Where(key) + "' has too many points (" + std::to_string(arr->size()) +
                 ", limit " + std::to_string(limits_->max_vertices_per_shape) + ")");
    return std::nullopt;
  }
  std::vector<model::Point> out;
  out.reserve(arr->size());
  bool ok = true;
  for (std::size_t i = 0; i < arr->size(); ++i) {
    auto p = ParsePoint((*arr)[i], key, i + 1);
    if (p) out.push_back(*p); else ok = false;
  }
  if (!ok) return std::nullopt;
  return out;
}

void TomlReader::RejectUnknownKeys(std::initializer_list<std::string_view> known) {
  std::string expected;  // the known keys, listed once for all the unknown ones
  for (const auto& [k, v] : *table_) {
    bool found = false;
    for (std::string_view name : known) found = found || k.str() == name;
    if (found) continue;
    if (expected.empty()) {
      for (std::string_view name : known) {
        if (!expected.empty()) expected += ", ";
        expected += name;
      }
    }
    const auto& src = k.source();
    diagnostics_->push_back({file_, static_cast<int>(src.begin.line),
                             static_cast<int>(src.begin.column),
                             "unknown key '" + Where(k.str()) + "': expected one of " + expected,
                             false});
  }
}

std::optional<toml::table> ParseToml(std::string_view text, const std::string& file,
                                     std::vector<Diagnostic>& diagnostics) {
  try {
    return toml::parse(text, file);
  } catch (const toml::parse_error& e) {
    diagnostics.push_back({file, static_cast<int>(e.source().begin.line),
                           static_cast<int>(e.source().begin.column),
                           "TOML syntax error: " + std::string(e.description()), false});
    return std::nullopt;
  }
}

std::optional<std::string> ReadTextFile(const std::filesystem::path& path, const std::string& shown,
                                        std::uintmax_t max_bytes,
                                        std::vector<Diagnostic>& diagnostics) {
  ReadResult r = ReadRegularFile(path, max_bytes);
  if (r.ok()) return std::move(r.bytes);
  const bool too_large = r.failure == ReadFailure::TooLarge;
  diagnostics.push_back({shown, 0, 0, too_large ? r.error : "cannot read the file: " + r.error, false});
  return std::nullopt;
}

}  // namespace knotmap::io
