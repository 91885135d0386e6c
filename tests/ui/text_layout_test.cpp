// The cached wrapped text (ui/core/text_layout) is drawn glyph for glyph where ImGui draws the same
// text under the same wrap position, with the same item size, and keeps its layouts only while
// they are used.
#include <catch2/catch.hpp>

#include <imgui.h>

#include <string>
#include <vector>

#include "harness.hpp"
#include "ui/core/text_layout.hpp"

using knotmap::test::Harness;
namespace ui = knotmap::ui;

namespace {

struct Drawn {
  std::vector<ImDrawVert> vertices;
  std::vector<unsigned int> indices;  // counted from the text's first vertex
  unsigned int elements = 0;          // the draw command's element count the text added
  ImVec2 size;
  ImVec2 min;
};

// Draws `text` with `draw` in a fresh frame under a wrap position `width` pixels from the cursor;
// with `clip_x` the draw list is clipped to [clip_x, clip_x + clip_w] across.
template <typename Draw>
Drawn DrawOnce(float width, Draw&& draw, float clip_x = -1.0f, float clip_w = 0.0f) {
  ImGui::NewFrame();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(900, 700));
  ImGui::Begin("text layout probe", nullptr, ImGuiWindowFlags_NoDecoration);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  if (clip_x >= 0.0f)
    ImGui::PushClipRect(ImVec2(clip_x, 0.0f), ImVec2(clip_x + clip_w, 700.0f), true);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  const int before = dl->VtxBuffer.Size, before_idx = dl->IdxBuffer.Size;
  const unsigned int before_elements = dl->CmdBuffer.back().ElemCount;
  draw();
  Drawn d{std::vector<ImDrawVert>(dl->VtxBuffer.begin() + before, dl->VtxBuffer.end()),
          {},
          dl->CmdBuffer.back().ElemCount - before_elements,
          ImGui::GetItemRectSize(),
          ImGui::GetItemRectMin()};
  for (int i = before_idx; i < dl->IdxBuffer.Size; ++i)
    d.indices.push_back(dl->IdxBuffer[i] - static_cast<unsigned int>(before));
  CHECK(dl->_VtxCurrentIdx == static_cast<unsigned int>(dl->VtxBuffer.Size));
  CHECK(dl->_VtxWritePtr == dl->VtxBuffer.Data + dl->VtxBuffer.Size);
  CHECK(dl->_IdxWritePtr == dl->IdxBuffer.Data + dl->IdxBuffer.Size);
  ImGui::PopTextWrapPos();
  if (clip_x >= 0.0f) ImGui::PopClipRect();
  ImGui::End();
  ImGui::Render();
  return d;
}

void CheckSame(const Drawn& cached, const Drawn& imgui) {
  CHECK(cached.size.x == imgui.size.x);
  CHECK(cached.size.y == imgui.size.y);
  CHECK(cached.elements == imgui.elements);
  CHECK(cached.indices == imgui.indices);
  REQUIRE(cached.vertices.size() == imgui.vertices.size());
  for (std::size_t i = 0; i < imgui.vertices.size(); ++i) {
    CHECK(cached.vertices[i].pos.x - cached.min.x == imgui.vertices[i].pos.x - imgui.min.x);
    CHECK(cached.vertices[i].pos.y - cached.min.y == imgui.vertices[i].pos.y - imgui.min.y);
    CHECK(cached.vertices[i].uv.x == imgui.vertices[i].uv.x);
    CHECK(cached.vertices[i].uv.y == imgui.vertices[i].uv.y);
    CHECK(cached.vertices[i].col == imgui.vertices[i].col);
  }
}

}  // namespace

TEST_CASE("cached wrapped text is drawn exactly as ImGui draws it", "[ui][text]") {
  Harness h(ImVec2(1000, 800), false);
  ui::TextLayoutCache cache;
  const std::vector<std::string> texts = {
      "Crushing or squeezing chest pain, or pain spreading to the arm, jaw, neck or back, with "
      "breathlessness, "
      "sweating or nausea: call the emergency number now.",
      "One",
      "Two lines\nwith a newline, and   several   spaces between words that wrap",
      "Averyveryverylongwordthatcannotbreakanywhereatall and then more words",
      "Ends with spaces at a wrap      ",
      "Accents: épaule, Schulter, ramię, and a dash \xE2\x80\x94 in UTF-8",
      "\n\nLeading newlines",
  };
  for (const float width : {30.0f, 90.0f, 200.0f, 600.0f}) {
    for (const std::string& text : texts) {
      INFO("width " << width << ": " << text);
      const Drawn imgui = DrawOnce(width, [&] { ImGui::TextUnformatted(text.c_str()); });
      const Drawn cached = DrawOnce(width, [&] { ui::WrappedTextCached(cache, text); });
      CheckSame(cached, imgui);
    }
  }
  CHECK(cache.Size() == 4 * texts.size());  // one layout per text and width, kept while asked for
  cache.EndFrame();
  CHECK(cache.Size() == 4 * texts.size());
  cache.EndFrame();  // none asked for since: all dropped
  CHECK(cache.Size() == 0);
}

TEST_CASE("cached wrapped text leaves out the glyphs ImGui leaves out beside the clip rect",
          "[ui][text]") {
  Harness h(ImVec2(1000, 800), false);
  ui::TextLayoutCache cache;
  const std::string text =
      "Sudden severe headache, the worst ever, or with a stiff neck, fever, confusion or weakness: "
      "get help now.";
  // A band through the middle of the lines: glyphs wholly left or right of it are not drawn.
  for (const float clip_x : {0.0f, 40.0f, 75.5f, 120.0f}) {
    INFO("clip from " << clip_x);
    const Drawn imgui = DrawOnce(
        260.0f, [&] { ImGui::TextUnformatted(text.c_str()); }, clip_x, 60.0f);
    const Drawn cached = DrawOnce(
        260.0f, [&] { ui::WrappedTextCached(cache, text); }, clip_x, 60.0f);
    const Drawn whole = DrawOnce(260.0f, [&] { ui::WrappedTextCached(cache, text); });
    CHECK(cached.vertices.size() < whole.vertices.size());
    CheckSame(cached, imgui);
  }
}

TEST_CASE("the text layout cache never reuses a layout for changed text", "[ui][text]") {
  Harness h(ImVec2(1000, 800), false);
  ImFont* font = ImGui::GetIO().Fonts->Fonts[0];
  ui::TextLayoutCache cache;
  // The same buffer, the same length, other words: the next frame must lay them out again.
  std::string text = "one two three four five six seven";
  CHECK(cache.Get(font, font->FontSize, 1000.0f, text).lines.size() == 1);
  cache.EndFrame();
  text = "one\ntwo\nthree four five six seven";
  text.resize(33);
  const ui::TextLayout& again = cache.Get(font, font->FontSize, 1000.0f, text);
  CHECK(again.lines.size() == 3);
  CHECK(again.line_glyphs.size() == 4);
  cache.EndFrame();
  CHECK(cache.Size() == 1);
  cache.Clear();
  CHECK(cache.Size() == 0);
  CHECK(cache.Get(font, font->FontSize, 1000.0f, text).lines.size() == 3);
}
