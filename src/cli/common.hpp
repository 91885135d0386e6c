// Helpers shared by the subcommands: loading the model with a clear report, JSON for points.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "io/model_loader.hpp"

namespace knotmap::cli {

// Loads the content directory (`dir` empty: the default). On errors prints them to err and
// returns nothing; the caller exits with status 2 (the content given is bad input).
std::optional<model::Model> LoadOrReport(const std::string& dir, Streams s);

// "the point (5000, 5) lies outside the body on the back view (the frame is ...)".
std::string OutsideBody(const model::Model& m, model::View view, model::Point p);

// Adds the common --model option to a subcommand.
void AddModelOption(CLI::App* sub, std::string& dir);

nlohmann::ordered_json ToJson(model::Point p);  // [x, y] rounded to 0.1 atlas unit

}  // namespace knotmap::cli
