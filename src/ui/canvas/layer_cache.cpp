// The still layers' texture per view, keyed by what they show (see layer_cache.hpp).
#include "ui/canvas/layer_cache.hpp"

#include "ui/core/app_state.hpp"

namespace knotmap::ui {
namespace {

bool Same(ImVec2 a, ImVec2 b) { return a.x == b.x && a.y == b.y; }

}  // namespace

bool LayerKey::operator==(const LayerKey& o) const {
  return geometry == o.geometry && view == o.view && Same(origin, o.origin) && Same(scale_px, o.scale_px) &&
         Same(clip_min, o.clip_min) && Same(clip_max, o.clip_max) && theme == o.theme && layers == o.layers &&
         muscle == o.muscle && side == o.side && primary == o.primary && hover_outline == o.hover_outline &&
         instances == o.instances && font_texture == o.font_texture && Same(white_uv, o.white_uv) &&
         Same(framebuffer_scale, o.framebuffer_scale);
}

std::uint32_t LayerBits(const Layers& l) {
  const bool bits[] = {l.details, l.skeleton, l.muscles, l.deep_muscles, l.zones,
                       l.trigger_points, l.all_trigger_points, l.landmarks};
  std::uint32_t out = 0;
  for (std::size_t i = 0; i < std::size(bits); ++i) out |= static_cast<std::uint32_t>(bits[i]) << i;
  return out;
}

const LayerImage* LayerCache::Find(int slot, const LayerKey& key) const {
  const Slot& s = slots_[slot];
  return s.valid && s.key == key ? &s.image : nullptr;
}

ImDrawList& LayerCache::StartRecording(ImVec2 min, ImVec2 max) {
  // A draw list belongs to one ImGui context's shared data; tests make a context per case.
  if (!recorder_ || recorder_->_Data != ImGui::GetDrawListSharedData()) {
    recorder_ = std::make_unique<ImDrawList>(ImGui::GetDrawListSharedData());
  }
  recorder_->_ResetForNewFrame();
  recorder_->PushClipRect(min, max, false);
  recorder_->PushTextureID(ImGui::GetIO().Fonts->TexID);
  return *recorder_;
}

const LayerImage* LayerCache::Finish(int slot, LayerKey key, ImVec2 min, ImVec2 size) {
  Slot& s = slots_[slot];
  s.valid = false;
  if (textures == nullptr || !recorder_) return nullptr;
  s.image = textures->Draw(slot, *recorder_, min, size);
  ++draws;
  if (s.image.texture == nullptr) return nullptr;
  s.key = std::move(key);
  s.valid = true;
  return &s.image;
}

void LayerCache::Clear() {
  for (Slot& s : slots_) s.valid = false;
}

}  // namespace knotmap::ui
