// SM-2 scheduling with hand-computed intervals and eases, item picking order and streaks.
#include <catch2/catch.hpp>

#include <algorithm>

#include "model/learn_schedule.hpp"

namespace km = knotmap::model;
using K = km::ExerciseKind;

TEST_CASE("SM-2: intervals 1, 6, then interval x ease; a lapse comes back today", "[learn][schedule]") {
  km::Card c;
  c.key = {"rhomboids", K::WhichMuscle};
  c = km::Review(c, 5, 1.0f, 100);  // ease 2.5 + 0.1
  CHECK(c.interval == 1);
  CHECK(c.repetitions == 1);
  CHECK(c.due_day == 101);
  CHECK(c.ease == Approx(2.6));
  c = km::Review(c, 4, 0.8f, 101);  // ease + 0.1 - 1 * (0.08 + 0.02) = + 0
  CHECK(c.interval == 6);
  CHECK(c.due_day == 107);
  CHECK(c.ease == Approx(2.6));
  c = km::Review(c, 3, 0.5f, 107);  // interval 6 * 2.6 = 15.6 -> 16; ease - 0.14
  CHECK(c.interval == 16);
  CHECK(c.repetitions == 3);
  CHECK(c.due_day == 123);
  CHECK(c.ease == Approx(2.46));
  c = km::Review(c, 1, 0.1f, 123);  // fail: ease + 0.1 - 4 * (0.08 + 0.08) = - 0.54
  CHECK(c.interval == 0);
  CHECK(c.repetitions == 0);
  CHECK(c.due_day == 123);
  CHECK(c.lapses == 1);
  CHECK(c.ease == Approx(1.92));
  CHECK(km::IsDue(c, 123));
  c = km::Review(c, 5, 1.0f, 123);
  CHECK(c.interval == 1);
  CHECK(c.due_day == 124);
  CHECK(c.ease == Approx(2.02));
  CHECK(c.reviews == 5);
  CHECK(c.last_day == 123);
  CHECK(c.last_grade == 5);
}

TEST_CASE("SM-2: the ease never drops below 1.3", "[learn][schedule]") {
  km::Card c;
  for (int i = 0; i < 5; ++i) c = km::Review(c, 0, 0.0f, 10);  // - 0.8 each time
  CHECK(c.ease == Approx(1.3));
  CHECK(c.lapses == 5);
}

TEST_CASE("mastery grows with the interval on a log scale", "[learn][schedule]") {
  km::Card c;
  CHECK(km::Mastery(c) == 0.0f);
  c.reviews = 1;
  c.interval = 1;
  CHECK(km::Mastery(c) == Approx(1.0 / 4.459432).epsilon(1e-4));  // log2(2) / log2(22)
  c.interval = 21;
  CHECK(km::Mastery(c) == Approx(1.0));
  c.interval = 60;
  CHECK(km::Mastery(c) == 1.0f);
  c.interval = 0;
  CHECK(km::Mastery(c) == 0.0f);
}

TEST_CASE("picking: due first, most overdue first, then new, then practice ahead", "[learn][schedule]") {
  const std::vector<km::ItemKey> pool = {{"a", K::WhichMuscle}, {"b", K::WhichMuscle}, {"c", K::WhichMuscle}};
  std::vector<km::Card> cards;
  auto card = [](const char* id, int due, float ease = 2.5f) {
    km::Card c;
    c.key = {id, K::WhichMuscle};
    c.reviews = 1;
    c.interval = 1;
    c.due_day = due;
    c.ease = ease;
    return c;
  };
  // Nothing reviewed: a new item, the same one for the same seed.
  const auto first = km::PickNext(pool, cards, 50, {}, 7);
  REQUIRE(first);
  CHECK(*first == *km::PickNext(pool, cards, 50, {}, 7));

  cards = {card("a", 60), card("b", 50)};
  CHECK(km::PickNext(pool, cards, 50, {}, 7)->muscle == "b");  // due today beats new
  cards = {card("a", 49), card("b", 50)};
  CHECK(km::PickNext(pool, cards, 50, {}, 7)->muscle == "a");  // most overdue first
  cards = {card("a", 50, 2.5f), card("b", 50, 1.5f)};
  CHECK(km::PickNext(pool, cards, 50, {}, 7)->muscle == "b");  // same day: hardest first
  cards = {card("a", 60), card("b", 55)};
  CHECK(km::PickNext(pool, cards, 50, {}, 7)->muscle == "c");  // nothing due: the new one
  cards = {card("a", 60), card("b", 55), card("c", 58)};
  CHECK(km::PickNext(pool, cards, 50, {}, 7)->muscle == "b");  // practice ahead: soonest
  // Recently asked items wait, unless nothing else is left.
  cards = {card("a", 50), card("b", 60), card("c", 60)};
  CHECK(km::PickNext(pool, cards, 50, {{"a", K::WhichMuscle}}, 7)->muscle != "a");
  CHECK(km::PickNext({pool[0]}, cards, 50, {pool[0]}, 7)->muscle == "a");
  CHECK_FALSE(km::PickNext({}, cards, 50, {}, 7).has_value());
}

TEST_CASE("a wrong answer comes back in the same session after three others", "[learn][schedule]") {
  std::vector<km::ItemKey> pool;
  for (const char* id : {"a", "b", "c", "d", "e", "f"}) pool.push_back({id, K::WhereTrigger});
  std::vector<km::Card> cards;
  std::vector<km::ItemKey> recent, asked;
  for (int i = 0; i < 6; ++i) {
    const auto next = km::PickNext(pool, cards, 200, recent, 3);
    REQUIRE(next);
    asked.push_back(*next);
    const km::Card* existing = km::FindCard(cards, *next);
    km::Card c = existing ? *existing : km::Card{*next};
    c = km::Review(c, i == 0 ? 1 : 5, 0.0f, 200);  // only the first answer is wrong
    if (existing) {
      *std::find_if(cards.begin(), cards.end(), [&](const km::Card& x) { return x.key == *next; }) = c;
    } else {
      cards.push_back(c);
    }
    recent.push_back(*next);
    if (recent.size() > 3) recent.erase(recent.begin());
  }
  // Items 1..3 are new ones; item 4 is the failed first item again.
  CHECK(asked[4] == asked[0]);
  for (int i = 1; i <= 3; ++i) CHECK_FALSE(asked[i] == asked[0]);
}

TEST_CASE("streaks count days in a row ending today or yesterday", "[learn][schedule]") {
  CHECK(km::Streak({10, 11, 12}, 12) == 3);
  CHECK(km::Streak({12, 11, 10, 12}, 13) == 3);  // today not practised yet
  CHECK(km::Streak({10, 11, 12}, 14) == 0);
  CHECK(km::Streak({10, 12}, 12) == 1);
  CHECK(km::Streak({}, 12) == 0);
  CHECK(km::Streak({12, 13}, 12) == 1);  // a day in the future is ignored
}

TEST_CASE("exercise kinds round-trip through their names", "[learn][schedule]") {
  for (K k : km::kExerciseKinds) CHECK(km::ParseExerciseKind(km::ToString(k)) == k);
  CHECK_FALSE(km::ParseExerciseKind("progress").has_value());
  CHECK(km::ItemKey{"rhomboids", K::WhereRefer}.Text() == "rhomboids/where_refer");
}
