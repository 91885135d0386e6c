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
  ImVec2 size;
  ImVec2 min;
};

// Draws `text` with `draw` in a fresh frame under a wrap position `width` pixels from the cursor.
template <typename Draw>
Drawn DrawOnce(float width, Draw&& draw) {
  ImGui::NewFrame();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(900, 700));
  ImGui::Begin("text layout probe", nullptr, ImGuiWindowFlags_NoDecoration);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  const int before = dl->VtxBuffer.Size;
  draw();
  Drawn d{std::vector<ImDrawVert>(dl->VtxBuffer.begin() + before, dl->VtxBuffer.end()), ImGui::GetItemRectSize(),
          ImGui::GetItemRectMin()};
  ImGui::PopTextWrapPos();
  ImGui::End();
  ImGui::Render();
  return d;
}

}  // namespace

TEST_CASE("cached wrapped text is drawn exactly as ImGui draws it", "[ui][text]") {
  Harness h(ImVec2(1000, 800), false);
  ui::TextLayoutCache cache;
  const std::vector<std::string> texts = {
      "Crushing or squeezing chest pain, or pain spreading to the arm, jaw, neck or back, with breathlessness, "
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
      CHECK(cached.size.x == imgui.size.x);
      CHECK(cached.size.y == imgui.size.y);
      REQUIRE(cached.vertices.size() == imgui.vertices.size());
      for (std::size_t i = 0; i < imgui.vertices.size(); ++i) {
        CHECK(cached.vertices[i].pos.x - cached.min.x == imgui.vertices[i].pos.x - imgui.min.x);
        CHECK(cached.vertices[i].pos.y - cached.min.y == imgui.vertices[i].pos.y - imgui.min.y);
        CHECK(cached.vertices[i].uv.x == imgui.vertices[i].uv.x);
        CHECK(cached.vertices[i].col == imgui.vertices[i].col);
      }
    }
  }
  CHECK(cache.Size() == 4 * texts.size());  // one layout per text and width, kept while asked for
  cache.EndFrame();
  CHECK(cache.Size() == 4 * texts.size());
  cache.EndFrame();  // none asked for since: all dropped
  CHECK(cache.Size() == 0);
}
