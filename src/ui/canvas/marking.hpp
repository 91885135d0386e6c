// Placing marks without the mouse: the map's keyboard crosshair (arrows move it, Enter drops a
// spot) and the spot every way of marking makes (click, crosshair, landmark list).
#pragma once

#include "ui/canvas/atlas_canvas.hpp"
#include "ui/core/app_state.hpp"

namespace knotmap::ui {

// A spot at `at` (atlas units of `view`) with the size and intensity chosen for new marks.
model::PainMark NewSpot(const AppState& s, model::View view, model::Point at);

// While `view` has the keyboard: arrows move its crosshair, Enter or Space marks there; draws the
// focus ring, the crosshair and the name of the muscle under it.
void RunMapKeyboard(AppState& s, const AtlasView& view);

// "acromion_right" -> "acromion right": a landmark's name as a user reads it.
std::string LandmarkLabel(const model::Landmark& landmark);

}  // namespace knotmap::ui
