// The atlas scene the SVG and the printed plan both paint: what it holds for chosen trigger
// points and marks, in painting order and in scene units.
#include <catch2/catch.hpp>

#include <algorithm>

#include "io/atlas_scene.hpp"
#include "test_support.hpp"

using namespace knotmap;

namespace {

std::vector<const io::Primitive*> OfKind(const io::Scene& s, io::PrimitiveKind kind) {
  std::vector<const io::Primitive*> out;
  for (const io::Primitive& p : s.items) {
    if (p.kind == kind) out.push_back(&p);
  }
  return out;
}

}  // namespace

TEST_CASE("scene: views side by side, a chosen trigger point's zones under its X, numbered marks", "[scene]") {
  const model::Model& m = test::Minimal().model;
  io::SceneOptions o;
  const io::Scene plain = io::BuildAtlasScene(m, o);
  CHECK(plain.width == Approx(2 * 1000 + 160));
  CHECK(plain.height == Approx(2000 + 60));
  CHECK(OfKind(plain, io::PrimitiveKind::Cross).empty());

  // One instance: the right-side back_square trigger point (authored at back 600,450).
  const auto it = std::find_if(m.instances.begin(), m.instances.end(), [&](const model::TriggerPointInstance& i) {
    return m.muscles[i.muscle].id == "back_square" && i.side == model::Side::Right;
  });
  REQUIRE(it != m.instances.end());
  o.instances = {static_cast<int>(it - m.instances.begin())};
  o.marks = {{model::View::Back, model::MarkKind::Spot, {{600, 650}}, 30.0f, 6},
             {model::View::Back, model::MarkKind::Stroke, {{560, 620}, {600, 700}}, 12.0f, 4}};
  const io::Scene s = io::BuildAtlasScene(m, o);
  const float back_x = 40.0f + 1000.0f + 80.0f;  // the back view's offset in the scene

  const auto crosses = OfKind(s, io::PrimitiveKind::Cross);
  REQUIRE(crosses.size() == 1);  // only the chosen side
  CHECK(crosses[0]->points[0].x == Approx(back_x + 600));
  CHECK(crosses[0]->points[0].y == Approx(40 + 450));

  // The spillover zone is painted first, dashed, hatched and lighter; then the essential zone, solid.
  std::vector<const io::Primitive*> zones;
  for (const io::Primitive& p : s.items) {
    if (p.kind == io::PrimitiveKind::Path && (p.style.fill == 0xd32f2f || p.style.fill == 0xef9a9a)) zones.push_back(&p);
  }
  REQUIRE(zones.size() == 2);
  CHECK(zones[0]->style.fill == 0xef9a9a);
  CHECK(!zones[0]->style.dash.empty());
  CHECK(zones[0]->style.hatch.color != io::kNoColor);  // hatched, as the map draws it
  CHECK(zones[1]->style.fill == 0xd32f2f);
  CHECK(zones[1]->style.dash.empty());
  CHECK(zones[1]->style.hatch.color == io::kNoColor);
  for (const io::Primitive* z : zones) CHECK(z->layer == io::Layer::Zones);
  CHECK(zones[1] < crosses[0]);  // the X on top of its zones

  // Marks: a spot in its own radius, a brush stroke as wide as the brush, each numbered from 1.
  const auto circles = OfKind(s, io::PrimitiveKind::Circle);
  REQUIRE(circles.size() == 1);
  CHECK(circles[0]->size == Approx(30));
  CHECK(circles[0]->size_units == io::Units::Scene);
  const auto stroke = std::find_if(s.items.begin(), s.items.end(), [](const io::Primitive& p) {
    return p.kind == io::PrimitiveKind::Path && p.style.round;
  });
  REQUIRE(stroke != s.items.end());
  CHECK(stroke->style.stroke_width == Approx(24));
  CHECK(stroke->style.stroke_units == io::Units::Scene);
  std::vector<std::string> texts;
  for (const auto* t : OfKind(s, io::PrimitiveKind::Text)) texts.push_back(t->text);
  CHECK(texts == std::vector<std::string>{"Front", "Back", "1", "2"});
}

TEST_CASE("scene: muscles filled with their fibres under the zones, edges over them", "[scene]") {
  const model::Model& m = test::Shipped().model;
  io::SceneOptions o;
  o.views = {model::View::Back};
  o.muscles = {"upper_trapezius"};
  const io::Scene s = io::BuildAtlasScene(m, o);
  const auto first = [&](auto pred) {
    return std::find_if(s.items.begin(), s.items.end(), pred) - s.items.begin();
  };
  const auto last = [&](auto pred) {
    const auto it = std::find_if(s.items.rbegin(), s.items.rend(), pred);
    return s.items.rend() - it - 1;
  };
  const auto fill = [](const io::Primitive& p) { return p.kind == io::PrimitiveKind::Path && p.style.fill == 0xecc4b6; };
  const auto fibre = [](const io::Primitive& p) { return !p.closed && p.style.stroke == 0xbe8070; };
  const auto zone = [](const io::Primitive& p) { return p.style.fill == 0xd32f2f || p.style.fill == 0xef9a9a; };
  const auto edge = [](const io::Primitive& p) { return p.closed && p.style.stroke == 0x966459; };
  const auto deep = [](const io::Primitive& p) { return p.style.fill == 0xecd6ce; };
  std::size_t back_outlines = 0, fibres = 0;
  for (const auto& ol : m.outlines) back_outlines += ol.view == model::View::Back && !ol.deep ? 1 : 0;
  for (const io::Primitive& p : s.items) fibres += fibre(p) ? 1 : 0;
  CHECK(static_cast<std::size_t>(std::count_if(s.items.begin(), s.items.end(), fill)) == back_outlines);
  CHECK(fibres > 10 * back_outlines);
  CHECK(std::count_if(s.items.begin(), s.items.end(), deep) == 0);
  CHECK(last(fibre) < first(zone));
  CHECK(last(zone) < first(edge));

  o.deep_muscles = true;
  const io::Scene with_deep = io::BuildAtlasScene(m, o);
  CHECK(std::count_if(with_deep.items.begin(), with_deep.items.end(), deep) > 0);
}

TEST_CASE("scene: the skeleton, faint, over the muscles, under the zones; and left out", "[scene][skeleton]") {
  const model::Model& m = test::Shipped().model;
  io::SceneOptions o;
  o.views = {model::View::Back};
  const io::Scene s = io::BuildAtlasScene(m, o);
  const auto is_bone = [](const io::Primitive& p) {
    return p.kind == io::PrimitiveKind::Path && p.style.stroke == 0xd2b49e;
  };
  const auto is_outline = [](const io::Primitive& p) { return p.style.fill == 0xecc4b6; };  // muscle fills
  const auto is_detail = [](const io::Primitive& p) { return p.style.stroke == 0x8d6e63; };
  std::vector<std::size_t> bones, outlines, details;
  for (std::size_t i = 0; i < s.items.size(); ++i) {
    if (is_bone(s.items[i])) bones.push_back(i);
    if (is_outline(s.items[i])) outlines.push_back(i);
    if (is_detail(s.items[i])) details.push_back(i);
  }
  const model::ViewAtlas& back = m.Atlas(model::View::Back);
  REQUIRE(bones.size() == back.bones.size());
  REQUIRE(!outlines.empty());
  REQUIRE(!details.empty());
  CHECK(bones.front() > outlines.back());
  CHECK(bones.back() < details.front());
  for (std::size_t k = 0; k < bones.size(); ++k) {
    const io::Primitive& p = s.items[bones[k]];
    const model::Bone& b = back.bones[k];
    INFO(b.name);
    CHECK(p.closed == b.closed);
    // Closed bones are filled in a light bone tone, see-through; lines are only lines. Both are
    // thinner than the muscle outlines (0.8).
    if (b.closed) {
      CHECK(p.style.fill == 0xfffaf0);
      CHECK(p.style.fill_opacity < 0.7f);
    } else {
      CHECK(p.style.fill == io::kNoColor);
    }
    CHECK(p.style.stroke_width < 0.8f);
    // In scene units: the view's place (half a gap in, the title band above) plus atlas units.
    REQUIRE(p.points.size() == b.points.size());
    CHECK(p.points.front().x == Approx(b.points.front().x + 40.0f));
    CHECK(p.points.front().y == Approx(b.points.front().y + 40.0f));
  }
  o.skeleton = false;
  const io::Scene without = io::BuildAtlasScene(m, o);
  CHECK(std::none_of(without.items.begin(), without.items.end(), is_bone));
  CHECK(without.items.size() == s.items.size() - bones.size());
}
