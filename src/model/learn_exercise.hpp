// Learn mode exercises on the map: which muscles a region offers, the pool of items to schedule,
// and one concrete exercise (a trigger point on a side, and for "Which muscle?" four choices whose
// distractors are muscles with overlapping referral zones). Deterministic given a seed.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "model/learn_schedule.hpp"
#include "model/model.hpp"

namespace knotmap::model {

// Region filter value meaning "every region".
inline constexpr std::string_view kMixedRegion = "mixed";

// Muscles of `region` (or every region for "" / "mixed") that have a trigger point with an
// essential zone, in model order.
std::vector<int> LearnableMuscles(const Model& model, std::string_view region);

// One item per learnable muscle and kind.
std::vector<ItemKey> ItemPool(const Model& model, std::string_view region,
                              const std::vector<ExerciseKind>& kinds);

struct Exercise {
  ExerciseKind kind = ExerciseKind::WhichMuscle;
  int muscle = -1;    // index into Model::muscles: the answer
  int instance = -1;  // index into Model::instances: the trigger point shown or asked for
  std::vector<int> choices;  // "Which muscle?": four muscle indexes, shuffled
  int answer_choice = -1;    // index into `choices` of the right answer
};

// Weighted IoU of two trigger points' referral patterns over both views (spillover counts half).
float PatternOverlap(const TriggerPointInstance& a, const TriggerPointInstance& b, float cell = 12.0f);

// Patterns this similar are not fair distractors: they cannot be told apart on the map.
inline constexpr float kTooSimilar = 0.8f;

// Up to `count` muscles (indexes) other than the instance's own, most plausible first: those with
// a trigger point whose pattern overlaps the shown one (a seeded pick among the closest), then
// muscles of the same region, then any.
std::vector<int> Distractors(const Model& model, int instance, int count, std::uint64_t seed);

// An exercise for `item`: a trigger point of the muscle (seeded pick, weighted towards common
// ones) on a seeded side. nullopt when the muscle is unknown or has no essential zone.
std::optional<Exercise> MakeExercise(const Model& model, const ItemKey& item, std::uint64_t seed);

}  // namespace knotmap::model
