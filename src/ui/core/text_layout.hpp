// Wrapped text whose line breaks and glyph quads are kept from frame to frame. ImGui 1.86 finds
// the breaks of a wrapped text twice every frame (once to size the item, once to draw it) and
// looks up every glyph again as it draws; for the long paragraphs of a red-flag alert that was
// most of the frame. Here the breaks and each glyph's quad are found once per text, font, size
// and wrap width, and a frame only copies the quads of the lines inside the clip rect.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace knotmap::ui {

// One character of a line as ImFont::RenderText draws it: the pen moves by `advance`; a visible
// glyph is a quad from (x0, y0) to (x1, y1) off the pen, already scaled to the font size.
struct LaidGlyph {
  float advance = 0.0f;
  float x0 = 0.0f, y0 = 0.0f, x1 = 0.0f, y1 = 0.0f;
  float u0 = 0.0f, v0 = 0.0f, u1 = 0.0f, v1 = 0.0f;
  bool visible = false;
  bool colored = false;  // drawn untinted, as ImGui draws a coloured glyph
};

struct TextLayout {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> lines;  // [begin, end) byte offsets
  ImVec2 size;  // as ImGui::CalcTextSize gives it for the same wrap width
  // Line i's characters are glyphs[line_glyphs[i], line_glyphs[i + 1]).
  std::vector<LaidGlyph> glyphs;
  std::vector<std::uint32_t> line_glyphs;
};

// Breaks `text` into lines as ImFont::CalcTextSizeA does for `wrap_width` (> 0), and reads each
// line's glyphs from `font`.
TextLayout LayOutText(const ImFont& font, float size, float wrap_width, std::string_view text);

class TextLayoutCache {
 public:
  const TextLayout& Get(const ImFont* font, float size, float wrap_width, std::string_view text);
  // Drops the layouts not asked for since the last call (call once a frame; texts change rarely).
  void EndFrame();
  // Drops every layout: call when the font atlas is rebuilt (the glyphs' corners move).
  void Clear();
  std::size_t Size() const;

 private:
  struct Entry {
    std::string text;
    const ImFont* font = nullptr;
    float size = 0.0f, wrap_width = 0.0f;
    TextLayout layout;
    bool used = false;
    bool Is(const ImFont* f, float sz, float wrap, std::string_view t) const {
      return font == f && size == sz && wrap_width == wrap && text == t;
    }
  };
  std::unordered_map<std::uint64_t, std::vector<std::unique_ptr<Entry>>> entries_;  // by hash
  // The texts asked for last frame and this frame, in order: a frame usually asks for the same
  // texts in the same order, so the next one is tried before the text is hashed.
  std::vector<Entry*> previous_, current_;
};

// As ImGui::TextUnformatted(text) under the current text wrap position (PushTextWrapPos), with the
// layout from `cache`; without a wrap position it is ImGui::TextUnformatted.
void WrappedTextCached(TextLayoutCache& cache, std::string_view text);

}  // namespace knotmap::ui
