// Helpers shared by the query case tests: the muscles at the top of a ranking for one side, and
// the candidate for a named trigger point, read from the engine's findings.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "model/model.hpp"
#include "model/query.hpp"
#include "test_support.hpp"

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

// A paired landmark named "..._right", or a midline one, moved by `offset` (given for the
// subject's right side); for the left side the landmark and the offset are mirrored.
inline model::Point Mirrored(model::View v, const std::string& landmark, model::Point offset, model::Side side) {
  const auto& m = Shipped().model;
  std::string name = landmark;
  const std::string right = "_right";
  if (side == model::Side::Left && name.size() > right.size() &&
      name.compare(name.size() - right.size(), right.size(), right) == 0) {
    name.replace(name.size() - right.size(), right.size(), "_left");
  }
  const model::Landmark* l = m.FindLandmark(v, name);
  INFO("landmark " << name);
  REQUIRE(l != nullptr);
  // Front view: the subject's right is at x < 500; back view: at x > 500. Mirroring flips x.
  const float dx = side == model::Side::Right ? offset.x : -offset.x;
  return l->at + model::Point{dx, offset.y};
}

// The shipped model's findings for one spot.
inline model::Findings SpotFindings(model::View v, model::Point p, float radius = 30.0f) {
  const auto& [m, index] = Shipped();
  return model::Query(m, index, {{v, model::MarkKind::Spot, {p}, radius, 6}});
}

// The muscle `id` is among the first `n` muscles at the spot, on the right and mirrored left.
inline void ExpectRanked(model::View v, const std::string& landmark, model::Point offset, const std::string& id,
                         std::size_t n, float radius = 30.0f) {
  const auto& m = Shipped().model;
  for (model::Side side : {model::Side::Right, model::Side::Left}) {
    const model::Point p = Mirrored(v, landmark, offset, side);
    const auto ranked = TopMuscles(m, SpotFindings(v, p, radius), m.muscles.size(), side);
    INFO((side == model::Side::Right ? "right" : "left")
         << " side at (" << p.x << ", " << p.y << "), top " << n << ": "
         << Join(std::vector<std::string>(ranked.begin(), ranked.begin() + std::min(n, ranked.size()))));
    INFO("expected " << id);
    const auto it = std::find(ranked.begin(), ranked.end(), id);
    CHECK(it != ranked.end());
    CHECK(static_cast<std::size_t>(it - ranked.begin()) < n);
  }
}

}  // namespace knotmap::test
