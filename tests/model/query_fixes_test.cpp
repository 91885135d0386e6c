// Query cases for the anatomy review's fixes, each on the right and on the mirrored left side:
// the moved zones and points answer where the sources put them, sided habits lift one side only,
// and the red flags and pulling links say what the content means.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>

#include "model/guidance.hpp"
#include "model/query.hpp"
#include "test_support.hpp"

using namespace knotmap;
using namespace knotmap::model;

namespace {

const Model& M() { return test::Shipped().model; }

// The point mirrored onto the subject's left side of its view.
Point Left(View v, Point p) { return MirrorX(p, M().Atlas(v).MidlineX()); }

Findings Spot(View v, Point p, float radius = 20.0f, std::vector<std::string> habits = {}) {
  QueryOptions o;
  o.habits = std::move(habits);
  return Query(M(), test::Shipped().index, {{v, MarkKind::Spot, {p}, radius, 6}}, o);
}

// The candidate for one trigger point of one muscle on one side, or nullptr.
const Candidate* Find(const Findings& f, const std::string& muscle, Side side, const std::string& tp = "") {
  for (const Candidate& c : f.candidates) {
    const Muscle& mu = M().muscles[c.muscle];
    if (mu.id != muscle || c.side != side) continue;
    if (tp.empty() || mu.trigger_points[M().instances[c.instance].trigger_point].id == tp) return &c;
  }
  return nullptr;
}

// Rank (1-based) of a muscle's group on a side, 0 when absent.
std::size_t RankOf(const Findings& f, const std::string& muscle, Side side) {
  std::vector<std::pair<int, Side>> groups;
  for (const Candidate& c : f.candidates) {
    const std::pair<int, Side> g{c.muscle, c.side};
    if (std::find(groups.begin(), groups.end(), g) == groups.end()) groups.push_back(g);
    if (M().muscles[c.muscle].id == muscle && c.side == side) return groups.size();
  }
  return 0;
}

const TriggerPoint& Tp(const std::string& muscle, const std::string& id) {
  const Muscle* mu = M().FindMuscle(muscle);
  REQUIRE(mu != nullptr);
  const auto it = std::find_if(mu->trigger_points.begin(), mu->trigger_points.end(),
                               [&](const TriggerPoint& t) { return t.id == id; });
  REQUIRE(it != mu->trigger_points.end());
  return *it;
}

bool InOutline(const std::string& muscle, View v, Point p) {
  for (const MuscleOutline& o : M().FindMuscle(muscle)->outlines) {
    if (o.view == v && PointInPolygon(o.shape.polygon, p)) return true;
  }
  return false;
}

// Checks on both sides: `check(side, point on that side)`.
template <typename Fn>
void BothSides(View v, Point right, Fn&& check) {
  SECTION("right") { check(Side::Right, right); }
  SECTION("left") { check(Side::Left, Left(v, right)); }
}

}  // namespace

TEST_CASE("the posterolateral neck ranks the upper trapezius near the top, essential", "[query][fixes]") {
  BothSides(View::Back, {532, 296}, [](Side side, Point p) {
    const Findings f = Spot(View::Back, p);
    const Candidate* c = Find(f, "upper_trapezius", side, "tp1");
    REQUIRE(c != nullptr);
    CHECK(c->BestZone() == MarkZone::Essential);
    INFO("rank " << RankOf(f, "upper_trapezius", side));
    CHECK(RankOf(f, "upper_trapezius", side) <= 3);
  });
}

TEST_CASE("soleus low point sits two to three fingers above the heel", "[query][fixes]") {
  const TriggerPoint& low = Tp("soleus", "low");
  const Landmark* heel = M().FindLandmark(View::Back, "heel_right");
  REQUIRE(heel != nullptr);
  CHECK(heel->at.y - low.at.y < 130.0f);  // under about 12 cm
  CHECK(heel->at.y - low.at.y > 60.0f);
  BothSides(View::Back, low.at, [](Side side, Point p) {
    const Findings f = Spot(View::Back, p, 15.0f);
    const Candidate* c = Find(f, "soleus", side, "low");
    REQUIRE(c != nullptr);
    CHECK(std::any_of(c->explains.begin(), c->explains.end(), [](auto& e) { return e.zone == MarkZone::Local; }));
  });
}

TEST_CASE("gastrocnemius refers to the medial arch, not the big toe", "[query][fixes]") {
  BothSides(View::Front, {450, 1894}, [](Side side, Point p) {
    const Findings f = Spot(View::Front, p, 10.0f);
    const Candidate* c = Find(f, "gastrocnemius", side, "medial_head");
    REQUIRE(c != nullptr);
    CHECK(c->BestZone() == MarkZone::Essential);
  });
  BothSides(View::Front, {452, 1952}, [](Side side, Point p) {
    const Findings f = Spot(View::Front, p, 8.0f);
    CHECK(Find(f, "gastrocnemius", side, "medial_head") == nullptr);
  });
}

TEST_CASE("points lie inside their own muscle, where the text puts them", "[query][fixes]") {
  CHECK_FALSE(InOutline("rectus_abdominis", View::Front, Tp("iliopsoas", "psoas").at));
  CHECK(InOutline("abdominal_obliques", View::Front, Tp("abdominal_obliques", "tp3").at));
  for (const char* id : {"iliocostalis_thoracis", "iliocostalis_lumborum", "longissimus", "iliocostalis_thoracis_t6"}) {
    INFO(id);
    CHECK(InOutline("thoracolumbar_paraspinals", View::Back, Tp("thoracolumbar_paraspinals", id).at));
  }
  for (const char* id : {"tp1", "tp2"}) {
    INFO(id);
    const TriggerPoint& t = Tp("subscapularis", id);
    CHECK(t.view == View::Back);
    CHECK(InOutline("subscapularis", View::Back, t.at));
  }
  // Posterior cervicals tp1 at C4-C5: well above C7, below the middle of the neck.
  const float c7 = M().FindLandmark(View::Back, "c7")->at.y;
  const float occiput = M().FindLandmark(View::Back, "occiput")->at.y;
  const float y = Tp("posterior_cervicals", "tp1").at.y;
  CHECK(y < c7 - 25.0f);
  CHECK(y > (c7 + occiput) * 0.5f);
  // Pectoralis major tp4 at the 5th-6th rib: below the nipple line, above the xiphoid.
  const Point tp4 = Tp("pectoralis_major", "tp4").at;
  CHECK(tp4.y > M().FindLandmark(View::Front, "nipple_right")->at.y);
  CHECK(tp4.y < M().FindLandmark(View::Front, "xiphoid")->at.y);
}

TEST_CASE("subscapularis answers at the outer border of the shoulder blade on the back", "[query][fixes]") {
  BothSides(View::Back, Tp("subscapularis", "tp1").at, [](Side side, Point p) {
    const Findings f = Spot(View::Back, p, 15.0f);
    const Candidate* c = Find(f, "subscapularis", side, "tp1");
    REQUIRE(c != nullptr);
  });
}

TEST_CASE("iliocostalis lumborum refers to the middle of the buttock", "[query][fixes]") {
  BothSides(View::Back, {602, 960}, [](Side side, Point p) {
    const Findings f = Spot(View::Back, p);
    const Candidate* c = Find(f, "thoracolumbar_paraspinals", side, "iliocostalis_lumborum");
    REQUIRE(c != nullptr);
    CHECK(c->BestZone() == MarkZone::Essential);
  });
}

TEST_CASE("the T6 iliocostalis point can explain pain at the front of the chest", "[query][fixes]") {
  BothSides(View::Front, {392, 570}, [](Side side, Point p) {
    const Findings f = Spot(View::Front, p);
    const Candidate* c = Find(f, "thoracolumbar_paraspinals", side, "iliocostalis_thoracis_t6");
    REQUIRE(c != nullptr);
    CHECK(c->BestZone() == MarkZone::Spillover);
  });
  BothSides(View::Back, {578, 530}, [](Side side, Point p) {
    const Findings f = Spot(View::Back, p);
    REQUIRE(Find(f, "thoracolumbar_paraspinals", side, "iliocostalis_thoracis_t6") != nullptr);
  });
}

TEST_CASE("the triceps olecranon point refers to the point of the elbow", "[query][fixes]") {
  BothSides(View::Back, {728, 752}, [](Side side, Point p) {
    const Findings f = Spot(View::Back, p, 12.0f);
    const Candidate* c = Find(f, "triceps_brachii", side, "olecranon");
    REQUIRE(c != nullptr);
    CHECK(c->BestZone() == MarkZone::Essential);
  });
}

TEST_CASE("a sided habit lifts only that side's trigger points", "[query][fixes][habits]") {
  const Habit* right = M().FindHabit("mouse_right");
  const Habit* left = M().FindHabit("mouse_left");
  REQUIRE(right != nullptr);
  REQUIRE(left != nullptr);
  CHECK(right->side == Side::Right);
  CHECK(left->side == Side::Left);
  const Point forearm{760, 830};  // back of the right forearm
  SECTION("right forearm, mouse on the right") {
    const Findings f = Spot(View::Back, forearm, 20.0f, {"mouse_right"});
    const Candidate* c = Find(f, "wrist_extensors", Side::Right);
    REQUIRE(c != nullptr);
    CHECK(c->habit_match);
  }
  SECTION("left forearm, mouse on the right: no lift") {
    const Findings f = Spot(View::Back, Left(View::Back, forearm), 20.0f, {"mouse_right"});
    const Candidate* c = Find(f, "wrist_extensors", Side::Left);
    REQUIRE(c != nullptr);
    CHECK_FALSE(c->habit_match);
    const Findings plain = Spot(View::Back, Left(View::Back, forearm), 20.0f);
    CHECK(c->score == Approx(Find(plain, "wrist_extensors", Side::Left)->score));
  }
  SECTION("left forearm, mouse on the left") {
    const Findings f = Spot(View::Back, Left(View::Back, forearm), 20.0f, {"mouse_left"});
    const Candidate* c = Find(f, "wrist_extensors", Side::Left);
    REQUIRE(c != nullptr);
    CHECK(c->habit_match);
  }
  SECTION("an unsided habit lifts both sides") {
    for (Point p : {forearm, Left(View::Back, forearm)}) {
      const Findings f = Spot(View::Back, p, 20.0f, {"typing_bent_wrists"});
      const Candidate* c = Find(f, "wrist_extensors", p.x > 500 ? Side::Right : Side::Left);
      REQUIRE(c != nullptr);
      CHECK(c->habit_match);
    }
  }
}

TEST_CASE("every habit is used and desk work no longer tags most muscles", "[fixes][habits]") {
  std::size_t desk = 0;
  for (const Habit& h : M().habits) {
    INFO(h.id);
    CHECK(std::any_of(M().muscles.begin(), M().muscles.end(), [&](const Muscle& mu) {
      return std::find(mu.habits.begin(), mu.habits.end(), h.id) != mu.habits.end();
    }));
  }
  for (const Muscle& mu : M().muscles) desk += std::count(mu.habits.begin(), mu.habits.end(), "desk_work");
  CHECK(desk * 4 < M().muscles.size());
}

TEST_CASE("red flags of a mark: the heart first on the chest, forearm and belly", "[fixes][red_flags]") {
  auto flags = [](View v, Point p) {
    std::vector<std::string> ids;
    for (const RedFlag* f : RedFlagsFor(M(), {{v, MarkKind::Spot, {p}, 20.0f, 5}})) ids.push_back(f->id);
    return ids;
  };
  for (Point p : {Point{590, 520}, Point{410, 520}}) {
    const auto ids = flags(View::Front, p);
    REQUIRE(!ids.empty());
    CHECK(ids.front() == "chest_pain_heart");
  }
  const auto forearm = flags(View::Front, {240, 900});
  CHECK(std::find(forearm.begin(), forearm.end(), "chest_pain_heart") != forearm.end());
  const auto belly = flags(View::Front, {500, 760});
  CHECK(std::find(belly.begin(), belly.end(), "acute_abdomen") != belly.end());
  CHECK(std::find(belly.begin(), belly.end(), "aortic") != belly.end());
  const auto calf = flags(View::Back, {585, 1600});
  CHECK(std::find(calf.begin(), calf.end(), "calf_clot") != calf.end());
  CHECK(std::find(calf.begin(), calf.end(), "compartment_cold_limb") != calf.end());
  // Urgent ones always come before the rest.
  for (const auto& ids : {forearm, belly, calf}) {
    bool non_urgent_seen = false;
    for (const auto& id : ids) {
      const auto it = std::find_if(M().red_flags.begin(), M().red_flags.end(), [&](auto& f) { return f.id == id; });
      if (!it->urgent) non_urgent_seen = true;
      else CHECK_FALSE(non_urgent_seen);
    }
  }
}

TEST_CASE("pulling links: mutual only for antagonists, and the review's corrections", "[fixes][pulling]") {
  auto pulls = [](const std::string& muscle, const std::string& puller) {
    const Muscle* mu = M().FindMuscle(muscle);
    REQUIRE(mu != nullptr);
    return std::any_of(mu->pulling.begin(), mu->pulling.end(), [&](auto& p) { return p.muscle == puller; });
  };
  CHECK_FALSE(pulls("temporalis", "upper_trapezius"));
  CHECK_FALSE(pulls("thenar_muscles", "brachialis"));
  CHECK_FALSE(pulls("supinator", "wrist_extensors"));
  CHECK_FALSE(pulls("tibialis_anterior", "extensor_digitorum_longus"));
  CHECK_FALSE(pulls("gastrocnemius", "tibialis_posterior"));
  CHECK_FALSE(pulls("serratus_anterior", "rhomboids"));
  CHECK(pulls("rhomboids", "serratus_anterior"));
  CHECK(pulls("gluteus_minimus", "quadratus_lumborum"));
  const std::set<std::pair<std::string, std::string>> antagonists{
      {"hamstrings", "rectus_femoris"},
      {"lateral_pterygoid", "masseter"},
      {"hamstrings", "iliopsoas"},
      {"abductor_hallucis", "adductor_hallucis"},
      {"adductors", "gluteus_medius"},
      {"adductors", "gluteus_minimus"},
      {"extensor_digitorum_longus", "flexor_digitorum_longus"},
      {"extensor_hallucis_longus", "flexor_hallucis_longus"},
      {"occipitofrontalis", "orbicularis_oculi"},  // raising against closing the brow and lids
      {"platysma", "zygomaticus"}};                // drawing the mouth corner down against up
  for (const Muscle& a : M().muscles) {
    for (const PullingMuscle& p : a.pulling) {
      CHECK(p.muscle != a.id);
      if (!pulls(p.muscle, a.id) || a.id > p.muscle) continue;
      INFO(a.id << " <-> " << p.muscle);
      CHECK(antagonists.count({a.id, p.muscle}) == 1);
    }
  }
}

TEST_CASE("the mid-back beside the spine answers with the thoracic multifidi", "[query][fixes]") {
  for (float y : {500.0f, 575.0f, 645.0f}) {
    for (Side side : {Side::Right, Side::Left}) {
      const Point p = side == Side::Right ? Point{512, y} : Left(View::Back, {512, y});
      INFO("y " << y << ", " << ToString(side));
      const Findings f = Spot(View::Back, p, 10.0f);
      CHECK(f.unexplained_marks.empty());
      CHECK(Find(f, "multifidi", side) != nullptr);
    }
  }
}

TEST_CASE("the plan blames a one-sided habit only for that side", "[fixes][habits]") {
  const Point right{760, 830};  // back of the right forearm
  auto cause_titles = [](Point p, const std::string& habit) {
    const std::vector<PainMark> marks{{View::Back, MarkKind::Spot, {p}, 20.0f, 6}};
    QueryOptions q;
    q.habits = {habit};
    PlanOptions po;
    po.habits = {habit};
    const Plan plan = BuildPlan(M(), marks, Query(M(), test::Shipped().index, marks, q), po);
    std::vector<std::string> titles;
    for (const PlanStep& s : plan.steps) {
      if (s.kind == StepKind::Cause) titles.push_back(s.title);
    }
    return titles;
  };
  const std::string mouse = M().FindHabit("mouse_right")->label;
  const auto on_right = cause_titles(right, "mouse_right");
  CHECK(std::find(on_right.begin(), on_right.end(), mouse) != on_right.end());
  const auto on_left = cause_titles(Left(View::Back, right), "mouse_right");
  CHECK(std::find(on_left.begin(), on_left.end(), mouse) == on_left.end());
}
