// LoadShouldFail: one valid muscle (from the minimal fixture) with a patch applied must be refused
// with an error at line:column containing a message, in the style of toml++'s parsing_should_fail.
// A schema change then touches the one valid muscle, not a copy per case.
#pragma once

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
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

}  // namespace knotmap::test
