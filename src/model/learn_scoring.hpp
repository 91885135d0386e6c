// Learn mode scoring: how well a painting matches a referral pattern (weighted intersection over
// union on a grid in atlas units, spillover counting half), how close a click is to a trigger
// point, and the 0..5 recall grade a score earns for the review schedule. Pure functions.
#pragma once

#include <vector>

#include "model/model.hpp"
#include "model/query.hpp"

namespace knotmap::model {

enum class ExerciseKind { WhichMuscle, WhereRefer, WhereTrigger };

// A sampling grid over one view: cell (col, row) stands for the point at its centre,
// origin + (col + 0.5, row + 0.5) * cell, in atlas units.
struct LearnGrid {
  View view = View::Back;
  Point origin{0.0f, 0.0f};
  float cell = 8.0f;
  int cols = 0;
  int rows = 0;
  Point CellCenter(int col, int row) const {
    return origin + Point{(static_cast<float>(col) + 0.5f) * cell, (static_cast<float>(row) + 0.5f) * cell};
  }
  std::size_t Size() const { return static_cast<std::size_t>(cols) * static_cast<std::size_t>(rows); }
};

// A grid covering `box` (rounded outwards to whole cells).
LearnGrid GridOver(View view, const Box& box, float cell);

// Zone weights on the grid: 1 inside an essential zone, 0.5 inside spillover only, 0 elsewhere.
// Only zones on the grid's view count.
inline constexpr float kSpilloverWeight = 0.5f;
std::vector<float> RasterizeZones(const LearnGrid& grid, const std::vector<Zone>& zones);

// Painted cells: 1 where a cell centre lies within `radius` of a mark's polyline (or spot centre),
// 0 elsewhere. Only marks on the grid's view count.
std::vector<float> RasterizeMarks(const LearnGrid& grid, const std::vector<PainMark>& marks);

// Weighted (fuzzy) intersection over union: sum(min(a, b)) / sum(max(a, b)). 0 when both are empty.
float WeightedIoU(const std::vector<float>& a, const std::vector<float>& b);

// "Where does it refer?": the painting against a trigger point's zones on both views, as one IoU
// over the cells of both views. `cell` is the grid spacing in atlas units.
struct PaintScore {
  float iou = 0.0f;             // 0..1
  float essential_hit = 0.0f;   // share of the essential area painted, 0..1
  float painted_outside = 0.0f; // share of the painting outside every zone, 0..1
};
PaintScore ScorePainting(const TriggerPointInstance& target, const std::vector<PainMark>& painting,
                         float cell = 8.0f);

// "Where is the trigger point?": full credit within kFullCreditRadius atlas units, none beyond
// kZeroCreditRadius, linear in between. A click on the other view scores 0.
inline constexpr float kFullCreditRadius = 20.0f;
inline constexpr float kZeroCreditRadius = 160.0f;
float DistanceScore(float distance);

struct ClickScore {
  float score = 0.0f;
  float distance = -1.0f;  // atlas units; < 0 when the click was on the other view
};
ClickScore ScoreTriggerClick(const TriggerPointInstance& target, View clicked_view, Point clicked);

// Atlas units to centimetres on a person of average height (the figure's head-to-heel span).
float AtlasUnitsToCm(const Model& model, View view, float units);

// The SM-2 recall grade (0..5, 3 or more is a pass) for a score of an exercise of `kind`.
// Painting is graded more leniently: freehand IoU rarely passes 0.7 even for an expert.
int GradeFor(ExerciseKind kind, float score);

// "Which muscle?": typed from memory earns 5, picked among four earns 4, a hint (the X was shown)
// caps it at 3, a wrong answer is 1.
int GradeChoice(bool correct, bool typed, bool hint_used);

}  // namespace knotmap::model
