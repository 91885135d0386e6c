// Offscreen OpenGL textures for the map's still layers (ui::LayerCache): one framebuffer per
// slot, drawn with the ImGui OpenGL 3 backend, so the atlas costs one textured quad a frame
// while it does not change.
#pragma once

#include <array>

#include "ui/canvas/layer_cache.hpp"

namespace knotmap::app {

class GlLayerTextures final : public ui::LayerTextures {
 public:
  GlLayerTextures() = default;
  GlLayerTextures(const GlLayerTextures&) = delete;
  GlLayerTextures& operator=(const GlLayerTextures&) = delete;
  ~GlLayerTextures() override;  // needs the GL context still current

  ui::LayerImage Draw(int slot, const ImDrawList& list, ImVec2 min, ImVec2 size) override;

 private:
  struct Target {
    unsigned framebuffer = 0;
    unsigned texture = 0;
    int width = 0, height = 0;
    bool broken = false;  // the driver refused the framebuffer: draw without textures
  };
  bool Prepare(Target& t, int width, int height);
  std::array<Target, 2> targets_{};
};

}  // namespace knotmap::app
