// The skeleton layer's content: [[bone]] entries load and mirror like the details, every invalid
// bone in fixtures/invalid_atlas is refused with an error at the right line and column (each case
// replaces the minimal fixture's atlas.toml; its first line says "# expect: LINE:COLUMN: message"),
// and the shipped bones lie under the skin with their bony landmarks on them.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <regex>

#include "io/shape_checks.hpp"
#include "load_should_fail.hpp"
#include "test_support.hpp"

using namespace knotmap;
namespace fs = std::filesystem;

namespace {

std::vector<const model::Bone*> Named(const model::ViewAtlas& atlas, const std::string& name) {
  std::vector<const model::Bone*> out;
  for (const model::Bone& b : atlas.bones) {
    if (b.name == name) out.push_back(&b);
  }
  return out;
}

const model::Bone* Find(const model::ViewAtlas& atlas, const std::string& name, model::Side side) {
  for (const model::Bone* b : Named(atlas, name)) {
    if (b->side == side) return b;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("bones load: paired ones on both sides, mirrored about the midline, midline ones once", "[loader][skeleton]") {
  const model::Model& m = test::Minimal().model;
  const model::ViewAtlas& back = m.Atlas(model::View::Back);
  REQUIRE(back.bones.size() == 3);
  const model::Bone* right = Find(back, "shoulder blade", model::Side::Right);
  const model::Bone* left = Find(back, "shoulder blade", model::Side::Left);
  const model::Bone* spine = Find(back, "spine", model::Side::Midline);
  REQUIRE(right != nullptr);
  REQUIRE(left != nullptr);
  REQUIRE(spine != nullptr);
  CHECK(right->closed);
  CHECK(right->control.front() == model::Point(600, 400));  // as authored (the subject's right)
  REQUIRE(left->control.size() == right->control.size());
  for (std::size_t i = 0; i < left->control.size(); ++i) {
    CHECK(left->control[i].x == Approx(1000.0f - right->control[i].x));
    CHECK(left->control[i].y == Approx(right->control[i].y));
  }
  // A closed bone is the flattened smooth outline, within its bounds, the right one right of the
  // midline on the back view.
  CHECK(right->points.size() > right->control.size());
  CHECK(right->bounds.min.x > 500.0f);
  CHECK(left->bounds.max.x < 500.0f);
  CHECK(spine->bounds.Contains({500, 400}));

  const model::ViewAtlas& front = m.Atlas(model::View::Front);
  REQUIRE(front.bones.size() == 2);
  const model::Bone* rib = Find(front, "rib", model::Side::Right);
  REQUIRE(rib != nullptr);
  CHECK_FALSE(rib->closed);  // open unless `closed = true`, as for the details
  CHECK(rib->points.front() == rib->control.front());
  CHECK(rib->points.back() == rib->control.back());
  CHECK(rib->bounds.max.x <= 500.0f);
}

TEST_CASE("distance to a bone: zero inside a closed one, to the line for an open one", "[loader][skeleton]") {
  const model::Model& m = test::Minimal().model;
  const model::Bone& spine = *Find(m.Atlas(model::View::Back), "spine", model::Side::Midline);
  CHECK(io::DistanceToBone(spine, {500, 400}) == 0.0f);
  // The smooth outline through x = 510 bulges out to x ~520 half-way down.
  CHECK(io::DistanceToBone(spine, {540, 400}) == Approx(20.0f).margin(2.0f));
  model::Bone line;
  line.points = {{0, 0}, {100, 0}};
  CHECK(io::DistanceToBone(line, {50, 6}) == Approx(6.0f));
  CHECK(io::DistanceToBone(line, {50, 0}) == Approx(0.0f));
  CHECK(io::DistanceToBone(line, {-3, 4}) == Approx(5.0f));
}

TEST_CASE("every invalid bone is refused with a precise error", "[loader][skeleton][invalid]") {
  // One mistake, one message: the mirror image of a bad paired bone is not reported again.
  const int cases = test::CheckExpectedErrors("invalid_atlas", ".toml", [](const std::string&) { return "atlas.toml"; },
                                              [](const io::LoadResult& r) { CHECK(r.diagnostics.size() == 1); });
  CHECK(cases >= 11);
}

TEST_CASE("the shipped skeleton lies under the skin, its bony landmarks on their bones", "[loader][skeleton][assets]") {
  const model::Model& m = test::Shipped().model;
  for (model::View v : model::kViews) {
    const model::ViewAtlas& atlas = m.Atlas(v);
    INFO(model::ToString(v));
    CHECK(atlas.bones.size() >= 40);
    for (const model::Bone& b : atlas.bones) {
      INFO(b.name);
      const bool inside = std::all_of(b.points.begin(), b.points.end(), [&](model::Point p) {
        return model::PointInPolygon(atlas.body.polygon, p);
      });
      CHECK(inside);
      // Paired bones are drawn on both sides.
      if (b.side != model::Side::Midline) {
        CHECK(Find(atlas, b.name, model::Opposite(b.side)) != nullptr);
      }
    }
  }
  struct OnBone {
    model::View view;
    const char* landmark;
    const char* bone;
    model::Side side;
  };
  const model::View F = model::View::Front, B = model::View::Back;
  const model::Side R = model::Side::Right, L = model::Side::Left, M = model::Side::Midline;
  const OnBone expected[] = {
      {F, "vertex", "skull", M},           {F, "eye_right", "orbit", R},
      {F, "chin", "mandible", M},          {F, "jaw_angle_left", "mandible", M},
      {F, "sternal_notch", "sternum", M},  {F, "xiphoid", "sternum", M},
      {F, "clavicle_mid_right", "clavicle", R}, {F, "coracoid_left", "coracoid", L},
      {F, "acromion_right", "acromion", R}, {F, "lateral_epicondyle_right", "humerus", R},
      {F, "medial_epicondyle_left", "humerus", L}, {F, "asis_right", "ilium", R},
      {F, "pubic_symphysis", "pubic symphysis", M}, {F, "patella_right", "patella", R},
      {F, "patella_left", "patella", L},   {F, "tibia_mid_right", "tibia", R},
      {B, "occiput", "skull", M},          {B, "occiput", "superior nuchal line", M},
      {B, "mastoid_left", "skull", M},
      {B, "c7", "vertebra C7", M},         {B, "t4", "vertebra T4", M},
      {B, "t8", "vertebra T8", M},         {B, "t12", "vertebra T12", M},
      {B, "l3", "vertebra L3", M},         {B, "l5", "vertebra L5", M},
      {B, "sacrum", "sacrum", M},          {B, "coccyx", "coccyx", M},
      {B, "scapula_superior_angle_right", "scapula", R}, {B, "scapula_spine_root_left", "scapula", L},
      {B, "scapula_inferior_angle_right", "scapula", R}, {B, "acromion_left", "scapular spine and acromion", L},
      {B, "iliac_crest_right", "ilium", R}, {B, "psis_left", "ilium", L},
      {B, "ischial_tuberosity_right", "ischium", R}, {B, "greater_trochanter_right", "femur", R},
      {B, "greater_trochanter_left", "femur", L}, {B, "olecranon_right", "ulna", R},
      {B, "heel_left", "calcaneus", L},
  };
  for (const OnBone& e : expected) {
    INFO(e.landmark << " on " << e.bone);
    const model::Landmark* l = m.FindLandmark(e.view, e.landmark);
    const model::Bone* b = Find(m.Atlas(e.view), e.bone, e.side);
    REQUIRE(l != nullptr);
    REQUIRE(b != nullptr);
    CHECK(io::DistanceToBone(*b, l->at) <= io::kBoneLandmarkReach);
  }
  // The spine: 24 vertebrae from the neck to the lumbar spine, each centred on the midline, in
  // order from the top, between the occiput and the sacrum.
  std::vector<const model::Bone*> vertebrae;
  for (const model::Bone& b : m.Atlas(B).bones) {
    if (b.name.rfind("vertebra ", 0) == 0) vertebrae.push_back(&b);
  }
  REQUIRE(vertebrae.size() == 24);
  for (std::size_t i = 0; i < vertebrae.size(); ++i) {
    INFO(vertebrae[i]->name);
    CHECK(vertebrae[i]->bounds.Center().x == Approx(500.0f).margin(0.5f));
    if (i > 0) CHECK(vertebrae[i]->bounds.min.y > vertebrae[i - 1]->bounds.min.y);
  }
  CHECK(vertebrae.front()->bounds.min.y > m.FindLandmark(B, "occiput")->at.y);
  CHECK(vertebrae.back()->bounds.max.y < m.FindLandmark(B, "sacrum")->at.y);
}

TEST_CASE("bones have a budget of smoothed points, so a hostile atlas cannot take memory and time", "[loader][skeleton][limits]") {
  io::ContentLimits limits;
  limits.max_total_bone_points = 50;
  const io::LoadResult r = io::LoadModel(test::FixtureDir("valid/minimal"), limits);
  INFO(test::Report(r));
  CHECK_FALSE(r.model.has_value());
  const bool found = std::any_of(r.diagnostics.begin(), r.diagnostics.end(), [](const io::Diagnostic& d) {
    return d.file == "atlas.toml" && d.line > 0 &&
           d.message.find("the bones have more than 50 points in all") != std::string::npos;
  });
  CHECK(found);
  CHECK(io::LoadModel(test::FixtureDir("valid/minimal")).model.has_value());  // within the default
}
