// Learn mode played through the real views with scripted mouse and keyboard input: a round of
// each exercise kind, checking the scores, the SM-2 schedule, the store and the progress view.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <random>

#include "harness.hpp"
#include "test_support.hpp"
#include "app/wiring.hpp"
#include "io/progress_store.hpp"
#include "model/geometry.hpp"
#include "model/learn_scoring.hpp"
#include "ui/core/keys.hpp"
#include "ui/learn/learn_views.hpp"

namespace fs = std::filesystem;
namespace km = knotmap::model;
namespace ui = knotmap::ui;
using knotmap::test::Harness;
using K = km::ExerciseKind;

namespace {

constexpr int kToday = 20000;

// The learn store's file inside a scratch folder.
struct TempStore : knotmap::test::TempDir {
  fs::path File() const { return path / knotmap::io::kStoreFileName; }
};

std::shared_ptr<knotmap::io::ProgressStore> Begin(Harness& h, const TempStore& store, ui::LearnMode mode,
                                                  const std::string& region, std::uint64_t seed) {
  h.clock->SetToday(kToday);
  auto opened = std::make_shared<knotmap::io::ProgressStore>(knotmap::io::ProgressStore::Open(store.File()));
  knotmap::app::AttachStore(h.state.session, opened);
  REQUIRE(ui::StartLearn(h.state, mode, region, seed));
  h.Frames(3);
  REQUIRE(ui::LearnCanvasActive(h.state));
  return opened;
}

const km::TriggerPointInstance& Target(const Harness& h) {
  REQUIRE(h.state.session.learn.exercise.has_value());
  return h.state.session.model->instances[h.state.session.learn.exercise->instance];
}

ImVec2 ScreenOf(const Harness& h, km::View v, km::Point p) {
  REQUIRE(h.state.ui.learn.placement[static_cast<int>(v)].visible);
  return h.state.ui.learn.placement[static_cast<int>(v)].transform.ToScreen(p);
}

// A click, then one more frame so the views show the result of the action it queued.
void Press(Harness& h, ImVec2 at) {
  h.Click(at);
  h.Frame();
}

// The pattern-match score computed here from the definition, not with the scorer under test:
// cells of 4 atlas units over both views, zone weight 1 (essential) or 0.5 (spillover only),
// painted where a cell centre is within a stroke's radius; sum(min) / sum(max).
double IndependentIoU(const km::TriggerPointInstance& t, const std::vector<km::PainMark>& painting) {
  double inter = 0.0, uni = 0.0;
  for (const km::View v : {km::View::Front, km::View::Back}) {
    for (float y = 2.0f; y < 2000.0f; y += 4.0f) {
      for (float x = 2.0f; x < 1000.0f; x += 4.0f) {
        const km::Point p{x, y};
        double zone = 0.0;
        for (const km::Zone& z : t.zones) {
          if (z.view != v || !z.shape.bounds.Contains(p) || !km::PointInPolygon(z.shape.polygon, p)) continue;
          zone = std::max(zone, z.kind == km::ZoneKind::Essential ? 1.0 : 0.5);
        }
        double paint = 0.0;
        for (const km::PainMark& m : painting) {
          if (m.view != v) continue;
          float d = m.points.size() == 1 ? km::DistanceToSegment(p, m.points[0], m.points[0]) : 1e30f;
          for (std::size_t i = 0; i + 1 < m.points.size(); ++i) {
            d = std::min(d, km::DistanceToSegment(p, m.points[i], m.points[i + 1]));
          }
          if (d <= m.radius) paint = 1.0;
        }
        inter += std::min(zone, paint);
        uni += std::max(zone, paint);
      }
    }
  }
  return uni > 0.0 ? inter / uni : 0.0;
}

// SM-2 from its definition for a first review: a pass gives interval 1, a fail 0 (again today);
// the ease moves by 0.1 - (5 - g) * (0.08 + (5 - g) * 0.02), never below 1.3.
double FirstEase(int grade) {
  const double q = 5.0 - grade;
  return std::max(1.3, 2.5 + 0.1 - q * (0.08 + q * 0.02));
}

std::string Muscle(const Harness& h) { return h.state.session.model->muscles[h.state.session.learn.exercise->muscle].id; }

}  // namespace

TEST_CASE("which muscle: pick, miss, type; a miss comes back after three others", "[ui][learn]") {
  TempStore store;
  Harness h;
  Begin(h, store, ui::LearnMode::WhichMuscle, "shoulder_upper_back", 3);
  knotmap::session::LearnSession& l = h.state.session.learn;
  const ui::LearnUi& lu = h.state.ui.learn;
  REQUIRE(l.exercise->choices.size() == 4u);
  REQUIRE(lu.targets.choices.size() == 4u);

  // Round 1: the right choice, clicked. Recognition earns grade 4: interval 1 day.
  const std::string first = Muscle(h);
  Press(h, lu.targets.choices[l.exercise->answer_choice]);
  REQUIRE(l.answered);
  CHECK(l.result.correct);
  CHECK(l.result.grade == 4);
  CHECK(l.result.card.interval == 1);
  CHECK(l.result.card.due_day == kToday + 1);
  REQUIRE(lu.targets.next);
  Press(h, *lu.targets.next);
  REQUIRE_FALSE(l.answered);

  // Round 2: a wrong choice. Grade 1: due again today.
  const std::string missed = Muscle(h);
  CHECK(missed != first);
  const int wrong = (l.exercise->answer_choice + 1) % 4;
  Press(h, lu.targets.choices[wrong]);
  REQUIRE(l.answered);
  CHECK_FALSE(l.result.correct);
  CHECK(l.result.grade == 1);
  CHECK(l.result.card.interval == 0);
  CHECK(l.result.card.due_day == kToday);
  CHECK(l.result.card.lapses == 1);
  Press(h, *lu.targets.next);

  // Round 3: typed from memory, with Enter. Grade 5.
  REQUIRE(lu.targets.typed);
  Press(h, *lu.targets.typed);
  const std::string name = h.state.session.model->muscles[l.exercise->muscle].name;
  h.Type(name);
  h.PressKey(ui::keys::kEnter);
  h.Frame();
  REQUIRE(l.answered);
  CHECK(l.result.grade == 5);
  CHECK(l.result.card.interval == 1);
  Press(h, *lu.targets.next);

  // Rounds 4 and 5 are other items; round 6 brings the missed one back.
  for (int round = 4; round <= 5; ++round) {
    CHECK(Muscle(h) != missed);
    Press(h, lu.targets.choices[l.exercise->answer_choice]);
    Press(h, *lu.targets.next);
  }
  CHECK(Muscle(h) == missed);
  CHECK(l.answered_count == 5);
  CHECK(l.correct_count == 4);

  // Everything was written to the store, one review per answer.
  knotmap::io::ProgressStore reopened = knotmap::io::ProgressStore::Open(store.File());
  CHECK(reopened.ReviewCount() == 5);
  const auto cards = reopened.LoadCards();
  const km::Card* c = km::FindCard(cards, {missed, K::WhichMuscle});
  REQUIRE(c != nullptr);
  CHECK(c->due_day == kToday);
  CHECK(km::FindCard(cards, {first, K::WhichMuscle})->due_day == kToday + 1);
}

TEST_CASE("where does it refer: paint over the essential zone, check, see the score", "[ui][learn]") {
  TempStore store;
  Harness h;
  const auto opened = Begin(h, store, ui::LearnMode::WhereRefer, "mixed", 8);
  knotmap::session::LearnSession& l = h.state.session.learn;
  const ui::LearnUi& lu = h.state.ui.learn;
  const km::TriggerPointInstance& t = Target(h);
  const km::Zone* essential = nullptr;
  for (const km::Zone& z : t.zones) {
    if (z.kind == km::ZoneKind::Essential && essential == nullptr) essential = &z;
  }
  REQUIRE(essential != nullptr);
  // A stroke across the middle of the essential zone's bounding box.
  const km::Box& b = essential->shape.bounds;
  const km::Point c = b.Center();
  const float half = (b.max.x - b.min.x) * 0.3f;
  h.Drag(ScreenOf(h, essential->view, {c.x - half, c.y}), ScreenOf(h, essential->view, {c.x + half, c.y}));
  REQUIRE(l.painting.size() == 1u);
  const float one_px = 1.5f / lu.placement[static_cast<int>(essential->view)].transform.scale;
  CHECK(l.painting.front().view == essential->view);
  CHECK(l.painting.front().points.front().x == Approx(c.x - half).margin(one_px));
  CHECK(l.painting.front().points.back().x == Approx(c.x + half).margin(one_px));
  CHECK(l.painting.front().radius == lu.brush_radius);

  REQUIRE(lu.targets.check);
  Press(h, *lu.targets.check);
  REQUIRE(l.answered);
  const double expected_iou = IndependentIoU(t, l.painting);
  REQUIRE(expected_iou > 0.0);
  CHECK(l.result.paint.iou == Approx(expected_iou).margin(0.03));  // 8-unit cells against 4-unit ones
  CHECK(l.result.score == Approx(l.result.paint.iou));
  CHECK(l.result.paint.essential_hit > 0.0f);
  CHECK(l.result.grade == km::GradeFor(K::WhereRefer, l.result.paint.iou));
  CHECK(l.result.card.interval == (l.result.grade >= 3 ? 1 : 0));
  CHECK(l.result.card.ease == Approx(FirstEase(l.result.grade)));
  CHECK(l.result.card.due_day == kToday + l.result.card.interval);
  CHECK(opened->ReviewCount() == 1);
  h.Frames(2);  // the reveal draws without trouble
  Press(h, *lu.targets.next);
  CHECK(l.painting.empty());
  CHECK_FALSE(l.answered);
}

TEST_CASE("where is the trigger point: a click on the X, then one 90 units off", "[ui][learn]") {
  TempStore store;
  Harness h;
  Begin(h, store, ui::LearnMode::WhereTrigger, "mixed", 21);
  knotmap::session::LearnSession& l = h.state.session.learn;
  const ui::LearnUi& lu = h.state.ui.learn;
  {
    const km::TriggerPointInstance& t = Target(h);
    h.Click(ScreenOf(h, t.view, t.at));
    REQUIRE(l.guess);
    Press(h, *lu.targets.check);
    REQUIRE(l.answered);
    CHECK(l.result.click.distance < 2.0f / lu.placement[static_cast<int>(t.view)].transform.scale);
    CHECK(l.result.score == 1.0f);
    CHECK(l.result.grade == 5);
    CHECK(l.result.card.interval == 1);
    Press(h, *lu.targets.next);
  }
  {
    // 90 atlas units right of the X: 1 - (90 - 20) / 140 = 0.5 (give or take the pixel rounding).
    const km::TriggerPointInstance& t = Target(h);
    h.Click(ScreenOf(h, t.view, {t.at.x + 90.0f, t.at.y}));
    Press(h, *lu.targets.check);
    REQUIRE(l.answered);
    // ImGui floors the mouse to whole pixels: allow a pixel and a half.
    const double px = 1.5 / lu.placement[static_cast<int>(t.view)].transform.scale;
    CHECK(l.result.click.distance == Approx(90.0).margin(px));
    CHECK(l.result.score == Approx(0.5).margin(px / 140.0));
    CHECK(l.result.grade == 3);
    CHECK(l.result.card.interval == 1);
    CHECK(l.result.card.ease == Approx(2.36));  // 2.5 + 0.1 - 2 * (0.08 + 2 * 0.02)
  }
}

TEST_CASE("the progress view shows mastery and what is due", "[ui][learn]") {
  TempStore store;
  Harness h;
  Begin(h, store, ui::LearnMode::WhichMuscle, "neck", 4);
  knotmap::session::LearnSession& l = h.state.session.learn;
  const ui::LearnUi& lu = h.state.ui.learn;
  const std::string right = Muscle(h);
  Press(h, lu.targets.choices[l.exercise->answer_choice]);
  Press(h, *lu.targets.next);
  const std::string wrong = Muscle(h);
  Press(h, lu.targets.choices[(l.exercise->answer_choice + 1) % 4]);

  l.Queue(knotmap::session::learn_action::Start{ui::LearnMode::Progress});
  h.Frames(3);
  CHECK(l.mode == ui::LearnMode::Progress);
  CHECK(knotmap::session::RegionMastery(h.state.session, "neck") > 0.0f);
  CHECK(knotmap::session::RegionMastery(h.state.session, "foot") == 0.0f);
  const int mi = h.state.session.model->MuscleIndex(right);
  CHECK(knotmap::session::MuscleMastery(h.state.session, mi, K::WhichMuscle) == Approx(km::Mastery(*km::FindCard(l.cards, {right, K::WhichMuscle}))));
  const auto due = h.state.session.learn.due;
  REQUIRE(due.size() == 1u);
  CHECK(due.front().muscle == wrong);
  CHECK(knotmap::session::LearnStreak(h.state.session) == 1);

  // Back to the ordinary map: the canvas is the body map again, pain marks untouched.
  l.Queue(knotmap::session::learn_action::Stop{});
  h.Frames(2);
  CHECK_FALSE(ui::LearnCanvasActive(h.state));
  CHECK(h.ViewVisible(km::View::Back));
}
