// The documented JSON shape of a query's result (marks, candidates, best explanation, pulling
// muscles, plan), shared by `knotmap query --json` and the app's state dump.
#pragma once

#include <nlohmann/json.hpp>

#include "model/guidance.hpp"

namespace knotmap::io {

// [x, y] rounded to 0.1 atlas unit: how every point in the CLI's JSON is written.
nlohmann::ordered_json PointToJson(model::Point p);
nlohmann::ordered_json MarkToJson(const model::PainMark& mark);
nlohmann::ordered_json FindingsToJson(const model::Model& m, const std::vector<model::PainMark>& marks,
                                      const model::Findings& f, const model::Plan& plan);

}  // namespace knotmap::io
