// LoadShouldFail: one valid muscle (from the minimal fixture) with a patch applied must be refused
// with an error at line:column containing a message, in the style of toml++'s parsing_should_fail.
// A schema change then touches the one valid muscle, not a copy per case.
#pragma once

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "io/model_loader.hpp"
#include "test_support.hpp"

namespace knotmap::test {

// Replace the first `find` with `replace`; an empty `find` appends `replace` to the file.
struct Patch {
  std::string find, replace;
};

inline std::string ReadFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::string Report(const io::LoadResult& r) {
  std::string s;
  for (const auto& d : r.diagnostics) s += io::Format(d) + "\n";
  return s;
}

// Loads valid/minimal with muscles/<base>.toml patched; returns the result for further checks.
inline io::LoadResult LoadPatched(const std::string& base, const std::vector<Patch>& patch,
                                  const TempDir& scratch) {
  std::filesystem::copy(FixtureDir("valid/minimal"), scratch.path,
                        std::filesystem::copy_options::recursive);
  const auto file = scratch.path / "muscles" / (base + ".toml");
  std::string text = ReadFile(file);
  for (const Patch& p : patch) {
    if (p.find.empty()) {
      text += p.replace;
      continue;
    }
    const auto at = text.find(p.find);
    INFO("patch: '" << p.find << "' is not in " << base << ".toml");
    REQUIRE(at != std::string::npos);
    text.replace(at, p.find.size(), p.replace);
  }
  std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
  return io::LoadModel(scratch.path);
}

inline void LoadShouldFail(const std::string& base, const std::vector<Patch>& patch, int line,
                           int column, const std::string& message) {
  TempDir scratch;
  const io::LoadResult r = LoadPatched(base, patch, scratch);
  INFO("expected muscles/" << base << ".toml:" << line << ":" << column << ": " << message << "\ngot:\n"
                           << Report(r));
  CHECK_FALSE(r.model.has_value());
  const std::string file = "muscles/" + base + ".toml";
  const bool found = std::any_of(r.diagnostics.begin(), r.diagnostics.end(), [&](const io::Diagnostic& d) {
    return d.file == file && d.line == line && d.column == column && !d.warning &&
           d.message.find(message) != std::string::npos;
  });
  CHECK(found);
}

// Each file in fixture folder `dir` (with `extension`) starts with "# expect: LINE:COLUMN: TEXT".
// It is written over `target(file name)` in a copy of valid/minimal; the load must then fail with
// an error at that line and column whose message contains TEXT. `also` checks more (may be empty).
// Returns the number of cases.
inline int CheckExpectedErrors(const std::string& dir, const std::string& extension,
                               const std::function<std::string(const std::string&)>& target,
                               const std::function<void(const io::LoadResult&)>& also = {}) {
  const std::regex expect_re(R"(^# expect: (\d+):(\d+): (.*)$)");
  int cases = 0;
  for (const auto& entry : std::filesystem::directory_iterator(FixtureDir(dir))) {
    if (entry.path().extension() != extension) continue;
    const std::string name = entry.path().filename().string();
    const std::string text = ReadFile(entry.path());
    const std::string first_line = text.substr(0, text.find('\n'));
    std::smatch match;
    INFO("case " << name);
    REQUIRE(std::regex_match(first_line, match, expect_re));
    const std::string file = target(name);
    TempDir scratch;
    std::filesystem::copy(FixtureDir("valid/minimal"), scratch.path, std::filesystem::copy_options::recursive);
    std::ofstream(scratch.path / file, std::ios::binary | std::ios::trunc) << text;
    const io::LoadResult r = io::LoadModel(scratch.path);
    INFO(Report(r));
    CHECK_FALSE(r.model.has_value());
    const int line = std::stoi(match[1]);
    const int column = std::stoi(match[2]);
    const bool found = std::any_of(r.diagnostics.begin(), r.diagnostics.end(), [&](const io::Diagnostic& d) {
      return d.file == file && d.line == line && d.column == column && !d.warning &&
             d.message.find(match[3].str()) != std::string::npos;
    });
    CHECK(found);
    if (also) also(r);
    ++cases;
  }
  return cases;
}

}  // namespace knotmap::test
