// The press test: "pressing here reproduces my pain: yes / no / not sure", answered per trigger
// point and side. A pure input to the query: answers are matched by content ids, so they survive
// a re-ranking and can be stored with the marks and in the journal.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/types.hpp"

namespace knotmap::model {

enum class PressAnswer { Yes, No, NotSure };
std::string_view ToString(PressAnswer a);  // "yes", "no", "not_sure"
std::optional<PressAnswer> ParsePressAnswer(std::string_view s);

struct PressTest {
  std::string muscle;         // Muscle::id
  std::string trigger_point;  // TriggerPoint::id within the muscle
  Side side = Side::Right;
  PressAnswer answer = PressAnswer::NotSure;
  bool operator==(const PressTest&) const = default;
};

// How much an answer moves a candidate's score (0..1). Yes closes this share of the gap to 1;
// another point of the same muscle and side answered yes closes a smaller share; no scales down.
inline constexpr float kPressYesLift = 0.5f;
inline constexpr float kPressSiblingLift = 0.15f;
inline constexpr float kPressNoFactor = 0.35f;

// The test answered for (muscle, trigger point, side), or null.
const PressTest* FindPressTest(const std::vector<PressTest>& tests, std::string_view muscle,
                               std::string_view trigger_point, Side side);

// Sets (or with nullopt removes) the answer for one trigger point and side, keeping one per key.
void SetPressAnswer(std::vector<PressTest>& tests, const PressTest& key, std::optional<PressAnswer> answer);

}  // namespace knotmap::model
