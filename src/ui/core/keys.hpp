// Key indexes into io.KeysDown for ImGui 1.86. The GLFW backend indexes KeysDown by GLFW key code,
// which for letters and digits is the ASCII code; named keys go through io.KeyMap.
#pragma once

#include <imgui.h>

namespace knotmap::ui::keys {

inline constexpr int kSpace = 32;
inline constexpr int kMinus = 45;
inline constexpr int kEqual = 61;  // '=' / '+' on US layouts
inline constexpr int kDigit1 = 49;
inline constexpr int kDigit2 = 50;
inline constexpr int kDigit3 = 51;
inline constexpr int kB = 66;
inline constexpr int kF = 70;
inline constexpr int kH = 72;
inline constexpr int kEscape = 256;
inline constexpr int kEnter = 257;
inline constexpr int kTab = 258;
inline constexpr int kBackspace = 259;
inline constexpr int kDelete = 261;
inline constexpr int kRight = 262;
inline constexpr int kLeft = 263;
inline constexpr int kDown = 264;
inline constexpr int kUp = 265;
inline constexpr int kF1 = 290;
inline constexpr int kKeypadSubtract = 333;
inline constexpr int kKeypadAdd = 334;
inline constexpr int kKeypadEnter = 335;
inline constexpr int kLeftShift = 340;
inline constexpr int kLeftControl = 341;
inline constexpr int kLeftAlt = 342;
inline constexpr int kLeftSuper = 343;
inline constexpr int kRightShift = 344;
inline constexpr int kRightControl = 345;
inline constexpr int kRightAlt = 346;
inline constexpr int kRightSuper = 347;
inline constexpr int kL = 76;
inline constexpr int kM = 77;

// Fills io.KeyMap like the GLFW backend does, for headless tests.
void InstallKeyMap(ImGuiIO& io);

// The mouse's back and forward side buttons (GLFW buttons 4 and 5, ImGui mouse buttons 3 and 4).
inline constexpr int kMouseBack = 3;
inline constexpr int kMouseForward = 4;

// True when `key` went down this frame and no text field has the keyboard.
bool Pressed(int key, bool repeat = false);

}  // namespace knotmap::ui::keys
