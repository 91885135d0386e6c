// Look-ups over the method content and the breathing pacer's arithmetic.
#include "model/method.hpp"

#include <algorithm>
#include <cmath>

#include "model/types.hpp"

namespace knotmap::model {

std::string_view ToString(BallWay w) {
  switch (w) {
    case BallWay::Floor: return "floor";
    case BallWay::Wall: return "wall";
    case BallWay::Short: return "short";
  }
  return "short";
}

const NoFloorPlace* NoFloorPlaceOf(const BallGuide& guide, std::string_view muscle_id) {
  for (const NoFloorPlace& p : guide.no_floor) {
    if (std::find(p.muscles.begin(), p.muscles.end(), muscle_id) != p.muscles.end()) return &p;
  }
  return nullptr;
}

BallWay WayFor(const BallGuide& guide, const Muscle& muscle) {
  if (NoFloorPlaceOf(guide, muscle.id) != nullptr) return BallWay::Short;
  for (const auto& [id, way] : guide.muscles) {
    if (id == muscle.id) return way;
  }
  for (const auto& [region, way] : guide.regions) {
    if (region == muscle.region) return way;
  }
  return BallWay::Short;
}

BreathPhase BreathAt(const Relaxation& r, float seconds) {
  const float in = std::max(r.breathe_in_seconds, 0.5f);
  const float out = std::max(r.breathe_out_seconds, 0.5f);
  const float t = std::fmod(std::max(seconds, 0.0f), in + out);
  if (t < in) return {true, t / in};
  return {false, (t - in) / out};
}

float PacerScale(const BreathPhase& phase) {
  // Ease in and out, so the circle slows at the turns of the breath like the breath itself.
  const float eased = 0.5f - 0.5f * std::cos(phase.progress * 3.14159265f);
  const float full = phase.inhale ? eased : 1.0f - eased;
  return 0.4f + 0.6f * full;
}

}  // namespace knotmap::model
