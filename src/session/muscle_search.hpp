// Finding muscles by what a user would type: the name, the anatomical name, the body region, a
// symptom or an everyday word ("headache", "calf"), tolerant of a typo ("trapz"). Each hit says
// which text matched, so the list can show why a muscle is there.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/model.hpp"

namespace knotmap::session {

// Where a query word matched, strongest first.
enum class SearchField { Name, AnatomicalName, Id, Region, Symptom, TriggerPoint };
std::string_view ToString(SearchField field);

struct SearchHit {
  int muscle = -1;  // index into Model::muscles
  int score = 0;    // higher is better
  // The strongest match outside the common name, to show beside it; empty when the name matched
  // every word.
  std::string snippet;
  SearchField field = SearchField::Name;
  std::size_t match_begin = 0;   // the matched word inside `snippet` (bytes)
  std::size_t match_length = 0;
};

// Names: only the names and id (learn mode's typed answer must not find muscles by symptom).
enum class SearchScope { Everything, Names };

// Muscles matching every word of `query`, best first (ties keep model order). Empty query: all.
std::vector<SearchHit> SearchMuscles(const model::Model& model, std::string_view query,
                                     SearchScope scope = SearchScope::Everything);

// Whether every word of `query` matches a word of `text` (a prefix, or with one typo).
bool MatchesWords(std::string_view text, std::string_view query);

// Region display name for a muscle ("" when unknown).
std::string_view RegionName(const model::Model& model, const model::Muscle& muscle);

}  // namespace knotmap::session
