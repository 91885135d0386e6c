// The guided ball session: stops in the plan's order, a timer per stop on an injected clock with
// the "move to the next spot" cue, and the places that never get a ball on the floor.
#include <catch2/catch.hpp>

#include <algorithm>

#include "session/ball_session.hpp"
#include "session/clock.hpp"
#include "session/session.hpp"
#include "session/text_formats.hpp"
#include "test_support.hpp"

namespace session = knotmap::session;
namespace model = knotmap::model;

namespace {

const model::Model& Shipped() { return knotmap::test::Shipped().model; }

model::PlanStep MuscleStep(model::StepKind kind, const std::string& id) {
  model::PlanStep step;
  step.kind = kind;
  step.muscle = Shipped().MuscleIndex(id);
  REQUIRE(step.muscle >= 0);
  step.side = model::Side::Right;
  step.title = id;
  return step;
}

// Release the pectoralis minor, open the front, then press the rhomboids and the SCM.
model::Plan MethodPlan() {
  model::Plan plan;
  plan.steps.push_back(MuscleStep(model::StepKind::Cause, "rhomboids"));
  plan.steps.push_back(MuscleStep(model::StepKind::Release, "pectoralis_minor"));
  model::PlanStep open;
  open.kind = model::StepKind::OpenFront;
  open.title = Shipped().method.front_release.title;
  open.details = Shipped().method.front_release.details;
  open.hold_seconds = Shipped().method.front_release.seconds;
  open.sets = 1;
  plan.steps.push_back(open);
  plan.steps.push_back(MuscleStep(model::StepKind::Pressure, "rhomboids"));
  plan.steps.push_back(MuscleStep(model::StepKind::Pressure, "sternocleidomastoid"));
  plan.steps.push_back(MuscleStep(model::StepKind::Strengthen, "rhomboids"));
  return plan;
}

}  // namespace

TEST_CASE("the ball session follows the plan: release the front, open it, then the knots", "[session][ball]") {
  const auto stops = session::BuildStops(Shipped(), MethodPlan(), session::BallMode::LongRest, 180);
  REQUIRE(stops.size() == 4);  // the cause and strengthen steps are not stops
  CHECK(stops[0].kind == session::StopKind::Release);
  CHECK(stops[0].plan_step == 1);
  CHECK(stops[1].kind == session::StopKind::OpenFront);
  CHECK(stops[1].seconds == Shipped().method.front_release.seconds);
  CHECK(stops[1].position.find("towel") != std::string::npos);
  CHECK(stops[2].kind == session::StopKind::Pressure);
  CHECK(stops[2].title.find("Rhomboid") != std::string::npos);
  CHECK(stops[3].plan_step == 4);
}

TEST_CASE("long rest on the back, short holds where a ball never goes on the floor", "[session][ball]") {
  const model::Model& m = Shipped();
  const auto stops = session::BuildStops(m, MethodPlan(), session::BallMode::LongRest, 240);
  const session::SessionStop& rhomboids = stops[2];
  CHECK(rhomboids.long_rest);
  CHECK(rhomboids.seconds == 240);
  CHECK(rhomboids.position.find("Lie on the floor") == 0);
  const session::SessionStop& scm = stops[3];
  CHECK_FALSE(scm.long_rest);
  CHECK(scm.note.find("the front of the neck") != std::string::npos);
  const model::SelfTreatment& st = m.muscles[m.MuscleIndex("sternocleidomastoid")].self_treatment;
  const int sets = std::max(st.sets, 1);
  CHECK(scm.seconds == (st.method == model::DoseMethod::Hold ? st.hold_seconds * sets
                                                             : st.strokes * session::kSecondsPerStroke * sets));
  // The release of a front muscle keeps its own short dose even in the long-rest session.
  CHECK_FALSE(stops[0].long_rest);
  // The long rest is capped at the content's maximum.
  const auto capped = session::BuildStops(m, MethodPlan(), session::BallMode::LongRest, 5000);
  CHECK(capped[2].seconds == m.method.ball.long_rest_max_seconds);
}

TEST_CASE("every excluded place takes short holds, in both modes", "[session][ball]") {
  const model::Model& m = Shipped();
  const char* places[] = {"the front of the neck", "the belly", "the groin", "the back of the knee"};
  for (const char* place : places) {
    INFO(place);
    const auto it = std::find_if(m.method.ball.no_floor.begin(), m.method.ball.no_floor.end(),
                                 [&](const model::NoFloorPlace& p) { return p.place == place; });
    REQUIRE(it != m.method.ball.no_floor.end());
    for (const std::string& id : it->muscles) {
      INFO(id);
      CHECK(model::WayFor(m.method.ball, m.muscles[m.MuscleIndex(id)]) == model::BallWay::Short);
      model::Plan plan;
      plan.steps.push_back(MuscleStep(model::StepKind::Pressure, id));
      for (auto mode : {session::BallMode::LongRest, session::BallMode::ShortHolds}) {
        const auto stops = session::BuildStops(m, plan, mode, 300);
        REQUIRE(stops.size() == 1);
        CHECK_FALSE(stops[0].long_rest);
      }
    }
  }
}

TEST_CASE("a stop's timer runs on the injected clock and cues the next spot", "[session][ball]") {
  session::ManualClock clock;
  session::BallSession b;
  auto stops = session::BuildStops(Shipped(), MethodPlan(), session::BallMode::LongRest, 120);
  REQUIRE(session::StartBallSession(b, stops, session::BallMode::LongRest, clock.Seconds()));
  const int first = b.stops[0].seconds;
  clock.Advance(first - 1.0);
  CHECK(session::StopRemaining(b, clock.Seconds()) == Approx(1.0));
  CHECK_FALSE(session::StopDue(b, clock.Seconds()));
  // A pause holds the time still.
  session::PauseOrResume(b, clock.Seconds());
  clock.Advance(50.0);
  CHECK(session::StopRemaining(b, clock.Seconds()) == Approx(1.0));
  session::PauseOrResume(b, clock.Seconds());
  clock.Advance(1.0);
  CHECK(session::StopDue(b, clock.Seconds()));
  // Next spot: its own full timer, from now.
  session::NextStop(b, clock.Seconds());
  CHECK(b.current == 1);
  CHECK(session::StopRemaining(b, clock.Seconds()) == Approx(b.stops[1].seconds));
  clock.Advance(b.stops[1].seconds);
  CHECK(session::StopDue(b, clock.Seconds()));
  session::NextStop(b, clock.Seconds());
  session::NextStop(b, clock.Seconds());
  CHECK(b.current == 3);
  CHECK(b.stops[2].seconds == 120);
  session::NextStop(b, clock.Seconds());
  CHECK(b.finished);
  CHECK_FALSE(session::StopDue(b, clock.Seconds()));
  session::EndBallSession(b);
  CHECK_FALSE(b.active);
}

TEST_CASE("the ball session from a real plan: upper back marks", "[session][ball]") {
  session::Session s;
  session::SetModel(s, Shipped());
  session::AddMark(s, std::get<model::PainMark>(session::SpotFromSpec("back:555,470")));
  session::Update(s);
  const auto stops = session::BuildStops(*s.model, s.plan, session::BallMode::LongRest, 180);
  REQUIRE_FALSE(stops.empty());
  // Release stops come before the open-the-front stop, which comes before every pressure stop.
  int last_kind = 0;
  for (const auto& stop : stops) {
    const int kind = static_cast<int>(stop.kind);
    CHECK(kind >= last_kind);
    last_kind = kind;
  }
  const bool opens = std::any_of(stops.begin(), stops.end(),
                                 [](const session::SessionStop& st) { return st.kind == session::StopKind::OpenFront; });
  CHECK(opens);
  const bool rests = std::any_of(stops.begin(), stops.end(), [](const session::SessionStop& st) { return st.long_rest; });
  CHECK(rests);
}
