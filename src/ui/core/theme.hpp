// Light and dark themes: the ImGui style for a given UI scale plus the atlas palette (skin, ink,
// zone red, mark colours) the canvas draws with. Colours are packed ImU32 (ABGR).
#pragma once

#include <imgui.h>

namespace knotmap::ui {

enum class ThemeKind { Light, Dark };

// Fonts built by the app layer; null members mean "use the current font" (headless tests).
struct Fonts {
  ImFont* regular = nullptr;
  ImFont* bold = nullptr;
  ImFont* title = nullptr;
  ImFont* small = nullptr;
};

struct Palette {
  ImU32 canvas_bg;
  ImU32 skin;
  ImU32 body_outline;
  ImU32 detail;
  ImU32 bone_fill;  // the skeleton layer: a light bone tone at low alpha over the skin
  ImU32 bone_line;  // and its thin outline, a little stronger than the skin, under the muscles'
  ImU32 muscle;  // a superficial muscle's edge
  ImU32 muscle_fill;
  ImU32 muscle_fibre;
  ImU32 muscle_fibre_strong;  // the highlighted muscle's fibres
  ImU32 muscle_deep;          // a deep muscle's dashed edge
  ImU32 muscle_deep_fill;
  ImU32 muscle_deep_fibre;
  ImU32 muscle_hover;
  ImU32 muscle_hover_fill;
  ImU32 zone_essential_fill;
  ImU32 zone_essential_line;
  ImU32 zone_spill_hatch;
  ImU32 zone_spill_fill;
  ImU32 zone_spill_line;
  ImU32 trigger_point;
  ImU32 trigger_point_halo;
  ImU32 mark_fill;
  ImU32 mark_line;
  ImU32 mark_selected;
  ImU32 label;
  ImU32 label_faint;
  ImU32 landmark;
  ImU32 learn_paint;   // the learner's own painting and guesses (not the outlines' blue)
  ImU32 mastery;       // progress tint of a mastered muscle (alpha scaled by mastery)
  ImU32 mastery_line;
  ImVec4 accent;
  ImVec4 danger;
  ImVec4 warning;
  ImVec4 text_faint;
  ImVec4 score_bar;
};

const Palette& PaletteFor(ThemeKind theme);

// Replaces the current ImGui style with the theme's, scaled by `scale` (content scale x UI scale).
void ApplyStyle(ThemeKind theme, float scale);

}  // namespace knotmap::ui
