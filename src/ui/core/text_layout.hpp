// Wrapped text whose line breaks are kept from frame to frame. ImGui 1.86 finds the breaks of a
// wrapped text twice every frame (once to size the item, once to draw it); for the long
// paragraphs of a red-flag alert that was most of the frame. Here they are found once per text,
// font, size and wrap width, and only the lines inside the clip rect are drawn.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace knotmap::ui {

struct TextLayout {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> lines;  // [begin, end) byte offsets
  ImVec2 size;  // as ImGui::CalcTextSize gives it for the same wrap width
};

// Breaks `text` into lines as ImFont::CalcTextSizeA does for `wrap_width` (> 0).
TextLayout LayOutText(const ImFont& font, float size, float wrap_width, std::string_view text);

class TextLayoutCache {
 public:
  const TextLayout& Get(const ImFont* font, float size, float wrap_width, std::string_view text);
  // Drops the layouts not asked for since the last call (call once a frame; texts change rarely).
  void EndFrame();
  std::size_t Size() const { return entries_.size(); }

 private:
  struct Entry {
    std::string text;
    const ImFont* font = nullptr;
    float size = 0.0f, wrap_width = 0.0f;
    TextLayout layout;
    bool used = false;
  };
  std::unordered_map<std::uint64_t, std::vector<Entry>> entries_;  // by hash, collisions kept apart
};

// As ImGui::TextUnformatted(text) under the current text wrap position (PushTextWrapPos), with the
// layout from `cache`; without a wrap position it is ImGui::TextUnformatted.
void WrappedTextCached(TextLayoutCache& cache, std::string_view text);

}  // namespace knotmap::ui
