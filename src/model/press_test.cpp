// Press-test answers: their names, lookup, and how they move the ranked candidates.
#include "model/press_test.hpp"

#include <algorithm>

#include "model/enum_names.hpp"
#include "model/query_ranking.hpp"

namespace knotmap::model {

namespace {

constexpr EnumNames<PressAnswer, 3> kPressAnswerNames{
    {{{PressAnswer::Yes, "yes"}, {PressAnswer::No, "no"}, {PressAnswer::NotSure, "not_sure"}}}};

}  // namespace

std::string_view ToString(PressAnswer a) { return kPressAnswerNames.Name(a); }
std::optional<PressAnswer> ParsePressAnswer(std::string_view s) { return kPressAnswerNames.Parse(s); }

const PressTest* FindPressTest(const std::vector<PressTest>& tests, std::string_view muscle,
                               std::string_view trigger_point, Side side) {
  auto it = std::find_if(tests.begin(), tests.end(), [&](const PressTest& t) {
    return t.muscle == muscle && t.trigger_point == trigger_point && t.side == side;
  });
  return it == tests.end() ? nullptr : &*it;
}

void SetPressAnswer(std::vector<PressTest>& tests, const PressTest& key, std::optional<PressAnswer> answer) {
  std::erase_if(tests, [&](const PressTest& t) {
    return t.muscle == key.muscle && t.trigger_point == key.trigger_point && t.side == key.side;
  });
  if (!answer) return;
  PressTest t = key;
  t.answer = *answer;
  tests.push_back(std::move(t));
}

std::string PressReason(const Candidate& c) {
  if (c.press) {
    switch (*c.press) {
      case PressAnswer::Yes: return "you said pressing it reproduces your pain";
      case PressAnswer::No: return "you said pressing it does not reproduce your pain";
      case PressAnswer::NotSure: return "you were not sure whether pressing it reproduces your pain";
    }
  }
  if (c.sibling_reproduces) return "you said pressing another knot of this muscle reproduces your pain";
  return "";
}

void ApplyPressTests(const Model& model, const std::vector<PressTest>& tests, std::vector<Candidate>& candidates) {
  if (tests.empty()) return;
  // A yes on any point of a muscle and side, looked up once per candidate.
  auto muscle_reproduces = [&](const Muscle& m, Side side) {
    return std::any_of(tests.begin(), tests.end(), [&](const PressTest& t) {
      return t.answer == PressAnswer::Yes && t.muscle == m.id && t.side == side;
    });
  };
  for (Candidate& c : candidates) {
    const Muscle& m = model.muscles[c.muscle];
    const TriggerPoint& tp = m.trigger_points[model.instances[c.instance].trigger_point];
    if (const PressTest* t = FindPressTest(tests, m.id, tp.id, c.side)) c.press = t->answer;
    c.sibling_reproduces = !c.press && muscle_reproduces(m, c.side);
    if (c.press == PressAnswer::Yes) {
      c.score += (1.0f - c.score) * kPressYesLift;
    } else if (c.press == PressAnswer::No) {
      c.score *= kPressNoFactor;
    } else if (c.sibling_reproduces) {
      c.score += (1.0f - c.score) * kPressSiblingLift;
    }
  }
}

}  // namespace knotmap::model
