// The guided ball session: the plan's release, open-the-front and pressure steps as a sequence of
// stops, each with where to be, where the ball goes and a timer, and a "move to the next spot"
// cue when its time is up. Either the long rest on the ball (the body's weight on a tennis ball
// for up to about five minutes) or the muscle's own short holds; places that never get a ball on
// the floor always get the short holds. Time is the session clock's seconds, passed in.
#pragma once

#include <string>
#include <vector>

#include "model/guidance.hpp"
#include "session/step_timer.hpp"

namespace knotmap::session {

enum class BallMode { LongRest, ShortHolds };

enum class StopKind { Release, OpenFront, Pressure };

struct SessionStop {
  StopKind kind = StopKind::Pressure;
  int plan_step = -1;  // index into Plan::steps
  int muscle = -1;     // muscle index, or -1 (open the front)
  model::Side side = model::Side::Right;
  std::string title;     // "Rhomboids (right): between the spine and the shoulder blade"
  std::string position;  // how to lie, sit or stand
  std::string place;     // where the ball (or the fingers) go
  std::string note;      // why this stop has short holds only, or ""
  bool long_rest = false;  // this stop is a long rest on the ball
  int seconds = 0;         // the stop's timer
};

struct BallSession {
  bool active = false;
  BallMode mode = BallMode::LongRest;
  std::vector<SessionStop> stops;
  int current = 0;         // index into stops
  bool running = false;
  double resumed_at = 0.0; // clock seconds when the current stop last started running
  double banked = 0.0;     // seconds of the current stop run before the last pause
  bool finished = false;   // past the last stop
};

// Seconds a stroke takes in the short holds (the timer of a strokes dose).
inline constexpr int kSecondsPerStroke = 4;

// The stops for `plan` in its order. `long_rest_seconds` is clamped to the content's maximum.
std::vector<SessionStop> BuildStops(const model::Model& model, const model::Plan& plan, BallMode mode,
                                    int long_rest_seconds);

// Starts (or restarts) the session at its first stop, running. False when the plan has no stops.
bool StartBallSession(BallSession& b, std::vector<SessionStop> stops, BallMode mode, double now);
double StopElapsed(const BallSession& b, double now);
double StopRemaining(const BallSession& b, double now);
// The current stop's time is up: show "move to the next spot".
bool StopDue(const BallSession& b, double now);
void PauseOrResume(BallSession& b, double now);
// The next stop, running; past the last one the session is finished.
void NextStop(BallSession& b, double now);
void EndBallSession(BallSession& b);

// Whether the step timer or the ball session needs frames now (counting, resting, flashing).
bool GuidedTimersActive(const StepTimer& timer, const BallSession& b);

}  // namespace knotmap::session
