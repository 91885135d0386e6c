// Reads causes.toml (body-wide causes) and method.toml (the ball guide, the front release and the
// relaxation step) into the model, with a checked error for every bad value.
#pragma once

#include "io/toml_reader.hpp"
#include "model/model.hpp"

namespace knotmap::io {

void ReadCauses(TomlReader& r, model::Model& m);
// Needs the regions and habits read first.
void ReadMethod(TomlReader& r, model::Model& m);
// The muscle ids method.toml names, once the muscles are loaded.
void CrossCheckMethod(TomlReader& r, const model::Model& m);

}  // namespace knotmap::io
