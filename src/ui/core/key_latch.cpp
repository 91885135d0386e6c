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

namespace {

bool IsModifier(int key) { return key >= kLeftShift && key <= kRightSuper; }

}  // namespace

bool KeyLatch::Advance(int k) {
  const bool was = shown_[k];
  if (shown_[k]) {
    // Up once released, or for one frame before the next waiting press.
    if (!held_[k] || presses_[k] > 0) shown_[k] = false;
  } else if (presses_[k] > 0) {
    shown_[k] = true;
    --presses_[k];
  }
  return !was && shown_[k];
}

void KeyLatch::BeforeFrame(ImGuiIO& io) {
  constexpr int n = static_cast<int>(sizeof io.KeysDown / sizeof io.KeysDown[0]);
  bool key_went_down = false;
  for (int k = 0; k < kKeys && k < n; ++k) {
    if (!IsModifier(k) && Advance(k)) key_went_down = true;
  }
  // A Ctrl released in the same events as the F it was held for still counts for that F: a
  // modifier goes up only on a frame where no other key goes down.
  for (int k = kLeftShift; k <= kRightSuper && k < n; ++k) {
    if (!(key_went_down && shown_[k] && presses_[k] == 0)) Advance(k);
  }
  for (int k = 0; k < kKeys && k < n; ++k) io.KeysDown[k] = shown_[k];
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
