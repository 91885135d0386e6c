// Keeps a quick key tap visible to ImGui 1.86, which reads io.KeysDown once per frame and has no
// input queue: a press and its release inside one frame's events would otherwise never be seen
// (a fast Ctrl+Z). The window system reports key events here; before each frame the latch writes
// io.KeysDown so every key pressed since the last frame reads as down for at least that frame.
#pragma once

#include <imgui.h>

#include <array>

namespace knotmap::ui::keys {

class KeyLatch {
 public:
  // A key event from the window system (GLFW key codes, which index io.KeysDown).
  void OnKey(int key, bool down);
  // Before ImGui::NewFrame: keys held or pressed since the last frame are down, modifiers follow.
  void BeforeFrame(ImGuiIO& io);

 private:
  static constexpr int kKeys = 512;
  std::array<bool, kKeys> held_{};     // down right now, as the window system last said
  std::array<bool, kKeys> pressed_{};  // went down since the last frame
};

}  // namespace knotmap::ui::keys
