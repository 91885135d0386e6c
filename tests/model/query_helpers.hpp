// Helpers shared by the query case tests: the muscles at the top of a ranking for one side, and
// the candidate for a named trigger point, read from the engine's findings.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "model/model.hpp"
#include "model/query.hpp"

namespace knotmap::test {

// Distinct muscle ids of the top `n` groups on one side, in ranking order.
inline std::vector<std::string> TopMuscles(const model::Model& m, const model::Findings& f, std::size_t n,
                                           model::Side side) {
  std::vector<std::string> out;
  for (const auto& c : f.candidates) {
    if (c.side != side) continue;
    const std::string& id = m.muscles[c.muscle].id;
    if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
    if (out.size() == n) break;
  }
  return out;
}

// "a b c " for test messages.
inline std::string Join(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += x + " ";
  return s;
}

// The candidate for trigger point `tp` of `muscle` on `side`, or nullptr.
inline const model::Candidate* FindCandidate(const model::Model& m, const model::Findings& f,
                                             const std::string& muscle, const std::string& tp, model::Side side) {
  for (const auto& c : f.candidates) {
    const model::TriggerPointInstance& inst = m.instances[c.instance];
    if (c.side == side && m.muscles[c.muscle].id == muscle &&
        m.muscles[c.muscle].trigger_points[inst.trigger_point].id == tp) {
      return &c;
    }
  }
  return nullptr;
}

}  // namespace knotmap::test
