// The options that say where it hurts, shared by `query` and `report`: --view, --at, --landmark,
// --radius, --side, --habit and --cause, checked the same way for both (bad input: a message, exit 2).
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "model/model.hpp"
#include "model/query.hpp"
#include "session/pipeline.hpp"

namespace knotmap::cli {

struct MarkOptions {
  std::string view = "back", side;
  std::vector<std::string> at, landmarks, habits, causes;
  float radius = 30.0f;
};

void AddMarkOptions(CLI::App* sub, MarkOptions& o);

// Before the model is loaded: a known view and at least one spot. "" when fine, else the message.
std::string CheckMarkOptions(const MarkOptions& o);

// The pain marks (spots of intensity 5) at the given coordinates and landmarks, each inside the
// body, with every habit and body-wide cause known; nullopt after writing "knotmap COMMAND: why" to `err`.
std::optional<std::vector<model::PainMark>> ParseMarks(const MarkOptions& o, const model::Model& m,
                                                       const std::string& command, std::ostream& err);

// The window's query and plan pipeline over `marks`, with the ticked habits and body-wide causes.
session::Analysis AnalyzeMarks(const model::Model& m, const std::vector<model::PainMark>& marks, const MarkOptions& o);

}  // namespace knotmap::cli
