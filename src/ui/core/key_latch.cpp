// Key latch: see key_latch.hpp.
#include "ui/core/key_latch.hpp"

#include "ui/core/keys.hpp"

namespace knotmap::ui::keys {

void KeyLatch::OnKey(int key, bool down) {
  if (key < 0 || key >= kKeys) return;
  held_[key] = down;
  if (down) pressed_[key] = true;
}

void KeyLatch::BeforeFrame(ImGuiIO& io) {
  constexpr int n = static_cast<int>(sizeof io.KeysDown / sizeof io.KeysDown[0]);
  for (int k = 0; k < kKeys && k < n; ++k) {
    io.KeysDown[k] = held_[k] || pressed_[k];
    pressed_[k] = false;
  }
  const auto down = [&](int a, int b) { return io.KeysDown[a] || io.KeysDown[b]; };
  io.KeyCtrl = down(kLeftControl, kRightControl);
  io.KeyShift = down(kLeftShift, kRightShift);
  io.KeyAlt = down(kLeftAlt, kRightAlt);
  io.KeySuper = down(kLeftSuper, kRightSuper);
}

}  // namespace knotmap::ui::keys
