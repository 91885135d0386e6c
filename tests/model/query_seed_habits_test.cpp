// The habits the source articles name: each is in the content, sided where the habit is sided,
// linked from the muscles it loads, and lifts those muscles in the ranking (on its side only).
#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>

#include "model/query.hpp"
#include "test_support.hpp"

using namespace knotmap;

namespace {

model::PainMark Spot(float x, float y) { return {model::View::Back, model::MarkKind::Spot, {{x, y}}, 30.0f, 6}; }

// The best candidate of muscle `id` on `side`, or null.
const model::Candidate* Best(const model::Findings& f, const std::string& id, model::Side side) {
  const model::Model& m = test::Shipped().model;
  for (const auto& c : f.candidates) {
    if (m.muscles[c.muscle].id == id && c.side == side) return &c;
  }
  return nullptr;
}

// Marks at `right` and its mirror image, queried with and without `habit`.
void ExpectLift(const std::string& habit, const std::string& muscle, model::Point right,
                std::optional<model::Side> only) {
  const auto& [m, index] = test::Shipped();
  INFO(habit << " on " << muscle);
  const std::vector<model::PainMark> marks{Spot(right.x, right.y), Spot(1000.0f - right.x, right.y)};
  model::QueryOptions with;
  with.habits = {habit};
  const model::Findings plain = model::Query(m, index, marks);
  const model::Findings lifted = model::Query(m, index, marks, with);
  for (model::Side side : {model::Side::Right, model::Side::Left}) {
    INFO("side " << model::ToString(side));
    const model::Candidate* before = Best(plain, muscle, side);
    const model::Candidate* after = Best(lifted, muscle, side);
    REQUIRE(before != nullptr);
    REQUIRE(after != nullptr);
    const bool loads = !only || *only == side;
    CHECK(after->habit_match == loads);
    if (loads) {
      if (before->score < 1.0f) CHECK(after->score > before->score);
    } else {
      CHECK(after->score == Approx(before->score));
    }
  }
}

}  // namespace

TEST_CASE("the seeds' habits are in the content with a cause and a change", "[query][habits]") {
  const model::Model& m = test::Shipped().model;
  const std::pair<const char*, std::optional<model::Side>> habits[] = {
      {"armrest_lean_right", model::Side::Right},     {"armrest_lean_left", model::Side::Left},
      {"same_leg_crossed_right", model::Side::Right}, {"same_leg_crossed_left", model::Side::Left},
      {"elbow_behind_right", model::Side::Right},     {"elbow_behind_left", model::Side::Left},
      {"weight_on_hip_right", model::Side::Right},    {"weight_on_hip_left", model::Side::Left},
      {"sleep_head_tilted", std::nullopt},            {"straining_to_see_screen", std::nullopt}};
  for (const auto& entry : habits) {
    const auto& id = entry.first;  // not a structured binding: the lambda below captures it
    const auto& side = entry.second;
    INFO(id);
    const model::Habit* h = m.FindHabit(id);
    REQUIRE(h != nullptr);
    CHECK(h->side == side);
    CHECK_FALSE(h->cause.empty());
    CHECK_FALSE(h->change.empty());
    const auto users = std::count_if(m.muscles.begin(), m.muscles.end(), [&](const model::Muscle& mu) {
      return std::find(mu.habits.begin(), mu.habits.end(), id) != mu.habits.end();
    });
    CHECK(users >= 4);
  }
}

TEST_CASE("leaning on the right armrest lifts the right quadratus lumborum only", "[query][habits]") {
  ExpectLift("armrest_lean_right", "quadratus_lumborum", {560, 800}, model::Side::Right);
  ExpectLift("armrest_lean_left", "quadratus_lumborum", {560, 800}, model::Side::Left);
}

TEST_CASE("crossing the same leg lifts the top leg's piriformis", "[query][habits]") {
  ExpectLift("same_leg_crossed_left", "piriformis", {600, 980}, model::Side::Left);
}

TEST_CASE("an elbow behind the body lifts that side's rhomboids", "[query][habits]") {
  ExpectLift("elbow_behind_right", "rhomboids", {555, 470}, model::Side::Right);
}

TEST_CASE("standing on one hip lifts that side's gluteus medius", "[query][habits]") {
  ExpectLift("weight_on_hip_left", "gluteus_medius", {640, 900}, model::Side::Left);
}

TEST_CASE("neck habits lift both sides of the neck", "[query][habits]") {
  ExpectLift("sleep_head_tilted", "splenius_capitis", {540, 260}, std::nullopt);
  ExpectLift("straining_to_see_screen", "suboccipitals", {530, 235}, std::nullopt);
}
