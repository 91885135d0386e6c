// The content model: atlas views, landmarks, muscles, trigger points and referral zones, habits,
// regions and red flags. Plain data, filled by io::LoadModel and immutable afterwards.
//
// Coordinate frame (per view, "atlas units"): origin at the top-left corner of the view, x to the
// right, y down, the body's midline at x = width / 2. Front view: the subject faces the viewer, so
// the subject's RIGHT side is on the screen's LEFT (x < midline). Back view: the subject faces away,
// so the subject's right side is on the screen's right (x > midline). Content is authored for the
// subject's right side and mirrored about the midline for the left side.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/fibres.hpp"
#include "model/geometry.hpp"

namespace knotmap::model {

enum class View { Front, Back };
inline constexpr std::array<View, 2> kViews{View::Front, View::Back};
std::string_view ToString(View v);
std::optional<View> ParseView(std::string_view s);

enum class Side { Right, Left, Midline };
std::string_view ToString(Side s);  // "right", "left", "midline"
std::optional<Side> ParseSide(std::string_view s);
Side Opposite(Side s);

enum class ZoneKind { Essential, Spillover };
std::string_view ToString(ZoneKind k);

enum class Prevalence { Common, Occasional, Rare };
std::string_view ToString(Prevalence p);
std::optional<Prevalence> ParsePrevalence(std::string_view s);
float Weight(Prevalence p);  // how much a trigger point's commonness lifts its score, in (0, 1]

// A closed smooth outline: the authored control points and the flattened polygon used everywhere.
struct Shape {
  std::vector<Point> control;
  std::vector<Point> polygon;
  Box bounds;
};
Shape MakeClosedShape(std::vector<Point> control);

// An open smooth line (detail lines of the atlas drawing: clavicles, spine, creases...).
struct Stroke {
  std::vector<Point> control;
  std::vector<Point> points;
};
Stroke MakeOpenStroke(std::vector<Point> control);

struct Landmark {
  std::string name;  // e.g. "c7", "acromion_right"
  View view = View::Back;
  Point at{};
  std::string region;  // body region the landmark belongs to (for red flags)
};

// A bone of the faint skeleton layer, drawn under the skin for orientation: a closed outline
// (filled: the skull, a femur) or an open line (a rib, the rim of a foramen). Authored once for the
// subject's right side and mirrored, like the detail lines; midline bones are authored whole.
struct Bone {
  std::string name;  // e.g. "femur", "vertebra T4"
  Side side = Side::Midline;
  bool closed = false;
  std::vector<Point> control;
  std::vector<Point> points;  // flattened spline; for a closed bone the polygon (implicitly closed)
  Box bounds;
};

struct ViewAtlas {
  View view = View::Back;
  float width = 1000.0f;
  float height = 2000.0f;
  float MidlineX() const { return width * 0.5f; }
  Shape body;                   // the silhouette
  std::vector<Stroke> details;  // interior lines drawn thinner
  std::vector<Bone> bones;      // the skeleton layer, in drawing order
  std::vector<Landmark> landmarks;
};

struct Zone {
  View view = View::Back;
  ZoneKind kind = ZoneKind::Essential;
  Shape shape;
};

struct TriggerPoint {
  std::string id;    // unique within the muscle, e.g. "tp1"; never shown to users
  std::string name;  // short human name, e.g. "mid-border of the upper trapezius"
  View view = View::Back;
  Point at{};
  std::string location;  // how to find it: landmarks and palpation, in words
  Prevalence prevalence = Prevalence::Common;
  std::vector<Zone> zones;
};

struct MuscleOutline {
  View view = View::Back;
  Shape shape;
  bool deep = false;  // lies under other muscles: drawn dashed
  Attachments attachments;  // origin and insertion, for the fibres' course (optional)
};

struct PullingMuscle {
  std::string muscle;  // id of another muscle
  std::string why;     // one line: how it overloads this one
  int index = -1;      // Model::muscles index of `muscle`, resolved by Model::Finalize
};

enum class DoseMethod { Hold, Strokes };
std::string_view ToString(DoseMethod m);  // "hold", "strokes"
std::optional<DoseMethod> ParseDoseMethod(std::string_view s);

struct SelfTreatment {
  std::string tool;      // e.g. "tennis ball", "lacrosse ball", "fingers"
  std::string position;  // body position: lying on the floor, against a wall...
  std::string find;      // how to find the spot
  DoseMethod method = DoseMethod::Hold;
  int hold_seconds = 0;  // for Hold
  int strokes = 0;       // for Strokes
  int sets = 1;          // repetitions of the hold or the strokes
  std::string frequency; // e.g. "once or twice a day"
};

// "Hold 60 seconds, 3 times" or "10 slow strokes": the dose without how often.
std::string DoseText(const SelfTreatment& st);

struct Muscle {
  std::string id;
  std::string name;             // common name
  std::string anatomical_name;  // Latin / anatomical name
  std::string region;           // a Region id
  bool midline = false;         // single, not mirrored
  std::string source;           // book and chapter or figure
  std::string file;             // content file it was loaded from (for messages)
  std::vector<View> views;
  std::vector<MuscleOutline> outlines;
  std::vector<TriggerPoint> trigger_points;
  std::vector<std::string> symptoms;
  std::vector<std::string> aggravating;
  std::vector<std::string> perpetuating;  // habits in words
  std::vector<std::string> habits;        // Habit ids that keep this muscle loaded
  std::vector<PullingMuscle> pulling;
  SelfTreatment self_treatment;
  std::vector<std::string> stretches;
  std::vector<std::string> strengthening;
  std::vector<std::string> cautions;
};

struct Region {
  std::string id;
  std::string name;
};

struct Habit {
  std::string id;
  std::string label;   // checklist wording
  std::string cause;   // why it loads muscles
  std::string change;  // what to change
  // A one-sided habit (a mouse far out to the right) loads that side only: it lifts only that
  // side's trigger points (and midline ones). Unset: both sides.
  std::optional<Side> side;
};

struct RedFlag {
  std::string id;
  std::vector<std::string> regions;  // region ids, or "any"
  std::string title;
  std::string text;    // when to stop and see a doctor
  bool urgent = false; // emergency (call for help) rather than "see a doctor soon"
};

}  // namespace knotmap::model
