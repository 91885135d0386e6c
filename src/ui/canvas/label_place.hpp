// Where a map label goes: beside its muscle (below, above, right or left of the outline's screen
// bounds) at the first place that covers nothing the user is looking at, else the least covering.
#pragma once

#include <imgui.h>

#include <functional>

namespace knotmap::ui {

struct ScreenRect {
  ImVec2 min, max;
};

// The top-left corner for a label of `size` pixels next to `target`, `gap` pixels away, kept
// inside `clip`. `cost` says how much a label there would cover (0: nothing); ties go to the
// earlier place in the order below, above, right, left.
ImVec2 PlaceLabel(const ScreenRect& target, ImVec2 size, float gap, const ScreenRect& clip,
                  const std::function<float(const ScreenRect&)>& cost);

}  // namespace knotmap::ui
