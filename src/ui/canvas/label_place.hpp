// Where a map label goes: beside its muscle (below, above, right or left of the outline's screen
// bounds) at the first place that covers nothing the user is looking at, else the least covering.
#pragma once

#include <imgui.h>

#include <array>
#include <functional>
#include <vector>

#include "ui/canvas/layer_cache.hpp"

namespace knotmap::ui {

struct ScreenRect {
  ImVec2 min, max;
};

// The top-left corner for a label of `size` pixels next to `target`, `gap` pixels away, kept
// inside `clip`. `cost` says how much a label there would cover (0: nothing); ties go to the
// earlier place in the order below, above, right, left.
ImVec2 PlaceLabel(const ScreenRect& target, ImVec2 size, float gap, const ScreenRect& clip,
                  const std::function<float(const ScreenRect&)>& cost);

// A name label placed on the map: the outline (index into Model::outlines) it names and the top-left
// corner of its text, in screen pixels.
struct PlacedLabel {
  int outline = -1;
  ImVec2 at;
};

// The labels placed in each view, kept while nothing they depend on changes (the view's still-layer
// key, less the hover, which moves no label): placing one samples the shown zones under four boxes,
// most of the labels layer's cost when done every frame.
class LabelPlacements {
 public:
  // The labels placed under `key` in `slot` (a view) if they are still good; otherwise null.
  const std::vector<PlacedLabel>* Find(int slot, const LayerKey& key) const;
  // Keeps `labels` under `key` in `slot` and returns them.
  const std::vector<PlacedLabel>& Store(int slot, LayerKey key, std::vector<PlacedLabel> labels);
  void Clear();

  int placements = 0;  // times labels were placed (Store): what the tests count

 private:
  struct Slot {
    LayerKey key;
    std::vector<PlacedLabel> labels;
    bool valid = false;
  };
  std::array<Slot, 2> slots_{};
};

}  // namespace knotmap::ui
