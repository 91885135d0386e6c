// The one atlas canvas behind every map-like view (the body map and learn mode): the split into
// front and back views (side by side or stacked), camera fit, placement, wheel zoom and right- or
// middle-drag pan owned through the view's active item (as imgui_demo.cpp's canvas does), and the
// view's background. What a view shows and does with the left button is its caller's business.
#pragma once

#include <imgui.h>

#include <array>
#include <functional>

#include "ui/core/app_state.hpp"

namespace knotmap::ui {

// One view of the canvas this frame, after its item was submitted and the camera moved.
struct AtlasView {
  model::View view = model::View::Back;
  ImVec2 min{};
  ImVec2 size{};
  ViewTransform transform;  // atlas units -> screen pixels, this frame's pan and zoom included
  bool hovered = false;     // the view's item is hovered
  bool active = false;      // the view's item holds the mouse (a press that started on it)
};

struct AtlasCanvasSpec {
  const char* id = "map";                   // ImGui id prefix of the views' items
  std::array<Camera, 2>* cameras = nullptr;
  std::array<ViewPlacement, 2>* placement = nullptr;
  bool allow_both = true;                   // may show front and back side by side
  model::View single = model::View::Back;   // the view shown when only one fits
};

// How a canvas of `size` pixels shows both views: whichever draws the body larger.
enum class BothLayout { SideBySide, Stacked };
BothLayout ChooseBothLayout(const AppState& s, ImVec2 size);

// Lays out and runs the canvas in the rectangle at `origin` of `size` pixels. `view` runs once per
// visible view right after its item, so ImGui::IsItemHovered/IsItemActive refer to that view.
void DrawAtlasCanvas(AppState& s, const AtlasCanvasSpec& spec, ImVec2 origin, ImVec2 size,
                     const std::function<void(const AtlasView&)>& view);

}  // namespace knotmap::ui
