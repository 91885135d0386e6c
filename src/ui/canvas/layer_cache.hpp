// The map's still layers (skin, muscles, skeleton, zones, edges, outline, trigger points,
// landmarks) drawn once into a texture per view and shown as one image for as long as what they
// show stays the same. The marks, heat map and labels go over the image every frame, so a new or
// dragged mark never redraws the atlas. Pan, zoom, hover, a new candidate, a theme or layer change
// draw the layers again.
//
// The UI owns no GPU: the app sets `LayerCache::textures` to something that draws a recorded draw
// list into a texture. Without it (headless tests, a failed texture) the layers draw straight into
// the window's draw list, exactly as they would into the texture.
#pragma once

#include <imgui.h>

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

#include "model/model.hpp"
#include "ui/core/theme.hpp"
#include "ui/core/view_transform.hpp"

namespace knotmap::ui {

struct Layers;

// A drawn texture and the corners to sample it by (a GL texture comes out upside down).
struct LayerImage {
  ImTextureID texture = nullptr;
  ImVec2 uv_min{0.0f, 0.0f};
  ImVec2 uv_max{1.0f, 1.0f};
};

class LayerTextures {
 public:
  virtual ~LayerTextures() = default;
  // Draws `list` (screen pixels, covering `min` to `min + size`) into texture `slot`, replacing
  // what the slot held. An image with no texture when it cannot.
  virtual LayerImage Draw(int slot, const ImDrawList& list, ImVec2 min, ImVec2 size) = 0;
};

// Everything the still layers of one view depend on; equal keys draw equal pictures.
struct LayerKey {
  std::uint64_t geometry = 0;  // GeometryCache::Generation
  int view = -1;
  ImVec2 origin, scale_px;     // the transform: origin, (scale, UI scale)
  ImVec2 clip_min, clip_max;
  int theme = -1;
  std::uint32_t layers = 0;    // the layer switches, one bit each
  int muscle = -1, side = -1, primary = -1, hover_outline = -1;
  std::vector<int> instances;
  ImTextureID font_texture = nullptr;
  ImVec2 white_uv;             // moves when the font atlas is rebuilt
  ImVec2 framebuffer_scale;

  bool operator==(const LayerKey& o) const;
};

// The layer switches as bits, for the key.
std::uint32_t LayerBits(const Layers& layers);

class LayerCache {
 public:
  LayerTextures* textures = nullptr;  // owned by the app; null: draw straight into the window

  // The image for `key` in `slot` if it is still good; otherwise null.
  const LayerImage* Find(int slot, const LayerKey& key) const;
  // A cleared draw list to record a view's layers into, covering `min` to `max`.
  ImDrawList& StartRecording(ImVec2 min, ImVec2 max);
  // Draws what was recorded into `slot`'s texture and keeps it under `key`; null when no texture
  // could be drawn (then the caller draws straight into the window).
  const LayerImage* Finish(int slot, LayerKey key, ImVec2 min, ImVec2 size);
  // Forget every image (a lost context, new content).
  void Clear();

  int draws = 0;  // textures drawn so far: what the tests count

 private:
  struct Slot {
    LayerKey key;
    LayerImage image;
    bool valid = false;
  };
  std::array<Slot, 2> slots_{};
  std::unique_ptr<ImDrawList> recorder_;
};

}  // namespace knotmap::ui
