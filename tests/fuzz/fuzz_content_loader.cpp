// Fuzz target: one content file, read as every kind of content file the loader knows (a muscle,
// the atlas, regions, habits, red flags). Any input must give a model or diagnostics, never a
// crash, a hang or unbounded memory. The TOML is parsed once per input and every reader runs
// over that one table (parsing is the cost; the readers are cheap).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "io/atlas_loader.hpp"
#include "io/model_loader.hpp"
#include "io/muscle_loader.hpp"
#include "io/toml_reader.hpp"

using namespace knotmap;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<io::Diagnostic> diags;
  static const io::ContentLimits limits;
  auto table = io::ParseToml(text, "fuzz.toml", diags);
  if (!table) return 0;
  model::Model m;
  {
    io::TomlReader r(*table, "fuzz.toml", diags, limits);
    io::ReadRegions(r, m);
  }
  {
    io::TomlReader r(*table, "fuzz.toml", diags, limits);
    io::ReadHabits(r, m);
  }
  {
    io::TomlReader r(*table, "fuzz.toml", diags, limits);
    io::ReadRedFlags(r, m);
  }
  {
    io::TomlReader r(*table, "fuzz.toml", diags, limits);
    io::ReadAtlas(r, m);
  }
  io::TomlReader r(*table, "fuzz.toml", diags, limits);
  if (auto muscle = io::ReadMuscle(r)) {
    m.muscles.push_back(std::move(*muscle));
    m.Finalize();
    io::TomlReader again(*table, "fuzz.toml", diags, limits);
    io::CrossCheckMuscle(again, m.muscles.front(), m);
  }
  for (const auto& d : diags) (void)io::Format(d);
  return 0;
}
