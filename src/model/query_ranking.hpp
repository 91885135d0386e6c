// The scoring half of the query engine: from per-mark sample counts to ranked candidates, the best
// explanation and the pulling muscles. Separate from the lookups so both query paths share it.
#pragma once

#include <vector>

#include "model/query.hpp"

namespace knotmap::model {

// How far from a trigger point's X a mark still counts as lying on it (atlas units).
inline constexpr float kLocalReach = 20.0f;
// Weights of the three ways a mark relates to a trigger point.
inline constexpr float kSpilloverWeight = 0.5f;
inline constexpr float kLocalWeight = 0.6f;

struct MarkHits {
  int samples = 0;    // samples of the mark
  int essential = 0;  // samples inside an essential zone of the trigger point
  int spillover = 0;  // samples inside a spillover zone only
  bool local = false; // the mark covers the trigger point itself
};

// The evidence of one query: for every trigger point instance any mark touched (sorted), one
// MarkHits per mark, stored row by row.
struct HitTable {
  std::size_t mark_count = 0;
  std::vector<int> instances;
  std::vector<MarkHits> hits;  // instances.size() * mark_count
  const MarkHits* Row(std::size_t i) const { return hits.data() + i * mark_count; }
};

// Lifts the candidates the user's press test confirmed (and a little their muscle's other points
// on that side) and pushes down the ones it ruled out; records the answer on each candidate.
void ApplyPressTests(const Model& model, const std::vector<PressTest>& tests, std::vector<Candidate>& candidates);

Findings Rank(const Model& model, const std::vector<PainMark>& marks, const HitTable& table,
              const QueryOptions& options);

// The smallest set of candidates whose explained marks together cover every mark any candidate
// explains; ties go to the set with more press-test confirmed points, then the higher total
// score. Returns indexes into `candidates`.
std::vector<int> BestExplanation(const std::vector<Candidate>& candidates, std::size_t mark_count);

}  // namespace knotmap::model
