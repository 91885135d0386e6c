// The method of the source articles as content: body-wide causes (systemic perpetuating
// factors), how each muscle takes a ball (floor, wall or short holds, and the places that never
// get a ball on the floor), the front release before back pressure, and the relaxation step.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace knotmap::model {

struct Muscle;

// A cause that acts on the whole body rather than on one muscle (thyroid, minerals, water...).
struct BodyCause {
  std::string id;
  std::string label;   // checklist wording
  std::string cause;   // why it keeps knots coming back
  std::string advice;  // what to do or ask a doctor about (never a dose)
  std::string source;
};

struct BodyCauses {
  int min_regions = 3;  // marks in this many regions or more: the plan lists every cause
  std::vector<BodyCause> list;
};

// How a ball is used on a muscle: lying on it, leaning into it against a wall, or only the
// muscle's own short holds (fingers, a held ball, a ball on a table).
enum class BallWay { Floor, Wall, Short };
std::string_view ToString(BallWay w);

// A place that never gets a ball on the floor, with the muscles that lie there.
struct NoFloorPlace {
  std::string place;  // "the front of the neck"
  std::string why;
  std::vector<std::string> muscles;
};

struct BallGuide {
  int long_rest_seconds = 180;      // the long rest offered per spot
  int long_rest_max_seconds = 300;  // the longest the session lets a spot last
  std::string before;               // how to lie on the ball, said once before the session
  std::vector<std::string> stop_signs;
  std::string source;
  std::vector<std::pair<std::string, BallWay>> regions;  // region id -> way (every region)
  std::vector<std::pair<std::string, BallWay>> muscles;  // muscle id -> way (overrides)
  std::vector<NoFloorPlace> no_floor;
};

// A guided step of the method with its own timer.
struct GuidedStep {
  std::string title;
  std::vector<std::string> details;
  int seconds = 0;
  std::string source;
};

// Lying along a rolled towel before the back is pressed, when the top candidates lie in one of
// `regions`.
struct FrontRelease : GuidedStep {
  std::vector<std::string> regions;
};

// Slow breathing with a pacer, when one of `habits` is ticked.
struct Relaxation : GuidedStep {
  std::vector<std::string> habits;
  float breathe_in_seconds = 4.0f;
  float breathe_out_seconds = 6.0f;
};

struct Method {
  BallGuide ball;
  FrontRelease front_release;
  Relaxation relaxation;
};

// The place of `muscle_id` that never gets a ball on the floor, or null.
const NoFloorPlace* NoFloorPlaceOf(const BallGuide& guide, std::string_view muscle_id);
// How the muscle takes a ball: its override, else its region's way; Short for a no-floor place.
BallWay WayFor(const BallGuide& guide, const Muscle& muscle);

// Where in the breath the pacer is after `seconds`: breathing in (the circle grows) or out, and
// how far through that half, 0..1.
struct BreathPhase {
  bool inhale = true;
  float progress = 0.0f;
};
BreathPhase BreathAt(const Relaxation& relaxation, float seconds);
// The pacer circle's radius as a share of its largest size: smooth, from 0.4 (empty) to 1 (full).
float PacerScale(const BreathPhase& phase);

}  // namespace knotmap::model
