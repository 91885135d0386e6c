// Names of the model's enums and the shape constructors.
#include "model/types.hpp"

#include "model/enum_names.hpp"

namespace knotmap::model {
namespace {

constexpr EnumNames<View, 2> kViewNames{{{{View::Front, "front"}, {View::Back, "back"}}}};
constexpr EnumNames<Side, 3> kSideNames{
    {{{Side::Right, "right"}, {Side::Left, "left"}, {Side::Midline, "midline"}}}};
constexpr EnumNames<Prevalence, 3> kPrevalenceNames{
    {{{Prevalence::Common, "common"}, {Prevalence::Occasional, "occasional"}, {Prevalence::Rare, "rare"}}}};
constexpr EnumNames<DoseMethod, 2> kDoseMethodNames{{{{DoseMethod::Hold, "hold"}, {DoseMethod::Strokes, "strokes"}}}};

}  // namespace

std::string_view ToString(View v) { return kViewNames.Name(v); }
std::optional<View> ParseView(std::string_view s) { return kViewNames.Parse(s); }

std::string_view ToString(Side s) { return kSideNames.Name(s); }
std::optional<Side> ParseSide(std::string_view s) { return kSideNames.Parse(s); }

Side Opposite(Side s) {
  if (s == Side::Right) return Side::Left;
  if (s == Side::Left) return Side::Right;
  return Side::Midline;
}

std::string_view ToString(ZoneKind k) { return k == ZoneKind::Essential ? "essential" : "spillover"; }

std::string_view ToString(Prevalence p) { return kPrevalenceNames.Name(p); }
std::optional<Prevalence> ParsePrevalence(std::string_view s) { return kPrevalenceNames.Parse(s); }

float Weight(Prevalence p) {
  switch (p) {
    case Prevalence::Common: return 1.0f;
    case Prevalence::Occasional: return 0.8f;
    case Prevalence::Rare: return 0.6f;
  }
  return 1.0f;
}

std::string_view ToString(DoseMethod m) { return kDoseMethodNames.Name(m); }
std::optional<DoseMethod> ParseDoseMethod(std::string_view s) { return kDoseMethodNames.Parse(s); }

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
