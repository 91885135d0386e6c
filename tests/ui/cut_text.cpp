// The recorder behind cut_text.hpp: link-time wrappers of ImDrawList::AddText that lay the text out
// like ImFont::RenderText (ImGui 1.86) and keep what did not fit its clip rect.
#include "cut_text.hpp"

#include <imgui_internal.h>

#include <cmath>
#include <cstring>
#include <set>
#include <sstream>
#include <utility>

namespace knotmap::test {
namespace {

bool recording = false;
std::vector<CutText> cuts;
std::vector<CutText> dotted;  // drawn whole, ending in "..."
std::set<std::pair<std::string, std::string>> seen;  // (window, text) already reported

// A glyph's quad has a pixel of padding around the letter (in the font's own pixels, so scaled with
// it); a quad that pokes out by no more than that leaves the letter whole.
constexpr float kSlack = 1.0f;

const ImGuiWindow* OwnerOf(const ImDrawList* dl) {
  for (const ImGuiWindow* w : ImGui::GetCurrentContext()->Windows) {
    if (w->DrawList == dl) return w;
  }
  return nullptr;
}

// True when the edge at `y` is the bottom or top of the scrolled area of `w` or of a window it is
// in, and that window can scroll there: the user scrolls to read on, nothing is cut.
bool ScrollEdge(const ImGuiWindow* w, float y) {
  for (; w != nullptr; w = w->ParentWindow) {
    const bool scrolls = w->ScrollMax.y > 0.0f &&
                         (w->Flags & (ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse)) !=
                             (ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    if (!scrolls) continue;
    if (std::fabs(y - w->InnerClipRect.Min.y) <= kSlack || std::fabs(y - w->InnerClipRect.Max.y) <= kSlack) return true;
    if (std::fabs(y - w->ClipRect.Min.y) <= kSlack || std::fabs(y - w->ClipRect.Max.y) <= kSlack) return true;
  }
  return false;
}

void Check(const ImDrawList* dl, const ImFont* font, float size, ImVec2 pos, ImU32 col, const char* begin,
           const char* end, float wrap_width, const ImVec4* fine_clip) {
  if ((col & IM_COL32_A_MASK) == 0) return;
  if (end == nullptr) end = begin + std::strlen(begin);
  if (begin == end) return;
  if (font == nullptr) font = dl->_Data->Font;
  if (size == 0.0f) size = dl->_Data->FontSize;
  ImVec4 clip = dl->_CmdHeader.ClipRect;
  if (fine_clip != nullptr) {
    clip.x = std::max(clip.x, fine_clip->x);
    clip.y = std::max(clip.y, fine_clip->y);
    clip.z = std::min(clip.z, fine_clip->z);
    clip.w = std::min(clip.w, fine_clip->w);
  }
  const ImGuiWindow* owner = OwnerOf(dl);

  // ImFont::RenderText's layout: pixel-aligned start, word wrap at `wrap_width`, '\n' breaks.
  const float scale = size / font->FontSize;
  const float line_height = font->FontSize * scale;
  const float slack = std::max(kSlack, scale);
  const float x0 = std::floor(pos.x);
  float x = x0;
  float y = std::floor(pos.y);
  const char* eol = nullptr;
  bool cut_x = false, cut_y = false;
  float cut_edge_y = 0.0f;
  ImVec2 ink_min(1e30f, 1e30f), ink_max(-1e30f, -1e30f);
  std::string visible;
  const char* s = begin;
  while (s < end) {
    if (wrap_width > 0.0f) {
      if (eol == nullptr) {
        eol = font->CalcWordWrapPositionA(scale, s, end, wrap_width - (x - x0));
        if (eol == s) ++eol;
      }
      if (s >= eol) {
        x = x0;
        y += line_height;
        eol = nullptr;
        while (s < end) {
          if (*s == ' ' || *s == '\t') {
            ++s;
          } else if (*s == '\n') {
            ++s;
            break;
          } else {
            break;
          }
        }
        continue;
      }
    }
    const char* at = s;
    unsigned int c = static_cast<unsigned char>(*s);
    if (c < 0x80) {
      s += 1;
    } else {
      s += ImTextCharFromUtf8(&c, s, end);
      if (c == 0) break;
    }
    if (c == '\n') {
      x = x0;
      y += line_height;
      visible += '\n';
      continue;
    }
    if (c == '\r') continue;
    const ImFontGlyph* glyph = font->FindGlyph(static_cast<ImWchar>(c));
    if (glyph == nullptr) continue;
    bool inside = x >= clip.x - kSlack && x + glyph->AdvanceX * scale <= clip.z + kSlack;
    if (glyph->Visible) {
      const ImVec2 a(x + glyph->X0 * scale, y + glyph->Y0 * scale), b(x + glyph->X1 * scale, y + glyph->Y1 * scale);
      ink_min = ImVec2(std::min(ink_min.x, a.x), std::min(ink_min.y, a.y));
      ink_max = ImVec2(std::max(ink_max.x, b.x), std::max(ink_max.y, b.y));
      const bool in_x = a.x >= clip.x - slack && b.x <= clip.z + slack;
      const bool in_y = a.y >= clip.y - slack && b.y <= clip.w + slack;
      inside = in_x && in_y;
      if (!in_x) cut_x = true;
      if (!in_y && !cut_y) {
        cut_y = true;
        cut_edge_y = a.y < clip.y - slack ? clip.y : clip.w;
      }
    }
    if (inside) visible.append(at, s);
    x += glyph->AdvanceX * scale;
  }
  const bool whole = !cut_x && (!cut_y || ScrollEdge(owner, cut_edge_y));
  std::string text(begin, end);
  if (whole && (text.size() < 3 || text.compare(text.size() - 3, 3, "...") != 0)) return;
  std::string window = owner != nullptr ? owner->Name : (dl->_OwnerName != nullptr ? dl->_OwnerName : "?");
  if (!seen.insert({window, text}).second) return;
  (whole ? dotted : cuts).push_back({std::move(text), std::move(visible), std::move(window), ink_min, ink_max, clip});
}

}  // namespace

void StartRecordingText() {
  cuts.clear();
  dotted.clear();
  seen.clear();
  recording = true;
}

std::vector<CutText> StopRecordingText(std::vector<CutText>* ellipsized) {
  recording = false;
  seen.clear();
  if (ellipsized != nullptr) *ellipsized = std::exchange(dotted, {});
  dotted.clear();
  return std::exchange(cuts, {});
}

std::string Describe(const CutText& cut) {
  std::ostringstream o;
  o << '"' << cut.text << "\" in " << cut.window << " shows only \"" << cut.visible << "\" (text x " << cut.ink_min.x
    << ".." << cut.ink_max.x << " y " << cut.ink_min.y << ".." << cut.ink_max.y << ", clip x " << cut.clip.x << ".."
    << cut.clip.z << " y " << cut.clip.y << ".." << cut.clip.w << ")";
  return o.str();
}

std::vector<std::string> WindowsRunningPastRightEdge() {
  std::vector<std::string> out;
  for (const ImGuiWindow* w : ImGui::GetCurrentContext()->Windows) {
    if (!w->WasActive || w->Hidden || (w->Flags & ImGuiWindowFlags_Tooltip) != 0) continue;
    // ContentSize is what the items took (cursor extent), the visible width is inside the padding
    // and the vertical scrollbar.
    const float visible = w->Size.x - w->WindowPadding.x - w->ScrollbarSizes.x;
    if (w->ContentSize.x <= visible + 1.0f) continue;
    std::ostringstream o;
    o << w->Name << ": content " << w->ContentSize.x << " px wide in " << visible << " px";
    out.push_back(o.str());
  }
  return out;
}

}  // namespace knotmap::test

// The link-time wrappers (the test binary links with --wrap=<these symbols>): record, then draw.
// ImDrawList::AddText(const ImFont*, float, const ImVec2&, ImU32, const char*, const char*, float, const ImVec4*)
// and ImDrawList::AddText(const ImVec2&, ImU32, const char*, const char*); `this` comes first.
extern "C" {
void __real__ZN10ImDrawList7AddTextEPK6ImFontfRK6ImVec2jPKcS7_fPK6ImVec4(ImDrawList*, const ImFont*, float,
                                                                         const ImVec2&, ImU32, const char*,
                                                                         const char*, float, const ImVec4*);
void __real__ZN10ImDrawList7AddTextERK6ImVec2jPKcS4_(ImDrawList*, const ImVec2&, ImU32, const char*, const char*);

void __wrap__ZN10ImDrawList7AddTextEPK6ImFontfRK6ImVec2jPKcS7_fPK6ImVec4(ImDrawList* dl, const ImFont* font,
                                                                         float size, const ImVec2& pos, ImU32 col,
                                                                         const char* begin, const char* end,
                                                                         float wrap_width, const ImVec4* fine_clip) {
  if (knotmap::test::recording) knotmap::test::Check(dl, font, size, pos, col, begin, end, wrap_width, fine_clip);
  __real__ZN10ImDrawList7AddTextEPK6ImFontfRK6ImVec2jPKcS7_fPK6ImVec4(dl, font, size, pos, col, begin, end,
                                                                      wrap_width, fine_clip);
}

void __wrap__ZN10ImDrawList7AddTextERK6ImVec2jPKcS4_(ImDrawList* dl, const ImVec2& pos, ImU32 col,
                                                     const char* begin, const char* end) {
  if (knotmap::test::recording) knotmap::test::Check(dl, nullptr, 0.0f, pos, col, begin, end, 0.0f, nullptr);
  __real__ZN10ImDrawList7AddTextERK6ImVec2jPKcS4_(dl, pos, col, begin, end);
}
}
