// Keeps every key press visible to ImGui 1.86, which reads io.KeysDown once per frame and has no
// input queue: a press and its release inside one frame's events (a fast Ctrl+Z), or a release and
// the next press of the same key (Tab, Tab), would otherwise never be seen. The window system
// reports key events here; before each frame the latch writes io.KeysDown so that each press reads
// as down for at least one frame, after at least one frame up.
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
  // Whether more frames are needed to show every press (two taps of a key in one frame take four).
  bool Pending() const;

 private:
  static constexpr int kKeys = 512;
  // Moves key `k` one frame on; true when it goes down this frame.
  bool Advance(int k);
  std::array<bool, kKeys> held_{};           // down right now, as the window system last said
  std::array<unsigned char, kKeys> presses_{};  // presses not yet shown to a frame
  std::array<bool, kKeys> shown_{};          // what the last frame read
};

}  // namespace knotmap::ui::keys
