// Reads atlas.toml (frame, silhouette, detail lines, landmarks, the bones of the skeleton layer)
// and the small shared tables (regions, habits, red flags) into the model.
#pragma once

#include "io/toml_reader.hpp"
#include "model/model.hpp"

namespace knotmap::io {

void ReadAtlas(TomlReader& r, model::Model& m);
void ReadRegions(TomlReader& r, model::Model& m);
void ReadHabits(TomlReader& r, model::Model& m);
void ReadRedFlags(TomlReader& r, model::Model& m);

}  // namespace knotmap::io
