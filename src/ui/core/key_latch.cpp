// Key latch: see key_latch.hpp.
#include "ui/core/key_latch.hpp"

#include "ui/core/keys.hpp"

namespace knotmap::ui::keys {

void KeyLatch::OnKey(int key, bool down) {
  if (key < 0 || key >= kKeys) return;
  // An auto-repeat (down while held) is not a new press.
  if (down && !held_[key] && presses_[key] < 255) ++presses_[key];
  held_[key] = down;
}

void KeyLatch::BeforeFrame(ImGuiIO& io) {
  constexpr int n = static_cast<int>(sizeof io.KeysDown / sizeof io.KeysDown[0]);
  for (int k = 0; k < kKeys && k < n; ++k) {
    if (shown_[k]) {
      // Up once released, or for one frame before the next waiting press.
      if (!held_[k] || presses_[k] > 0) shown_[k] = false;
    } else if (presses_[k] > 0) {
      shown_[k] = true;
      --presses_[k];
    }
    io.KeysDown[k] = shown_[k];
  }
  const auto down = [&](int a, int b) { return io.KeysDown[a] || io.KeysDown[b]; };
  io.KeyCtrl = down(kLeftControl, kRightControl);
  io.KeyShift = down(kLeftShift, kRightShift);
  io.KeyAlt = down(kLeftAlt, kRightAlt);
  io.KeySuper = down(kLeftSuper, kRightSuper);
}

bool KeyLatch::Pending() const {
  for (int k = 0; k < kKeys; ++k) {
    if (presses_[k] > 0 || (shown_[k] && !held_[k])) return true;
  }
  return false;
}

}  // namespace knotmap::ui::keys
