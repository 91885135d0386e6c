// Properties of the query engine on the shipped model: symmetry, monotonic best explanation,
// order independence, and agreement between the indexed and the naive scan.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <random>

#include "model/query.hpp"
#include "test_support.hpp"

using namespace knotmap;
using namespace knotmap::model;

namespace {

Point RandomInside(const Model& m, View v, std::mt19937& rng) {
  std::uniform_real_distribution<float> x(0.0f, m.Atlas(v).width), y(0.0f, m.Atlas(v).height);
  for (;;) {
    const Point p{x(rng), y(rng)};
    if (m.InsideBody(v, p)) return p;
  }
}

std::vector<PainMark> RandomMarks(const Model& m, std::mt19937& rng, int count) {
  const View v = rng() % 2 ? View::Back : View::Front;
  std::vector<PainMark> marks;
  for (int i = 0; i < count; ++i) {
    marks.push_back({v, MarkKind::Spot, {RandomInside(m, v, rng)}, 20.0f + static_cast<float>(rng() % 30),
                     1 + static_cast<int>(rng() % 10)});
  }
  return marks;
}

// (muscle, side, trigger point) -> score
std::map<std::tuple<int, Side, int>, float> Scores(const Model& m, const Findings& f, bool mirror) {
  std::map<std::tuple<int, Side, int>, float> out;
  for (const auto& c : f.candidates) {
    out[{c.muscle, mirror ? Opposite(c.side) : c.side, m.instances[c.instance].trigger_point}] = c.score;
  }
  return out;
}

std::vector<int> ExplainedByBest(const Findings& f) {
  std::vector<int> marks;
  for (int i : f.best_explanation) {
    for (const auto& e : f.candidates[i].explains) marks.push_back(e.mark);
  }
  std::sort(marks.begin(), marks.end());
  marks.erase(std::unique(marks.begin(), marks.end()), marks.end());
  return marks;
}

QueryOptions All() {
  QueryOptions o;
  o.max_candidates = 100000;
  return o;
}

}  // namespace

TEST_CASE("mirroring the marks mirrors the findings", "[query][property]") {
  const auto& [m, index] = test::Shipped();
  std::mt19937 rng(7);
  for (int round = 0; round < 60; ++round) {
    auto marks = RandomMarks(m, rng, 1 + round % 3);
    std::vector<PainMark> mirrored;
    for (const auto& mark : marks) mirrored.push_back(Mirrored(mark, m));
    const auto a = Scores(m, Query(m, index, marks, All()), false);
    const auto b = Scores(m, Query(m, index, mirrored, All()), true);
    REQUIRE(a.size() == b.size());
    for (const auto& [key, score] : a) {
      REQUIRE(b.count(key) == 1);
      CHECK(b.at(key) == Approx(score).margin(1e-5));
    }
  }
}

TEST_CASE("adding a mark never removes an explained mark from the best explanation", "[query][property]") {
  const auto& [m, index] = test::Shipped();
  std::mt19937 rng(11);
  for (int round = 0; round < 60; ++round) {
    auto marks = RandomMarks(m, rng, 1 + round % 4);
    const auto before = ExplainedByBest(Query(m, index, marks));
    PainMark extra = RandomMarks(m, rng, 1).front();
    extra.view = marks.front().view;
    extra.points = {RandomInside(m, extra.view, rng)};
    marks.push_back(extra);
    const auto after = ExplainedByBest(Query(m, index, marks));
    for (int mark : before) CHECK(std::find(after.begin(), after.end(), mark) != after.end());
  }
}

TEST_CASE("scores do not depend on the order of the marks", "[query][property]") {
  const auto& [m, index] = test::Shipped();
  std::mt19937 rng(13);
  for (int round = 0; round < 40; ++round) {
    auto marks = RandomMarks(m, rng, 2 + round % 3);
    const auto a = Scores(m, Query(m, index, marks, All()), false);
    std::shuffle(marks.begin(), marks.end(), rng);
    const auto b = Scores(m, Query(m, index, marks, All()), false);
    REQUIRE(a.size() == b.size());
    for (const auto& [key, score] : a) CHECK(b.at(key) == Approx(score).margin(1e-6));
  }
}

TEST_CASE("the spatial index finds exactly what the naive scan finds", "[query][property]") {
  const auto& [m, index] = test::Shipped();
  std::mt19937 rng(17);
  for (int round = 0; round < 200; ++round) {
    const auto marks = RandomMarks(m, rng, 1 + round % 2);
    const auto a = Scores(m, Query(m, index, marks, All()), false);
    const auto b = Scores(m, QueryNaive(m, marks, All()), false);
    REQUIRE(a == b);
  }
}

TEST_CASE("scores stay within [0, 1]", "[query][property]") {
  const auto& [m, index] = test::Shipped();
  std::mt19937 rng(19);
  for (int round = 0; round < 100; ++round) {
    for (const auto& c : Query(m, index, RandomMarks(m, rng, 1 + round % 5)).candidates) {
      CHECK(c.score >= 0.0f);
      CHECK(c.score <= 1.0f);
    }
  }
}
