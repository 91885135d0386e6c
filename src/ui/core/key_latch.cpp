// Key latch: see key_latch.hpp.
#include "ui/core/key_latch.hpp"

#include "ui/core/keys.hpp"

namespace knotmap::ui::keys {

void KeyLatch::OnKey(int key, bool down) {
  if (key < 0 || key >= kKeys) return;
  if (down && !held_[key]) pressed_[key] = true;  // an auto-repeat is not a new press
  if (!down) released_[key] = true;
  held_[key] = down;
}

void KeyLatch::BeforeFrame(ImGuiIO& io) {
  constexpr int n = static_cast<int>(sizeof io.KeysDown / sizeof io.KeysDown[0]);
  for (int k = 0; k < kKeys && k < n; ++k) {
    if (shown_[k] && released_[k]) {
      // Up for this frame; a press that came after the release shows on the next one.
      shown_[k] = false;
    } else {
      shown_[k] = held_[k] || pressed_[k];
      pressed_[k] = false;
    }
    released_[k] = false;
    io.KeysDown[k] = shown_[k];
  }
  const auto down = [&](int a, int b) { return io.KeysDown[a] || io.KeysDown[b]; };
  io.KeyCtrl = down(kLeftControl, kRightControl);
  io.KeyShift = down(kLeftShift, kRightShift);
  io.KeyAlt = down(kLeftAlt, kRightAlt);
  io.KeySuper = down(kLeftSuper, kRightSuper);
}

}  // namespace knotmap::ui::keys
