// Exercise generation on the shipped content: region pools, reproducible exercises, and
// distractors that are plausible (overlapping patterns) yet distinguishable.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "model/learn_exercise.hpp"
#include "test_support.hpp"

namespace km = knotmap::model;
using K = km::ExerciseKind;
using knotmap::test::Shipped;

TEST_CASE("region pools hold the region's muscles with an essential zone", "[learn][exercise]") {
  const km::Model& m = Shipped().model;
  const auto all = km::LearnableMuscles(m, km::kMixedRegion);
  CHECK(all.size() >= 40u);
  CHECK(km::LearnableMuscles(m, "") == all);
  std::size_t sum = 0;
  for (const km::Region& r : m.regions) {
    const auto here = km::LearnableMuscles(m, r.id);
    for (int i : here) CHECK(m.muscles[i].region == r.id);
    sum += here.size();
  }
  CHECK(sum == all.size());
  CHECK(km::LearnableMuscles(m, "no_such_region").empty());
  const auto pool = km::ItemPool(m, "neck", {K::WhichMuscle, K::WhereTrigger});
  CHECK(pool.size() == 2 * km::LearnableMuscles(m, "neck").size());
}

TEST_CASE("an exercise is reproducible from its seed and well formed", "[learn][exercise]") {
  const km::Model& m = Shipped().model;
  std::set<int> instances_seen;
  for (int mi : km::LearnableMuscles(m, km::kMixedRegion)) {
    const km::ItemKey item{m.muscles[mi].id, K::WhichMuscle};
    for (std::uint64_t seed : {1ull, 2ull, 3ull}) {
      const auto ex = km::MakeExercise(m, item, seed);
      REQUIRE(ex);
      const auto again = km::MakeExercise(m, item, seed);
      CHECK(again->instance == ex->instance);
      CHECK(again->choices == ex->choices);
      CHECK(ex->muscle == mi);
      REQUIRE(ex->instance >= 0);
      CHECK(m.instances[ex->instance].muscle == mi);
      instances_seen.insert(ex->instance);
      REQUIRE(ex->choices.size() == 4u);
      CHECK(std::set<int>(ex->choices.begin(), ex->choices.end()).size() == 4u);
      REQUIRE(ex->answer_choice >= 0);
      CHECK(ex->choices[ex->answer_choice] == mi);
    }
  }
  // Sides and trigger points vary with the seed.
  CHECK(instances_seen.size() > km::LearnableMuscles(m, km::kMixedRegion).size());
  CHECK_FALSE(km::MakeExercise(m, {"no_such_muscle", K::WhereRefer}, 1).has_value());
  const auto refer = km::MakeExercise(m, {m.muscles[0].id, K::WhereRefer}, 1);
  REQUIRE(refer);
  CHECK(refer->choices.empty());
}

TEST_CASE("distractors overlap the shown pattern but are not look-alikes", "[learn][exercise]") {
  const km::Model& m = Shipped().model;
  int with_overlap = 0, total = 0;
  for (int mi : km::LearnableMuscles(m, km::kMixedRegion)) {
    const auto ex = km::MakeExercise(m, {m.muscles[mi].id, K::WhichMuscle}, 11);
    REQUIRE(ex);
    const auto d = km::Distractors(m, ex->instance, 3, 11);
    REQUIRE(d.size() == 3u);
    const km::TriggerPointInstance& shown = m.instances[ex->instance];
    float best = 0.0f;
    for (const km::TriggerPointInstance& other : m.instances) {
      if (other.muscle == d.front()) best = std::max(best, km::PatternOverlap(shown, other));
    }
    CHECK(best < km::kTooSimilar);
    ++total;
    if (best > 0.0f) ++with_overlap;
  }
  // Nearly every pattern has overlapping neighbours on the shipped map.
  CHECK(with_overlap * 10 >= total * 9);
}

TEST_CASE("pattern overlap is 1 with itself and symmetric", "[learn][exercise]") {
  const km::Model& m = Shipped().model;
  const auto& a = m.instances.front();
  CHECK(km::PatternOverlap(a, a) == Approx(1.0));
  for (std::size_t i = 1; i < 20 && i < m.instances.size(); ++i) {
    CHECK(km::PatternOverlap(a, m.instances[i]) == Approx(km::PatternOverlap(m.instances[i], a)));
  }
}
