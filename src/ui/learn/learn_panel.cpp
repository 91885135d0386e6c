// Learn: what trigger points and referred pain are, how to read the map, and the limits of
// self-treatment. Written in the project's own words.
#include <imgui.h>

#include "ui/learn/learn_views.hpp"
#include "ui/core/widgets.hpp"

namespace knotmap::ui {
namespace {

void Para(const char* text) {
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text);
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
}

void Title(const AppState& s, const char* text) { SectionTitle(s, text); }

}  // namespace

void DrawLearnPanel(AppState& s) {
  Title(s, "Knots and referred pain");
  Para("A trigger point, or muscle knot, is a small, very tender spot in a tight band of muscle. "
       "Pressing it hurts locally and often sends pain somewhere else: that is referred pain. "
       "So the place that hurts is often not the place to treat.");
  Title(s, "Reading the map");
  Para("An X marks a trigger point. The solid red area is where its pain is felt most often (the "
       "essential zone); the hatched area with a dashed edge is where it sometimes spreads "
       "(spillover). Your own marks are orange circles or brush strokes.");
  Para("In the front view the person faces you, so their right side is on your left. In the back "
       "view you see their back, so their right side is on your right. R and L beside each figure "
       "show the person's sides.");
  Title(s, "Three things Knotmap does");
  Para("1. Mark where it hurts and see which knots are the likely source. "
       "2. See the muscles that keep those knots loaded, and the habits behind them. "
       "3. Follow a plan: check the warning signs, change the cause, release, press, strengthen.");
  Title(s, "Safety");
  Para("Knotmap informs; it does not diagnose. Pain can come from joints, nerves, organs or the "
       "heart. If the Guidance tab lists a warning sign that fits, stop and see a doctor. Press "
       "firmly but comfortably, never on bone, the front of the neck, or numb or swollen areas.");
}

}  // namespace knotmap::ui
