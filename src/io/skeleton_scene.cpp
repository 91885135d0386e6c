// Bones in the atlas scene: a light bone tone at low opacity with a hairline a little darker than
// the skin, so they read as orientation under the skin and never compete with the muscle outlines
// (0xa1887f) or the red referral zones.
#include "io/skeleton_scene.hpp"

namespace knotmap::io {
namespace {

constexpr std::uint32_t kBoneFill = 0xfffaf0;  // ivory, over the skin's 0xf6e3d4
constexpr float kBoneFillOpacity = 0.25f;  // over the muscle fills: orientation, not a second picture
constexpr std::uint32_t kBoneLine = 0xd2b49e;
constexpr float kBoneLineWidth = 0.6f;  // output units, like the other hairlines

}  // namespace

void AddSkeleton(Scene& scene, const model::ViewAtlas& atlas, model::Point offset) {
  for (const model::Bone& bone : atlas.bones) {
    if (bone.points.empty()) continue;
    Primitive p;
    p.kind = PrimitiveKind::Path;
    p.closed = bone.closed;
    p.layer = Layer::Skeleton;
    p.role = Role::Bone;
    p.style.fill = bone.closed ? kBoneFill : kNoColor;
    p.style.fill_opacity = kBoneFillOpacity;
    p.style.stroke = kBoneLine;
    p.style.stroke_width = kBoneLineWidth;
    p.points.reserve(bone.points.size());
    for (model::Point q : bone.points) p.points.push_back(q + offset);
    scene.items.push_back(std::move(p));
  }
}

}  // namespace knotmap::io
