#include "ui/core/text_layout.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <iterator>
#include <memory>

namespace knotmap::ui {
namespace {

// Each line's characters as ImFont::RenderText reads them when it draws that line alone: UTF-8
// decoded up to the line's end (a malformed sequence ends the line), carriage returns skipped,
// every glyph's advance and, for a visible one, its quad. Lines hold no newline (they end there).
void ReadGlyphs(const ImFont& font, float scale, std::string_view text, TextLayout& out) {
  out.line_glyphs.reserve(out.lines.size() + 1);
  for (const auto& [b, e] : out.lines) {
    out.line_glyphs.push_back(static_cast<std::uint32_t>(out.glyphs.size()));
    const char* s = text.data() + b;
    const char* const end = text.data() + e;
    while (s < end) {
      unsigned int c = static_cast<unsigned char>(*s);
      if (c < 0x80) {
        s += 1;
      } else {
        s += ImTextCharFromUtf8(&c, s, end);
        if (c == 0) break;
      }
      if (c == '\r' || c == '\n') continue;
      const ImFontGlyph* g = font.FindGlyph(static_cast<ImWchar>(c));
      if (g == nullptr) continue;
      LaidGlyph laid;
      laid.advance = g->AdvanceX * scale;
      if (g->Visible != 0) {
        laid.visible = true;
        laid.colored = g->Colored != 0;
        laid.x0 = g->X0 * scale;
        laid.y0 = g->Y0 * scale;
        laid.x1 = g->X1 * scale;
        laid.y1 = g->Y1 * scale;
        laid.u0 = g->U0;
        laid.v0 = g->V0;
        laid.u1 = g->U1;
        laid.v1 = g->V1;
      }
      out.glyphs.push_back(laid);
    }
  }
  out.line_glyphs.push_back(static_cast<std::uint32_t>(out.glyphs.size()));
}

}  // namespace

TextLayout LayOutText(const ImFont& font, float size, float wrap_width, std::string_view text) {
  // ImFont::CalcTextSizeA's loop, keeping where each line starts and ends.
  TextLayout out;
  const float scale = size / font.FontSize;
  const char* const begin = text.data();
  const char* const end = begin + text.size();
  const char* s = begin;
  const char* line_begin = s;
  const char* eol = nullptr;
  float line_width = 0.0f, width = 0.0f;
  int lines = 0;
  const auto close_line = [&](const char* line_end) {
    out.lines.emplace_back(static_cast<std::uint32_t>(line_begin - begin),
                           static_cast<std::uint32_t>(line_end - begin));
    width = std::max(width, line_width);
    line_width = 0.0f;
    ++lines;
  };
  while (s < end) {
    if (eol == nullptr) {
      eol = font.CalcWordWrapPositionA(scale, s, end, wrap_width - line_width);
      if (eol == s) ++eol;  // at least one character a line
    }
    if (s >= eol) {
      close_line(s);
      eol = nullptr;
      // Wrapping skips the blanks that follow, and one newline.
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
      line_begin = s;
      continue;
    }
    unsigned int c = static_cast<unsigned char>(*s);
    const char* const prev = s;
    s += c < 0x80 ? 1 : ImTextCharFromUtf8(&c, s, end);
    if (c < 32) {
      if (c == '\n') {
        close_line(prev);
        line_begin = s;
        eol = nullptr;
        continue;
      }
      if (c == '\r') continue;
    }
    line_width += (static_cast<int>(c) < font.IndexAdvanceX.Size ? font.IndexAdvanceX.Data[c]
                                                                 : font.FallbackAdvanceX) *
                  scale;
  }
  if (line_width > 0.0f || lines == 0) close_line(end);
  out.size = ImVec2(std::floor(width + 0.99999f), static_cast<float>(lines) * size);
  ReadGlyphs(font, scale, text, out);
  return out;
}

const TextLayout& TextLayoutCache::Get(const ImFont* font, float size, float wrap_width,
                                       std::string_view text) {
  // Most frames ask for the texts of the last one in the same order: try the next of those first.
  const std::size_t next = current_.size();
  Entry* found = next < previous_.size() && previous_[next]->Is(font, size, wrap_width, text)
                     ? previous_[next]
                     : nullptr;
  if (found == nullptr) {
    std::uint64_t h = std::hash<std::string_view>{}(text);  // several bytes a step (ImHashStr: one)
    h = h * 1000003u ^ reinterpret_cast<std::uintptr_t>(font);
    std::uint32_t bits[2];
    std::memcpy(&bits[0], &size, sizeof(float));
    std::memcpy(&bits[1], &wrap_width, sizeof(float));
    h = (h * 1000003u ^ bits[0]) * 1000003u ^ bits[1];
    std::vector<std::unique_ptr<Entry>>& bucket = entries_[h];
    const auto it = std::find_if(
        bucket.begin(), bucket.end(),
        [&](const std::unique_ptr<Entry>& e) { return e->Is(font, size, wrap_width, text); });
    if (it != bucket.end()) {
      found = it->get();
    } else {
      bucket.push_back(
          std::make_unique<Entry>(Entry{std::string(text), font, size, wrap_width,
                                        LayOutText(*font, size, wrap_width, text), false}));
      found = bucket.back().get();
    }
  }
  found->used = true;
  current_.push_back(found);
  return found->layout;
}

void TextLayoutCache::EndFrame() {
  for (auto it = entries_.begin(); it != entries_.end();) {
    std::vector<std::unique_ptr<Entry>>& bucket = it->second;
    bucket.erase(std::remove_if(bucket.begin(), bucket.end(),
                                [](const std::unique_ptr<Entry>& e) { return !e->used; }),
                 bucket.end());
    for (const std::unique_ptr<Entry>& e : bucket) e->used = false;
    it = bucket.empty() ? entries_.erase(it) : std::next(it);
  }
  // Every entry asked for this frame is used, so still there.
  previous_.swap(current_);
  current_.clear();
}

void TextLayoutCache::Clear() {
  entries_.clear();
  previous_.clear();
  current_.clear();
}

std::size_t TextLayoutCache::Size() const {
  std::size_t n = 0;
  for (const auto& [hash, bucket] : entries_) n += bucket.size();
  return n;
}

namespace {

// Draws line `line` of `layout` with the pen at `pen` as ImFont::RenderText draws that line
// (ImDrawList::AddText with no wrap): the same quads in the same order, glyphs wholly left or
// right of the clip rect left out, from the kept glyphs instead of looking each one up.
void DrawLine(ImDrawList& dl, const TextLayout& layout, std::size_t line, ImVec2 pen, ImU32 col) {
  const std::uint32_t first = layout.line_glyphs[line], last = layout.line_glyphs[line + 1];
  if (first == last) return;
  const int most = static_cast<int>(last - first);
  dl.PrimReserve(most * 6, most * 4);
  const ImVec4 clip = dl._CmdHeader.ClipRect;
  const ImU32 untinted = col | ~IM_COL32_A_MASK;
  ImDrawVert* v = dl._VtxWritePtr;
  ImDrawIdx* idx = dl._IdxWritePtr;
  unsigned int base = dl._VtxCurrentIdx;
  float x = pen.x;
  for (std::uint32_t i = first; i < last; ++i) {
    const LaidGlyph& g = layout.glyphs[i];
    if (g.visible) {
      const float x1 = x + g.x0, x2 = x + g.x1;
      if (x1 <= clip.z && x2 >= clip.x) {
        const float y1 = pen.y + g.y0, y2 = pen.y + g.y1;
        const ImU32 c = g.colored ? untinted : col;
        idx[0] = static_cast<ImDrawIdx>(base);
        idx[1] = static_cast<ImDrawIdx>(base + 1);
        idx[2] = static_cast<ImDrawIdx>(base + 2);
        idx[3] = static_cast<ImDrawIdx>(base);
        idx[4] = static_cast<ImDrawIdx>(base + 2);
        idx[5] = static_cast<ImDrawIdx>(base + 3);
        v[0] = {ImVec2(x1, y1), ImVec2(g.u0, g.v0), c};
        v[1] = {ImVec2(x2, y1), ImVec2(g.u1, g.v0), c};
        v[2] = {ImVec2(x2, y2), ImVec2(g.u1, g.v1), c};
        v[3] = {ImVec2(x1, y2), ImVec2(g.u0, g.v1), c};
        v += 4;
        idx += 6;
        base += 4;
      }
    }
    x += g.advance;
  }
  const int drawn = static_cast<int>(v - dl._VtxWritePtr) / 4;
  dl._VtxWritePtr = v;
  dl._IdxWritePtr = idx;
  dl._VtxCurrentIdx = base;
  dl.PrimUnreserve((most - drawn) * 6, (most - drawn) * 4);
}

}  // namespace

void WrappedTextCached(TextLayoutCache& cache, std::string_view text) {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  if (window->SkipItems) return;
  const float wrap_pos_x = window->DC.TextWrapPos;
  if (wrap_pos_x < 0.0f || text.empty()) {
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    return;
  }
  // As ImGui::TextEx places and sizes a wrapped text.
  const ImVec2 pos(window->DC.CursorPos.x,
                   window->DC.CursorPos.y + window->DC.CurrLineTextBaseOffset);
  const float wrap_width = ImGui::CalcWrapWidthForPos(window->DC.CursorPos, wrap_pos_x);
  ImFont* font = ImGui::GetFont();
  const float size = ImGui::GetFontSize();
  const TextLayout& layout = cache.Get(font, size, wrap_width, text);
  const ImRect bb(pos, ImVec2(pos.x + layout.size.x, pos.y + layout.size.y));
  ImGui::ItemSize(layout.size, 0.0f);
  if (!ImGui::ItemAdd(bb, 0)) return;
  ImDrawList* dl = window->DrawList;
  const ImU32 col = ImGui::GetColorU32(ImGuiCol_Text);
  if ((col & IM_COL32_A_MASK) != 0) {
    const ImVec2 clip_min = dl->GetClipRectMin(), clip_max = dl->GetClipRectMax();
    // ImFont::RenderText puts the pen on whole pixels (IM_FLOOR) and steps a font size a line.
    const ImVec2 start(IM_FLOOR(pos.x), IM_FLOOR(pos.y));
    const bool own_texture = dl->_CmdHeader.TextureId == font->ContainerAtlas->TexID;
    for (std::size_t i = 0; i < layout.lines.size(); ++i) {
      const float y = start.y + static_cast<float>(i) * size;
      if (y + size < clip_min.y || y > clip_max.y) continue;
      if (own_texture) {
        DrawLine(*dl, layout, i, ImVec2(start.x, IM_FLOOR(y)), col);
      } else {
        const auto [b, e] = layout.lines[i];
        dl->AddText(font, size, ImVec2(start.x, y), col, text.data() + b, text.data() + e);
      }
    }
  }
  if (GImGui->LogEnabled) ImGui::LogRenderedText(&pos, text.data(), text.data() + text.size());
}

}  // namespace knotmap::ui
