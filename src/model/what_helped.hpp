// What helped: per treated trigger point, how the pain it explained changed from the entry before
// a treatment to the entry after it. A plain average with its number of observations; the caller
// says "too few to mean anything" below kMinHelpedObservations.
#pragma once

#include <string>
#include <vector>

#include "model/journal.hpp"

namespace knotmap::model {

inline constexpr int kMinHelpedObservations = 3;

struct HelpedFigure {
  std::string muscle;         // Muscle::id
  std::string muscle_name;    // from the journal's findings
  std::string trigger_point;  // TriggerPoint::id; empty for treatments of the muscle as a whole
  std::string trigger_point_name;
  Side side = Side::Right;
  int treatments = 0;         // treatments of this point
  int observations = 0;       // (entry before, entry after) pairs around them
  float mean_change = 0.0f;   // mean of (after - before) intensity, -9..9; negative is better
  bool Enough() const { return observations >= kMinHelpedObservations; }
};

// `entries` and `treatments` in any order. An observation: the last entry at or before a treatment
// in which the point explains a mark, and the first entry after it. The intensity of an entry is
// the mean intensity of the marks the point explains there; an entry after in which it explains
// none counts as 0 (that pain was not marked again). Several treatments between the same two
// entries make one observation. Sorted: most observations first, then the largest improvement.
std::vector<HelpedFigure> WhatHelped(const std::vector<JournalEntry>& entries, const std::vector<Treatment>& treatments);

// "Pain it explained fell by 2.5 on average (4 observations)." or, when there are too few,
// "Too few observations to tell yet (1 so far; 3 needed)."
std::string HelpedSentence(const HelpedFigure& f);

}  // namespace knotmap::model
