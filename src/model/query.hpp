// Where it hurts -> which trigger points: a pure function of (model, index, marks, habits,
// press-test answers).
// Marks are in atlas units of their view. Findings carry their explanation so the UI and the CLI
// can say why each candidate ranks where it does.
#pragma once

#include <string>
#include <vector>

#include "model/model.hpp"
#include "model/press_test.hpp"
#include "model/spatial_index.hpp"

namespace knotmap::model {

enum class MarkKind { Spot, Stroke };

struct PainMark {
  View view = View::Back;
  MarkKind kind = MarkKind::Spot;
  std::vector<Point> points;  // Spot: one centre. Stroke: the brush polyline.
  float radius = 30.0f;       // Spot radius, or half the brush width, in atlas units
  int intensity = 5;          // 1..10, weights the mark's share of the pain
};

// How one mark relates to one trigger point.
enum class MarkZone { Essential, Spillover, Local };
std::string_view ToString(MarkZone z);

struct MarkExplanation {
  int mark = 0;               // index into the query's marks
  MarkZone zone = MarkZone::Essential;
  float coverage = 0.0f;      // share of the mark's area inside the zone (or near the point), 0..1
};

struct Candidate {
  int instance = 0;  // index into Model::instances
  int muscle = 0;    // index into Model::muscles
  Side side = Side::Right;
  float score = 0.0f;           // 0..1
  float pain_explained = 0.0f;  // intensity-weighted share of all marks it explains, 0..1
  bool habit_match = false;     // a ticked habit is one of the muscle's perpetuating habits
  std::optional<PressAnswer> press;  // the user's press-test answer for this point and side
  bool sibling_reproduces = false;   // unanswered, but another point of the muscle and side was a yes
  std::vector<MarkExplanation> explains;
  MarkZone BestZone() const;    // the strongest relation it has to any mark
};

struct PullingFinding {
  int muscle = 0;
  Side side = Side::Right;
  float score = 0.0f;            // sum of the scores of the candidates it pulls on, normalised 0..1
  std::vector<int> pulls_on;     // muscle indexes of the candidates it loads
  std::string why;               // the content's one-line reason (for the strongest candidate)
};

struct Findings {
  std::vector<Candidate> candidates;    // ranked, grouped by muscle and side
  std::vector<int> best_explanation;    // indexes into `candidates`: smallest set covering all marks
  std::vector<int> unexplained_marks;   // marks no trigger point explains
  std::vector<PullingFinding> pulling;  // ranked
};

struct QueryOptions {
  std::vector<std::string> habits;  // ticked habit ids
  std::vector<PressTest> press_tests;
  std::size_t max_candidates = 40;
  std::size_t pulling_from_top = 5;  // distinct muscles whose pulling muscles are aggregated
};

// A mark explains a candidate when its strength reaches this (coverage weighted by zone kind).
inline constexpr float kExplainThreshold = 0.2f;

Findings Query(const Model& model, const SpatialIndex& index, const std::vector<PainMark>& marks,
               const QueryOptions& options = {});

// The reference implementation without the index: tests compare against it, benchmarks time it.
Findings QueryNaive(const Model& model, const std::vector<PainMark>& marks,
                    const QueryOptions& options = {});

// Why the press test moved a candidate, in words ("you said pressing it reproduces your pain");
// empty when it did not.
std::string PressReason(const Candidate& c);

// Points at which a mark is sampled (spot: the centre and a ring of six; stroke: along the polyline).
std::vector<Point> SampleMark(const PainMark& mark);

// The mark mirrored to the other side of the body (for symmetry tests and the UI's "mirror").
PainMark Mirrored(const PainMark& mark, const Model& model);

}  // namespace knotmap::model
