// The plan follows the source articles' method: body-wide causes when the marks are spread,
// relaxation when stress is ticked, the front opened before the back is pressed, each dose said
// once in plain case, each muscle's cautions once, and causes from all the top candidates.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <set>

#include "model/guidance.hpp"
#include "test_support.hpp"

using namespace knotmap;

namespace {

model::PainMark Spot(float x, float y, model::View v = model::View::Back) {
  return {v, model::MarkKind::Spot, {{x, y}}, 30.0f, 6};
}

model::Plan PlanFor(const std::vector<model::PainMark>& marks, const model::PlanOptions& options = {}) {
  const auto& [m, index] = test::Shipped();
  model::QueryOptions q;
  q.habits = options.habits;
  return model::BuildPlan(m, marks, model::Query(m, index, marks, q), options);
}

std::vector<model::StepKind> Kinds(const model::Plan& plan) {
  std::vector<model::StepKind> out;
  for (const auto& s : plan.steps) out.push_back(s.kind);
  return out;
}

int CountTitled(const model::Plan& plan, const std::string& prefix) {
  return static_cast<int>(std::count_if(plan.steps.begin(), plan.steps.end(), [&](const model::PlanStep& s) {
    return s.title.rfind(prefix, 0) == 0;
  }));
}

const std::vector<model::PainMark> kUpperBack{Spot(555, 470)};
// Upper back, low back and buttock: three regions.
const std::vector<model::PainMark> kSpread{Spot(555, 470), Spot(540, 800), Spot(620, 1000)};

}  // namespace

TEST_CASE("body-wide causes join the plan when the marks span several regions", "[guidance][causes]") {
  const model::Model& m = test::Shipped().model;
  REQUIRE(m.causes.min_regions == 3);
  REQUIRE(model::MarkRegions(m, kSpread).size() == 3);
  CHECK(CountTitled(PlanFor(kSpread), "Body-wide: ") == static_cast<int>(m.causes.list.size()));
  CHECK(CountTitled(PlanFor(kUpperBack), "Body-wide: ") == 0);
  model::PlanOptions ticked;
  ticked.causes = {"water"};
  const model::Plan plan = PlanFor(kUpperBack, ticked);
  REQUIRE(CountTitled(plan, "Body-wide: ") == 1);
  const auto it = std::find_if(plan.steps.begin(), plan.steps.end(),
                               [](const model::PlanStep& s) { return s.title == "Body-wide: Drinking too little water"; });
  REQUIRE(it != plan.steps.end());
  CHECK(it->kind == model::StepKind::Cause);
  CHECK(it->details.back().find("Drink water") == 0);
  const auto causes = model::BodyCausesFor(m, kUpperBack, {"thyroid"});
  REQUIRE(causes.size() == 1);
  CHECK(causes[0]->advice.find("ask your doctor to check your thyroid") != std::string::npos);
}

TEST_CASE("stress ticked: a timed relaxation step comes after the causes", "[guidance][relax]") {
  model::PlanOptions o;
  o.habits = {"stress"};
  const model::Plan plan = PlanFor(kUpperBack, o);
  const auto kinds = Kinds(plan);
  const auto relax = std::find(kinds.begin(), kinds.end(), model::StepKind::Relax);
  REQUIRE(relax != kinds.end());
  const model::PlanStep& step = plan.steps[relax - kinds.begin()];
  CHECK(step.hold_seconds >= 120);
  CHECK(step.hold_seconds <= 180);
  CHECK(step.dose == "2 min 30 s");
  const bool jaw = std::any_of(step.details.begin(), step.details.end(),
                               [](const std::string& d) { return d.find("jaw") != std::string::npos; });
  CHECK(jaw);
  CHECK(std::find(kinds.begin(), relax, model::StepKind::Release) == relax);  // before any release
  CHECK(std::count(kinds.begin(), kinds.end(), model::StepKind::Relax) == 1);
  const auto calm = Kinds(PlanFor(kUpperBack));
  CHECK(std::count(calm.begin(), calm.end(), model::StepKind::Relax) == 0);
}

TEST_CASE("the front is opened after the release and before the back is pressed", "[guidance][method]") {
  const model::Plan plan = PlanFor(kUpperBack);
  const auto kinds = Kinds(plan);
  const auto open = std::find(kinds.begin(), kinds.end(), model::StepKind::OpenFront);
  REQUIRE(open != kinds.end());
  CHECK(plan.steps[open - kinds.begin()].hold_seconds == test::Shipped().model.method.front_release.seconds);
  const auto first_press = std::find(kinds.begin(), kinds.end(), model::StepKind::Pressure);
  const auto last_release = std::find(kinds.rbegin(), kinds.rend(), model::StepKind::Release).base();
  CHECK(last_release <= open);
  CHECK(open < first_press);
  // Pain in a calf is not helped by the towel under the spine.
  const model::Plan calf = PlanFor({Spot(560, 1500)});
  const auto calf_kinds = Kinds(calf);
  CHECK(std::find(calf_kinds.begin(), calf_kinds.end(), model::StepKind::OpenFront) == calf_kinds.end());
}

TEST_CASE("each dose is said once, in the flow of a sentence", "[guidance][dose]") {
  for (const model::PlanStep& step : PlanFor(kSpread).steps) {
    INFO(step.title);
    if (step.kind != model::StepKind::Release && step.kind != model::StepKind::Pressure) continue;
    REQUIRE_FALSE(step.dose.empty());
    CHECK(std::islower(static_cast<unsigned char>(step.dose[0])) != 0);
    // No capital after a comma ("3 times, Once a day").
    for (std::size_t i = 0; i + 2 < step.dose.size(); ++i) {
      if (step.dose[i] == ',') CHECK_FALSE(std::isupper(static_cast<unsigned char>(step.dose[i + 2])));
    }
    for (const std::string& d : step.details) CHECK(d.find(step.dose) == std::string::npos);
  }
  model::SelfTreatment st;
  st.method = model::DoseMethod::Hold;
  st.hold_seconds = 60;
  st.sets = 3;
  st.frequency = "Once or twice a day";
  CHECK(model::DoseLine(st) == "hold 60 s, 3 times, once or twice a day");
}

TEST_CASE("each muscle's cautions are said once", "[guidance][cautions]") {
  const model::Plan plan = PlanFor(kSpread);
  std::set<int> seen;
  for (const model::PlanStep& step : plan.steps) {
    if (step.cautions.empty()) continue;
    INFO(step.title);
    CHECK(seen.insert(step.muscle).second);
    CHECK(step.cautions == test::Shipped().model.muscles[step.muscle].cautions);
  }
  CHECK_FALSE(seen.empty());
}

TEST_CASE("the cause step draws on all the top candidates", "[guidance][causes]") {
  const model::Model& m = test::Shipped().model;
  const model::Plan plan = PlanFor(kSpread);
  const auto it = std::find_if(plan.steps.begin(), plan.steps.end(), [](const model::PlanStep& s) {
    return s.title.rfind("Look for what keeps the ", 0) == 0;
  });
  REQUIRE(it != plan.steps.end());
  std::set<std::string> muscles;
  for (const std::string& d : it->details) muscles.insert(d.substr(0, d.find(':')));
  CHECK(muscles.size() >= 2);
  for (const std::string& name : muscles) {
    INFO(name);
    CHECK(it->title.find(name) != std::string::npos);
    const bool known = std::any_of(m.muscles.begin(), m.muscles.end(), [&](const model::Muscle& mu) { return mu.name == name; });
    CHECK(known);
  }
}
