// The skeleton layer: a light bone tone at low alpha inside each closed bone and a thin line a
// little stronger than the skin, quieter than the muscle outlines drawn with it, so the bones
// orient without competing with the muscles, the red zones or the marks.
#include "ui/canvas/skeleton_layer.hpp"

#include "ui/core/theme.hpp"

namespace knotmap::ui {

void DrawSkeleton(const AppState& s, Painter& p, model::View view, int level, const model::Box& visible,
                  float px) {
  if (!s.settings.layers.skeleton) return;
  const Palette& pal = PaletteFor(s.settings.theme);
  const std::vector<model::Bone>& bones = s.session.model->Atlas(view).bones;
  const std::vector<BoneGeometry>& geo = s.render.geometry.Bones(view);
  for (std::size_t i = 0; i < bones.size() && i < geo.size(); ++i) {
    if (!bones[i].bounds.Overlaps(visible)) continue;
    if (geo[i].closed) p.Fill(geo[i].fill.levels[level], pal.bone_fill);
    p.Polyline(geo[i].line.At(level), pal.bone_line, 0.8f * px, geo[i].closed);
  }
}

}  // namespace knotmap::ui
