// Headless ImGui harness for the UI tests: an ImGui context with no backend (display size set,
// font atlas built, no GL), the real AppState and views, and helpers that drive the mouse and
// keyboard through io.MousePos / io.MouseDown / io.KeysDown frame by frame.
#pragma once

#include <imgui.h>

#include <memory>
#include <string>
#include <string_view>

#include "model/model.hpp"
#include "ui/core/app_state.hpp"

namespace knotmap::test {

// A spot of the default size from "VIEW:X,Y" (the strict parser); fails the test when malformed.
model::PainMark Spot(std::string_view spec);

// The shipped content ($KNOTMAP_MODEL overrides), loaded once per test binary.
const model::Model& ShippedModel();

class Harness {
 public:
  explicit Harness(ImVec2 display = ImVec2(1600.0f, 1000.0f), bool with_model = true);
  ~Harness();
  Harness(const Harness&) = delete;
  Harness& operator=(const Harness&) = delete;

  ui::AppState state;
  // The session's clock: each Frame(dt) advances it by dt seconds.
  std::shared_ptr<knotmap::session::ManualClock> clock = std::make_shared<knotmap::session::ManualClock>();

  // One frame: NewFrame, DrawApp, Render, ApplyActions. `dt` becomes io.DeltaTime.
  void Frame(float dt = 1.0f / 60.0f);
  void Frames(int n, float dt = 1.0f / 60.0f);
  void Resize(ImVec2 display);
  // Shows `view` alone, opened centred on `at` magnified `zoom` times the fit size (gui --focus),
  // from the next frame.
  void Focus(model::View view, model::Point at, float zoom);
  // One frame with ImGui's text log on: every text the views drew (labels, wrapped text, buttons).
  std::string FrameText();

  void MoveMouse(ImVec2 screen);
  void Click(ImVec2 screen, int button = 0);
  void Drag(ImVec2 from, ImVec2 to, int button = 0, int steps = 6);
  void PressKey(int key, bool ctrl = false, bool shift = false);
  void Type(const std::string& text);

  // Screen position of an atlas point on a view, from the last frame's placement.
  ImVec2 ToScreen(model::View view, model::Point atlas) const;
  bool ViewVisible(model::View view) const;

 private:
  ImGuiContext* context_ = nullptr;
  std::string clipboard_;  // ImGui's log lands here through the clipboard callback
  bool capture_ = false;
};

}  // namespace knotmap::test
