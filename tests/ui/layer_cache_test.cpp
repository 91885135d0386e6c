// The map's still layers drawn once into a texture per view and shown as an image until what they
// show changes: the same picture as drawn straight, redrawn on every change that shows, never on
// a frame where nothing changed, and drawn straight when no texture can be had.
#include <catch2/catch.hpp>

#include <cstdint>
#include <vector>

#include "harness.hpp"
#include "ui/core/theme.hpp"

using knotmap::model::View;
using knotmap::test::Harness;
namespace ui = knotmap::ui;

namespace {

ImTextureID FakeTexture(int slot) { return reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(0x7000 + slot)); }

// Keeps a copy of what each slot was last asked to draw, as a GPU would keep the picture.
struct FakeTextures final : ui::LayerTextures {
  std::vector<ImDrawVert> drawn[2];
  bool refuse = false;
  ui::LayerImage Draw(int slot, const ImDrawList& list, ImVec2, ImVec2) override {
    if (refuse) return {};
    drawn[slot].assign(list.VtxBuffer.begin(), list.VtxBuffer.end());
    return {FakeTexture(slot), ImVec2(0, 1), ImVec2(1, 0)};
  }
};

int CountColour(const std::vector<ImDrawVert>& vertices, ImU32 color) {
  int n = 0;
  for (const ImDrawVert& v : vertices) n += v.col == color ? 1 : 0;
  return n;
}

// Vertices of this frame's window draw lists in `color`.
int WindowVertices(ImU32 color) {
  const ImDrawData* data = ImGui::GetDrawData();
  int n = 0;
  for (int l = 0; data != nullptr && l < data->CmdListsCount; ++l) {
    n += CountColour(std::vector<ImDrawVert>(data->CmdLists[l]->VtxBuffer.begin(), data->CmdLists[l]->VtxBuffer.end()),
                     color);
  }
  return n;
}

// Draw commands of this frame that sample `texture`.
int CommandsWith(ImTextureID texture) {
  const ImDrawData* data = ImGui::GetDrawData();
  int n = 0;
  for (int l = 0; data != nullptr && l < data->CmdListsCount; ++l) {
    for (const ImDrawCmd& c : data->CmdLists[l]->CmdBuffer) n += c.TextureId == texture && c.ElemCount > 0 ? 1 : 0;
  }
  return n;
}

}  // namespace

TEST_CASE("the still layers become one image per view, the same picture as drawn straight", "[ui][canvas][cache]") {
  Harness straight;
  straight.Frames(3);
  const ui::Palette& pal = ui::PaletteFor(straight.state.settings.theme);
  const int fill_straight = WindowVertices(pal.muscle_fill);
  const int skin_straight = WindowVertices(pal.skin);
  REQUIRE(fill_straight > 1000);

  Harness h;
  FakeTextures textures;
  h.state.render.layers.textures = &textures;
  h.Frames(3);
  const int drawn = h.state.render.layers.draws;
  CHECK(drawn >= 2);  // front and back
  CHECK(CommandsWith(FakeTexture(0)) == 1);
  CHECK(CommandsWith(FakeTexture(1)) == 1);
  // The muscles are in the textures, not drawn again into the window...
  CHECK(WindowVertices(pal.muscle_fill) == 0);
  // ...and the textures hold exactly what drawing straight put on the screen.
  CHECK(CountColour(textures.drawn[0], pal.muscle_fill) + CountColour(textures.drawn[1], pal.muscle_fill) ==
        fill_straight);
  CHECK(CountColour(textures.drawn[0], pal.skin) + CountColour(textures.drawn[1], pal.skin) == skin_straight);

  h.Frames(5);
  CHECK(h.state.render.layers.draws == drawn);  // nothing changed: nothing drawn again
}

TEST_CASE("the image is drawn again when what it shows changes, and only that view's", "[ui][canvas][cache]") {
  Harness h;
  FakeTextures textures;
  h.state.render.layers.textures = &textures;
  h.Frames(3);
  int draws = h.state.render.layers.draws;

  SECTION("a theme") {
    h.state.settings.theme = ui::ThemeKind::Dark;
    h.Frame();
    CHECK(h.state.render.layers.draws == draws + 2);
    CHECK(CountColour(textures.drawn[0], ui::PaletteFor(ui::ThemeKind::Dark).muscle_fill) > 500);
  }
  SECTION("a layer") {
    h.state.settings.layers.deep_muscles = true;
    h.Frame();
    CHECK(h.state.render.layers.draws == draws + 2);
    CHECK(CountColour(textures.drawn[1], ui::PaletteFor(h.state.settings.theme).muscle_deep_fill) > 50);
  }
  SECTION("a pan of one view") {
    h.state.ui.cameras[1].center.x += 30.0f;
    h.Frame();
    CHECK(h.state.render.layers.draws == draws + 1);
  }
  SECTION("the muscle under the pointer") {
    h.MoveMouse(h.ToScreen(View::Back, {600.0f, 470.0f}));
    h.Frame();
    const int first = h.state.ui.hover.outline;
    draws = h.state.render.layers.draws;
    h.MoveMouse(h.ToScreen(View::Back, {560.0f, 820.0f}));
    h.Frame();
    const int second = h.state.ui.hover.outline;
    REQUIRE(first >= 0);
    REQUIRE(second >= 0);
    REQUIRE(first != second);
    CHECK(h.state.render.layers.draws == draws + 1);
  }
}

TEST_CASE("marks go over the image every frame without drawing it again", "[ui][canvas][cache]") {
  Harness h;
  FakeTextures textures;
  h.state.render.layers.textures = &textures;
  h.state.Queue(ui::action::AddMark{knotmap::test::Spot("back:545,470")});
  h.Frames(3);
  const ui::Palette& pal = ui::PaletteFor(h.state.settings.theme);
  const int draws = h.state.render.layers.draws;
  CHECK(WindowVertices(pal.mark_line) > 0);
  CHECK(CountColour(textures.drawn[1], pal.mark_line) == 0);
  // Dragging nothing, hovering nothing: the mark keeps being drawn, the image is kept.
  h.Frames(3);
  CHECK(WindowVertices(pal.mark_line) > 0);
  CHECK(h.state.render.layers.draws == draws);
}

TEST_CASE("without a texture the layers are drawn straight into the window", "[ui][canvas][cache]") {
  Harness h;
  FakeTextures textures;
  textures.refuse = true;
  h.state.render.layers.textures = &textures;
  h.Frames(3);
  const ui::Palette& pal = ui::PaletteFor(h.state.settings.theme);
  CHECK(WindowVertices(pal.muscle_fill) > 1000);
  CHECK(CommandsWith(FakeTexture(0)) == 0);
}
