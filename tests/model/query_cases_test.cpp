// Hand-checked cases on the shipped model, one or more per body region: where it hurts -> the
// muscles a clinician would look at first. Points are given through landmarks where possible.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "model/query.hpp"
#include "query_helpers.hpp"
#include "test_support.hpp"

using namespace knotmap;
using namespace knotmap::model;

namespace {

using knotmap::test::TopMuscles;
using knotmap::test::Join;

Point At(const Model& m, View v, const std::string& landmark, Point offset = {}) {
  const Landmark* l = m.FindLandmark(v, landmark);
  INFO("landmark " << landmark);
  REQUIRE(l != nullptr);
  return l->at + offset;
}

Findings Spot(View v, Point p) {
  const auto& [m, index] = test::Shipped();
  return Query(m, index, {{v, MarkKind::Spot, {p}, 30.0f, 6}});
}

void ExpectInTop(const Findings& f, std::size_t n, Side side, std::initializer_list<const char*> ids) {
  const auto& m = test::Shipped().model;
  const auto top = TopMuscles(m, f, n, side);
  INFO("top " << n << ": " << Join(top));
  for (const char* id : ids) {
    INFO("expected " << id);
    CHECK(std::find(top.begin(), top.end(), id) != top.end());
  }
}

}  // namespace

TEST_CASE("between the spine and the right shoulder blade", "[query][cases]") {
  const auto& m = test::Shipped().model;
  const Point p = (At(m, View::Back, "t4") + At(m, View::Back, "scapula_spine_root_right")) * 0.5f +
                  Point{0, 35};
  const Findings f = Spot(View::Back, p);
  REQUIRE(!f.candidates.empty());
  CHECK(f.candidates.front().side == Side::Right);
  ExpectInTop(f, 10, Side::Right,
              {"rhomboids", "middle_trapezius", "levator_scapulae", "scalenes", "infraspinatus"});
  std::vector<std::string> pulling;
  for (const auto& p2 : f.pulling) pulling.push_back(m.muscles[p2.muscle].id);
  INFO("pulling: " << Join(pulling));
  CHECK((std::find(pulling.begin(), pulling.end(), "pectoralis_minor") != pulling.end() ||
         std::find(pulling.begin(), pulling.end(), "pectoralis_major") != pulling.end()));
}

TEST_CASE("top of the right shoulder ranks upper trapezius first", "[query][cases]") {
  const auto& m = test::Shipped().model;
  const Point p = (At(m, View::Back, "c7") + At(m, View::Back, "acromion_right")) * 0.5f + Point{20, 15};
  const Findings f = Spot(View::Back, p);
  REQUIRE(!f.candidates.empty());
  CHECK(m.muscles[f.candidates.front().muscle].id == "upper_trapezius");
  CHECK(f.candidates.front().side == Side::Right);
}

TEST_CASE("lateral elbow pain ranks the extensors and supinator", "[query][cases]") {
  const auto& m = test::Shipped().model;
  ExpectInTop(Spot(View::Back, At(m, View::Back, "lateral_epicondyle_right")), 6, Side::Right,
              {"wrist_extensors", "finger_extensors", "supinator"});
}

TEST_CASE("low back pain ranks QL, iliopsoas, paraspinals and gluteus medius", "[query][cases]") {
  const auto& m = test::Shipped().model;
  const Point p = At(m, View::Back, "l5") + Point{55, -25};
  ExpectInTop(Spot(View::Back, p), 10, Side::Right,
              {"quadratus_lumborum", "iliopsoas", "thoracolumbar_paraspinals", "gluteus_medius"});
}

TEST_CASE("temple headache points to temporalis, trapezius and the neck", "[query][cases]") {
  const auto& m = test::Shipped().model;
  const Findings f = Spot(View::Front, At(m, View::Front, "temple_right"));
  ExpectInTop(f, 6, Side::Right, {"temporalis", "upper_trapezius"});
  const auto top = TopMuscles(m, f, 8, Side::Right);
  INFO(Join(top));
  CHECK(std::any_of(top.begin(), top.end(), [](const std::string& id) {
    return id == "sternocleidomastoid" || id == "suboccipitals" || id == "splenius_capitis" ||
           id == "posterior_cervicals";
  }));
}

TEST_CASE("jaw joint pain points to the chewing muscles", "[query][cases]") {
  const auto& m = test::Shipped().model;
  ExpectInTop(Spot(View::Front, At(m, View::Front, "tmj_right")), 5, Side::Right,
              {"masseter", "lateral_pterygoid"});
}

TEST_CASE("front of the shoulder points to infraspinatus", "[query][cases]") {
  const auto& m = test::Shipped().model;
  ExpectInTop(Spot(View::Front, At(m, View::Front, "deltoid_anterior_right")), 8, Side::Right,
              {"infraspinatus"});
}

TEST_CASE("chest pain points to pectoralis major", "[query][cases]") {
  const auto& m = test::Shipped().model;
  const Point p = (At(m, View::Front, "nipple_right") + At(m, View::Front, "sternum_mid")) * 0.5f;
  ExpectInTop(Spot(View::Front, p), 6, Side::Right, {"pectoralis_major"});
}

TEST_CASE("thumb-side wrist pain points to forearm and thumb muscles", "[query][cases]") {
  const auto& m = test::Shipped().model;
  const Findings f = Spot(View::Front, At(m, View::Front, "thumb_base_right"));
  const auto top = TopMuscles(m, f, 6, Side::Right);
  INFO(Join(top));
  CHECK(std::any_of(top.begin(), top.end(), [](const std::string& id) {
    return id == "thenar_muscles" || id == "brachioradialis" || id == "supinator" ||
           id == "scalenes" || id == "infraspinatus" || id == "wrist_extensors";
  }));
}

TEST_CASE("lateral hip pain points to the small gluteals and TFL", "[query][cases]") {
  const auto& m = test::Shipped().model;
  const Findings f = Spot(View::Back, At(m, View::Back, "greater_trochanter_right"));
  const auto top = TopMuscles(m, f, 6, Side::Right);
  INFO(Join(top));
  CHECK(std::count_if(top.begin(), top.end(), [](const std::string& id) {
          return id == "gluteus_medius" || id == "gluteus_minimus" || id == "tensor_fasciae_latae" ||
                 id == "piriformis" || id == "quadratus_lumborum" || id == "vastus_lateralis";
        }) >= 2);
}

TEST_CASE("front of the knee points to the quadriceps", "[query][cases]") {
  const auto& m = test::Shipped().model;
  const Findings f = Spot(View::Front, At(m, View::Front, "patella_right"));
  const auto top = TopMuscles(m, f, 5, Side::Right);
  INFO(Join(top));
  CHECK(std::any_of(top.begin(), top.end(), [](const std::string& id) {
    return id == "rectus_femoris" || id == "vastus_medialis";
  }));
}

TEST_CASE("calf and heel pain point to the calf muscles", "[query][cases]") {
  const auto& m = test::Shipped().model;
  ExpectInTop(Spot(View::Back, At(m, View::Back, "heel_right")), 6, Side::Right, {"soleus"});
  const Findings calf = Spot(View::Back, At(m, View::Back, "calf_right"));
  const auto top = TopMuscles(m, calf, 5, Side::Right);
  INFO(Join(top));
  CHECK(std::any_of(top.begin(), top.end(), [](const std::string& id) {
    return id == "gastrocnemius" || id == "soleus";
  }));
}

TEST_CASE("shin pain points to tibialis anterior", "[query][cases]") {
  const auto& m = test::Shipped().model;
  ExpectInTop(Spot(View::Front, At(m, View::Front, "tibia_mid_right", {-12, 0})), 5, Side::Right,
              {"tibialis_anterior"});
}

TEST_CASE("belly pain points to the abdominal wall", "[query][cases]") {
  const auto& m = test::Shipped().model;
  const Findings f = Spot(View::Front, At(m, View::Front, "umbilicus", {-45, -20}));
  const auto top = TopMuscles(m, f, 6, Side::Right);
  INFO(Join(top));
  CHECK(std::any_of(top.begin(), top.end(), [](const std::string& id) {
    return id == "rectus_abdominis" || id == "abdominal_obliques";
  }));
}

TEST_CASE("the shipped model is large and complete enough", "[model]") {
  const auto& m = test::Shipped().model;
  CHECK(m.muscles.size() >= 95);
  CHECK(m.TriggerPointCount() >= 220);
  for (const auto& r : m.regions) {
    INFO("region " << r.id);
    CHECK(std::any_of(m.muscles.begin(), m.muscles.end(), [&](const Muscle& mu) { return mu.region == r.id; }));
  }
}
