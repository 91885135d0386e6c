// Building the ball session's stops from the plan and the method content, and its clock.
#include "session/ball_session.hpp"

#include <algorithm>

namespace knotmap::session {
namespace {

std::string SideName(model::Side s) {
  return s == model::Side::Midline ? std::string() : " (" + std::string(model::ToString(s)) + ")";
}

// The muscle's own short dose as one timer: every set of the hold, or the strokes at a steady pace.
int ShortSeconds(const model::SelfTreatment& st) {
  const int sets = std::max(st.sets, 1);
  return st.method == model::DoseMethod::Hold ? st.hold_seconds * sets : st.strokes * kSecondsPerStroke * sets;
}

SessionStop MuscleStop(const model::Model& model, const model::PlanStep& step, int index, BallMode mode,
                       int long_rest_seconds) {
  const model::Muscle& m = model.muscles[step.muscle];
  const model::SelfTreatment& st = m.self_treatment;
  const model::BallGuide& guide = model.method.ball;
  SessionStop stop;
  stop.kind = step.kind == model::StepKind::Release ? StopKind::Release : StopKind::Pressure;
  stop.plan_step = index;
  stop.muscle = step.muscle;
  stop.side = step.side;
  stop.position = st.position;
  stop.place = st.find;
  if (step.instance >= 0) {
    const model::TriggerPoint& tp = m.trigger_points[model.instances[step.instance].trigger_point];
    stop.title = m.name + SideName(step.side) + ": " + tp.name;
    stop.place = tp.location + " " + st.find;
  } else {
    stop.title = "Release the " + m.name + SideName(step.side);
  }
  const model::BallWay way = model::WayFor(guide, m);
  stop.long_rest = mode == BallMode::LongRest && stop.kind == StopKind::Pressure && way != model::BallWay::Short;
  if (mode == BallMode::LongRest && stop.kind == StopKind::Pressure && !stop.long_rest) {
    const model::NoFloorPlace* no_floor = model::NoFloorPlaceOf(guide, m.id);
    stop.note = no_floor != nullptr
                    ? "Never a ball on the floor at " + no_floor->place + " (" + no_floor->why + "): short, gentle holds only."
                    : "This muscle takes short holds (" + st.tool + "), not a long rest on the ball.";
  }
  if (stop.long_rest) {
    stop.position = way == model::BallWay::Floor
                        ? "Lie on the floor (a mat is fine, not a bed) with the ball under the spot: " + st.position
                        : "Lean into the ball against a wall: " + st.position;
    stop.seconds = long_rest_seconds;
  } else {
    stop.seconds = ShortSeconds(st);
  }
  return stop;
}

}  // namespace

std::vector<SessionStop> BuildStops(const model::Model& model, const model::Plan& plan, BallMode mode,
                                    int long_rest_seconds) {
  const int rest = std::clamp(long_rest_seconds, 30, std::max(model.method.ball.long_rest_max_seconds, 30));
  std::vector<SessionStop> stops;
  for (int i = 0; i < static_cast<int>(plan.steps.size()); ++i) {
    const model::PlanStep& step = plan.steps[i];
    if (step.kind == model::StepKind::OpenFront) {
      SessionStop stop;
      stop.kind = StopKind::OpenFront;
      stop.plan_step = i;
      stop.title = step.title;
      stop.position = step.details.empty() ? std::string() : step.details.front();
      for (std::size_t d = 1; d < step.details.size(); ++d) stop.place += (d > 1 ? " " : "") + step.details[d];
      stop.seconds = step.hold_seconds;
      stops.push_back(std::move(stop));
    } else if ((step.kind == model::StepKind::Release || step.kind == model::StepKind::Pressure) && step.muscle >= 0) {
      SessionStop stop = MuscleStop(model, step, i, mode, rest);
      if (stop.seconds > 0) stops.push_back(std::move(stop));
    }
  }
  return stops;
}

bool StartBallSession(BallSession& b, std::vector<SessionStop> stops, BallMode mode, double now) {
  b = BallSession{};
  if (stops.empty()) return false;
  b.active = true;
  b.mode = mode;
  b.stops = std::move(stops);
  b.running = true;
  b.resumed_at = now;
  return true;
}

double StopElapsed(const BallSession& b, double now) {
  return b.banked + (b.running ? std::max(now - b.resumed_at, 0.0) : 0.0);
}

double StopRemaining(const BallSession& b, double now) {
  if (!b.active || b.finished) return 0.0;
  return std::max(static_cast<double>(b.stops[b.current].seconds) - StopElapsed(b, now), 0.0);
}

bool StopDue(const BallSession& b, double now) {
  return b.active && !b.finished && StopRemaining(b, now) <= 0.0;
}

void PauseOrResume(BallSession& b, double now) {
  if (!b.active || b.finished) return;
  if (b.running) {
    b.banked = StopElapsed(b, now);
    b.running = false;
  } else {
    b.resumed_at = now;
    b.running = true;
  }
}

void NextStop(BallSession& b, double now) {
  if (!b.active || b.finished) return;
  b.banked = 0.0;
  b.resumed_at = now;
  if (b.current + 1 >= static_cast<int>(b.stops.size())) {
    b.finished = true;
    b.running = false;
    return;
  }
  ++b.current;
  b.running = true;
}

void EndBallSession(BallSession& b) { b = BallSession{}; }

bool GuidedTimersActive(const StepTimer& timer, const BallSession& b) {
  return timer.running || timer.resting >= 0.0f || CueShowing(timer) || (b.active && !b.finished && b.running);
}

}  // namespace knotmap::session
