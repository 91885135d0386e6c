// The press test moves the ranking: yes lifts the point (and a little its muscle's other points on
// that side), no pushes it down, not sure only records the answer; each says why.
#include <catch2/catch.hpp>

#include "model/press_test.hpp"
#include "model/query.hpp"
#include "query_helpers.hpp"

using namespace knotmap;
using namespace knotmap::model;

namespace {

// Between the right shoulder blade and the spine: many muscles refer pain there.
const std::vector<PainMark> kMarks{{View::Back, MarkKind::Spot, {{560.0f, 470.0f}}, 30.0f, 6}};

PressTest TestFor(const Model& m, const Candidate& c, PressAnswer answer) {
  const Muscle& mu = m.muscles[c.muscle];
  return {mu.id, mu.trigger_points[m.instances[c.instance].trigger_point].id, c.side, answer};
}

Findings Ask(const std::vector<PressTest>& tests) {
  const auto& [m, index] = test::Shipped();
  QueryOptions options;
  options.press_tests = tests;
  return Query(m, index, kMarks, options);
}

const Candidate* Same(const Model& m, const Findings& f, const PressTest& t) {
  return test::FindCandidate(m, f, t.muscle, t.trigger_point, t.side);
}

}  // namespace

TEST_CASE("a yes lifts a lower candidate to the top and says why", "[query][press]") {
  const Model& m = test::Shipped().model;
  const Findings before = Ask({});
  REQUIRE(before.candidates.size() > 5);
  const Candidate& low = before.candidates[5];
  const PressTest yes = TestFor(m, low, PressAnswer::Yes);
  const Findings after = Ask({yes});
  const Candidate* lifted = Same(m, after, yes);
  REQUIRE(lifted != nullptr);
  CHECK(lifted->score == Approx(low.score + (1.0f - low.score) * kPressYesLift));
  CHECK(lifted->press == PressAnswer::Yes);
  CHECK(PressReason(*lifted) == "you said pressing it reproduces your pain");
  // Its group now leads the ranking and it is the best explanation of the one mark.
  CHECK(after.candidates[0].muscle == low.muscle);
  CHECK(after.candidates[0].side == low.side);
  REQUIRE(after.best_explanation.size() == 1);
  CHECK(&after.candidates[after.best_explanation[0]] == lifted);
}

TEST_CASE("a no pushes the top candidate down", "[query][press]") {
  const Model& m = test::Shipped().model;
  const Findings before = Ask({});
  REQUIRE(before.candidates.size() > 1);
  const Candidate& top = before.candidates[0];
  const PressTest no = TestFor(m, top, PressAnswer::No);
  const Findings after = Ask({no});
  const Candidate* pushed = Same(m, after, no);
  REQUIRE(pushed != nullptr);
  CHECK(pushed->score == Approx(top.score * kPressNoFactor));
  CHECK(pushed->press == PressAnswer::No);
  CHECK(PressReason(*pushed) == "you said pressing it does not reproduce your pain");
  CHECK(&after.candidates[0] != pushed);
  CHECK(after.candidates[0].score > pushed->score);
}

TEST_CASE("not sure records the answer and leaves the ranking alone", "[query][press]") {
  const Model& m = test::Shipped().model;
  const Findings before = Ask({});
  REQUIRE(!before.candidates.empty());
  const PressTest unsure = TestFor(m, before.candidates[0], PressAnswer::NotSure);
  const Findings after = Ask({unsure});
  REQUIRE(after.candidates.size() == before.candidates.size());
  for (std::size_t i = 0; i < before.candidates.size(); ++i) {
    CHECK(after.candidates[i].instance == before.candidates[i].instance);
    CHECK(after.candidates[i].score == before.candidates[i].score);
  }
  CHECK(after.candidates[0].press == PressAnswer::NotSure);
  CHECK(PressReason(after.candidates[0]).find("not sure") != std::string::npos);
}

TEST_CASE("a yes lifts the muscle's other points on that side a little, not the other side", "[query][press]") {
  const Model& m = test::Shipped().model;
  // Pain on both sides, so both sides of the muscles are candidates.
  std::vector<PainMark> marks = kMarks;
  marks.push_back(Mirrored(kMarks[0], m));
  const auto& index = test::Shipped().index;
  const Findings before = Query(m, index, marks);
  // A muscle with two points among the candidates on the right.
  const Candidate* first = nullptr;
  const Candidate* second = nullptr;
  for (const Candidate& a : before.candidates) {
    for (const Candidate& b : before.candidates) {
      if (&a != &b && a.muscle == b.muscle && a.side == Side::Right && b.side == Side::Right && !first) {
        first = &a;
        second = &b;
      }
    }
  }
  REQUIRE(first != nullptr);
  QueryOptions options;
  options.press_tests = {TestFor(m, *first, PressAnswer::Yes)};
  const Findings after = Query(m, index, marks, options);
  const PressTest sibling_key = TestFor(m, *second, PressAnswer::Yes);
  const Candidate* sibling = Same(m, after, sibling_key);
  REQUIRE(sibling != nullptr);
  CHECK(sibling->sibling_reproduces);
  CHECK(!sibling->press);
  CHECK(sibling->score == Approx(second->score + (1.0f - second->score) * kPressSiblingLift));
  CHECK(PressReason(*sibling) == "you said pressing another knot of this muscle reproduces your pain");
  // The same point on the left is untouched.
  const Candidate* left_before = Same(m, before, {sibling_key.muscle, sibling_key.trigger_point, Side::Left});
  const Candidate* left_after = Same(m, after, {sibling_key.muscle, sibling_key.trigger_point, Side::Left});
  if (left_before != nullptr) {
    REQUIRE(left_after != nullptr);
    CHECK(left_after->score == left_before->score);
    CHECK(!left_after->sibling_reproduces);
  }
}

TEST_CASE("answers are kept one per point and side and can be withdrawn", "[press]") {
  std::vector<PressTest> tests;
  const PressTest key{"rhomboid_major", "tp1", Side::Right, PressAnswer::Yes};
  SetPressAnswer(tests, key, PressAnswer::Yes);
  SetPressAnswer(tests, key, PressAnswer::No);
  REQUIRE(tests.size() == 1);
  CHECK(tests[0].answer == PressAnswer::No);
  SetPressAnswer(tests, {"rhomboid_major", "tp1", Side::Left, PressAnswer::Yes}, PressAnswer::Yes);
  CHECK(tests.size() == 2);
  SetPressAnswer(tests, key, std::nullopt);
  REQUIRE(tests.size() == 1);
  CHECK(tests[0].side == Side::Left);
  CHECK(ParsePressAnswer("not_sure") == PressAnswer::NotSure);
  CHECK(!ParsePressAnswer("maybe"));
}
