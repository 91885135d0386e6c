// Reading one muscle table, and the checks that need the whole model (ids, regions, the body).
#pragma once

#include <optional>

#include "io/toml_reader.hpp"
#include "model/model.hpp"

namespace knotmap::io {

// Reads a parsed muscle file; returns the muscle only when it added no errors.
std::optional<model::Muscle> ReadMuscle(TomlReader& r);

// Checks a muscle against the rest of the model, pointing into its parsed table for positions:
// known region, habits and pulling muscles; trigger points inside the body and on the subject's
// right side (content is authored once for the right and mirrored); shapes inside the frame;
// outlines under the skin (against the silhouettes' scanline indexes: `m` must be finalized).
void CrossCheckMuscle(TomlReader& r, const model::Muscle& muscle, const model::Model& m);

}  // namespace knotmap::io
