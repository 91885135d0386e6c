// Cut text, as the user sees it: every piece of text ImGui draws goes through one of the two
// ImDrawList::AddText overloads, which the UI test binary wraps at link time (--wrap, see
// tests/CMakeLists.txt). While recording, each call is laid out glyph by glyph like ImFont::RenderText
// does and compared with the clip rect it is drawn under; text with a glyph partly or wholly outside
// is cut. Scrolled out of view (cut at the top or bottom of a window that can scroll) is not.
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

namespace knotmap::test {

struct CutText {
  std::string text;     // the whole string that was drawn
  std::string visible;  // the part whose glyphs were entirely inside the clip rect
  std::string window;   // the ImGui window that drew it
  ImVec2 ink_min, ink_max;  // where its glyphs were (screen pixels)
  ImVec4 clip;              // the clip rect it was drawn under (x0, y0, x1, y1)
};

// Record the texts drawn from now on (one recorder for the process; starting again clears it).
void StartRecordingText();
// Stop recording; the cut texts since StartRecordingText, each once per window and string. The texts
// drawn whole that end in "..." (cut on purpose, or so written) go to `ellipsized` when given.
std::vector<CutText> StopRecordingText(std::vector<CutText>* ellipsized = nullptr);

// Everything the user cannot read whole in the windows currently shown: cut texts, and windows whose
// content runs past their right edge (what lies there is not drawn at all, so it cannot be cut).
// Both are what a frame drawn while recording showed; `Describe` gives one line each.
std::string Describe(const CutText& cut);
std::vector<std::string> WindowsRunningPastRightEdge();

}  // namespace knotmap::test
