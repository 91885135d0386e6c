// Label placement beside a target rectangle (see label_place.hpp).
#include "ui/canvas/label_place.hpp"

#include <algorithm>
#include <array>

namespace knotmap::ui {

ImVec2 PlaceLabel(const ScreenRect& target, ImVec2 size, float gap, const ScreenRect& clip,
                  const std::function<float(const ScreenRect&)>& cost) {
  const float cx = (target.min.x + target.max.x - size.x) * 0.5f;
  const float cy = (target.min.y + target.max.y - size.y) * 0.5f;
  const std::array<ImVec2, 4> places{ImVec2(cx, target.max.y + gap), ImVec2(cx, target.min.y - gap - size.y),
                                     ImVec2(target.max.x + gap, cy), ImVec2(target.min.x - gap - size.x, cy)};
  ImVec2 best = places.front();
  float best_cost = -1.0f;
  for (ImVec2 p : places) {
    // Moved in from the view's edges, as the label will be drawn.
    p.x = std::clamp(p.x, clip.min.x, std::max(clip.max.x - size.x, clip.min.x));
    p.y = std::clamp(p.y, clip.min.y, std::max(clip.max.y - size.y, clip.min.y));
    const float c = cost({p, ImVec2(p.x + size.x, p.y + size.y)});
    if (best_cost < 0.0f || c < best_cost) {
      best = p;
      best_cost = c;
    }
    if (c <= 0.0f) break;
  }
  return best;
}

const std::vector<PlacedLabel>* LabelPlacements::Find(int slot, const LayerKey& key) const {
  const Slot& s = slots_[slot];
  return s.valid && s.key == key ? &s.labels : nullptr;
}

const std::vector<PlacedLabel>& LabelPlacements::Store(int slot, LayerKey key, std::vector<PlacedLabel> labels) {
  Slot& s = slots_[slot];
  s.key = std::move(key);
  s.labels = std::move(labels);
  s.valid = true;
  ++placements;
  return s.labels;
}

void LabelPlacements::Clear() {
  for (Slot& s : slots_) s.valid = false;
}

}  // namespace knotmap::ui
