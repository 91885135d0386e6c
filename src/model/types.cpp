// Names of the model's enums and the shape constructors.
#include "model/types.hpp"

namespace knotmap::model {

std::string_view ToString(View v) { return v == View::Front ? "front" : "back"; }

std::optional<View> ParseView(std::string_view s) {
  if (s == "front") return View::Front;
  if (s == "back") return View::Back;
  return std::nullopt;
}

std::string_view ToString(Side s) {
  switch (s) {
    case Side::Right: return "right";
    case Side::Left: return "left";
    case Side::Midline: return "midline";
  }
  return "midline";
}

Side Opposite(Side s) {
  if (s == Side::Right) return Side::Left;
  if (s == Side::Left) return Side::Right;
  return Side::Midline;
}

std::string_view ToString(ZoneKind k) { return k == ZoneKind::Essential ? "essential" : "spillover"; }

std::string_view ToString(Prevalence p) {
  switch (p) {
    case Prevalence::Common: return "common";
    case Prevalence::Occasional: return "occasional";
    case Prevalence::Rare: return "rare";
  }
  return "common";
}

std::optional<Prevalence> ParsePrevalence(std::string_view s) {
  if (s == "common") return Prevalence::Common;
  if (s == "occasional") return Prevalence::Occasional;
  if (s == "rare") return Prevalence::Rare;
  return std::nullopt;
}

float Weight(Prevalence p) {
  switch (p) {
    case Prevalence::Common: return 1.0f;
    case Prevalence::Occasional: return 0.8f;
    case Prevalence::Rare: return 0.6f;
  }
  return 1.0f;
}

std::string_view ToString(DoseMethod m) { return m == DoseMethod::Hold ? "hold" : "strokes"; }

std::string DoseText(const SelfTreatment& st) {
  std::string dose = st.method == DoseMethod::Hold
                         ? "Hold " + std::to_string(st.hold_seconds) + " seconds"
                         : std::to_string(st.strokes) + " slow strokes";
  if (st.sets > 1) dose += ", " + std::to_string(st.sets) + " times";
  return dose;
}

Shape MakeClosedShape(std::vector<Point> control) {
  Shape s;
  s.polygon = FlattenClosedSpline(control);
  s.bounds = BoundsOf(s.polygon);
  s.control = std::move(control);
  return s;
}

Stroke MakeOpenStroke(std::vector<Point> control) {
  Stroke s;
  s.points = FlattenOpenSpline(control);
  s.control = std::move(control);
  return s;
}

}  // namespace knotmap::model
