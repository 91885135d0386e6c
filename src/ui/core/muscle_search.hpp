// Searching the muscle browser: case-insensitive match of the query's words against a muscle's
// common name, anatomical name, id and region name ("trap" finds the trapezius parts).
#pragma once

#include <string_view>
#include <vector>

#include "model/model.hpp"

namespace knotmap::ui {

// Indexes into Model::muscles that match every word of `query`, best first: name-prefix matches,
// then word-prefix matches, then substring matches; ties keep model order. Empty query: all.
std::vector<int> SearchMuscles(const model::Model& model, std::string_view query);

// Region display name for a muscle ("" when unknown).
std::string_view RegionName(const model::Model& model, const model::Muscle& muscle);

}  // namespace knotmap::ui
