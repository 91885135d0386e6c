#include "ui/core/text_layout.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <iterator>

namespace knotmap::ui {

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
    out.lines.emplace_back(static_cast<std::uint32_t>(line_begin - begin), static_cast<std::uint32_t>(line_end - begin));
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
    line_width += (static_cast<int>(c) < font.IndexAdvanceX.Size ? font.IndexAdvanceX.Data[c] : font.FallbackAdvanceX) * scale;
  }
  if (line_width > 0.0f || lines == 0) close_line(end);
  out.size = ImVec2(std::floor(width + 0.99999f), static_cast<float>(lines) * size);
  return out;
}

const TextLayout& TextLayoutCache::Get(const ImFont* font, float size, float wrap_width, std::string_view text) {
  std::uint64_t h = std::hash<std::string_view>{}(text);  // several bytes a step (ImHashStr: one)
  h = h * 1000003u ^ reinterpret_cast<std::uintptr_t>(font);
  std::uint32_t bits[2];
  std::memcpy(&bits[0], &size, sizeof(float));
  std::memcpy(&bits[1], &wrap_width, sizeof(float));
  h = (h * 1000003u ^ bits[0]) * 1000003u ^ bits[1];
  std::vector<Entry>& bucket = entries_[h];
  for (Entry& e : bucket) {
    if (e.font == font && e.size == size && e.wrap_width == wrap_width && e.text == text) {
      e.used = true;
      return e.layout;
    }
  }
  bucket.push_back({std::string(text), font, size, wrap_width, LayOutText(*font, size, wrap_width, text), true});
  return bucket.back().layout;
}

void TextLayoutCache::EndFrame() {
  for (auto it = entries_.begin(); it != entries_.end();) {
    std::vector<Entry>& bucket = it->second;
    bucket.erase(std::remove_if(bucket.begin(), bucket.end(), [](const Entry& e) { return !e.used; }), bucket.end());
    for (Entry& e : bucket) e.used = false;
    it = bucket.empty() ? entries_.erase(it) : std::next(it);
  }
}

void WrappedTextCached(TextLayoutCache& cache, std::string_view text) {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  if (window->SkipItems) return;
  const float wrap_pos_x = window->DC.TextWrapPos;
  if (wrap_pos_x < 0.0f || text.empty()) {
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    return;
  }
  // As ImGui::TextEx places and sizes a wrapped text.
  const ImVec2 pos(window->DC.CursorPos.x, window->DC.CursorPos.y + window->DC.CurrLineTextBaseOffset);
  const float wrap_width = ImGui::CalcWrapWidthForPos(window->DC.CursorPos, wrap_pos_x);
  ImFont* font = ImGui::GetFont();
  const float size = ImGui::GetFontSize();
  const TextLayout& layout = cache.Get(font, size, wrap_width, text);
  const ImRect bb(pos, ImVec2(pos.x + layout.size.x, pos.y + layout.size.y));
  ImGui::ItemSize(layout.size, 0.0f);
  if (!ImGui::ItemAdd(bb, 0)) return;
  ImDrawList* dl = window->DrawList;
  const ImU32 col = ImGui::GetColorU32(ImGuiCol_Text);
  const ImVec2 clip_min = dl->GetClipRectMin(), clip_max = dl->GetClipRectMax();
  // ImFont::RenderText starts at the floored position and steps a font size a line.
  const ImVec2 start(std::floor(pos.x), std::floor(pos.y));
  for (std::size_t i = 0; i < layout.lines.size(); ++i) {
    const float y = start.y + static_cast<float>(i) * size;
    if (y + size < clip_min.y || y > clip_max.y) continue;
    const auto [b, e] = layout.lines[i];
    dl->AddText(font, size, ImVec2(start.x, y), col, text.data() + b, text.data() + e);
  }
  if (GImGui->LogEnabled) ImGui::LogRenderedText(&pos, text.data(), text.data() + text.size());
}

}  // namespace knotmap::ui
