// Muscle search as a user types it: names, anatomical names, regions, symptoms and everyday words,
// a typo, and the matched part each hit shows.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "session/muscle_search.hpp"
#include "test_support.hpp"

namespace session = knotmap::session;
namespace model = knotmap::model;

namespace {

const model::Model& M() { return knotmap::test::Shipped().model; }

std::vector<std::string> Ids(const std::vector<session::SearchHit>& hits) {
  std::vector<std::string> ids;
  for (const auto& h : hits) ids.push_back(M().muscles[h.muscle].id);
  return ids;
}

bool Has(const std::vector<session::SearchHit>& hits, const std::string& id) {
  const auto ids = Ids(hits);
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

const session::SearchHit* HitFor(const std::vector<session::SearchHit>& hits, const std::string& id) {
  for (const auto& h : hits) {
    if (M().muscles[h.muscle].id == id) return &h;
  }
  return nullptr;
}

std::string Matched(const session::SearchHit& h) { return h.snippet.substr(h.match_begin, h.match_length); }

}  // namespace

TEST_CASE("a name finds its muscles first, in any case", "[session][search]") {
  const auto hits = session::SearchMuscles(M(), "trap");
  REQUIRE(hits.size() >= 3);
  for (int i = 0; i < 3; ++i) CHECK(M().muscles[hits[i].muscle].name.find("rapezius") != std::string::npos);
  CHECK(Ids(session::SearchMuscles(M(), "TRAPEZIUS")) == Ids(session::SearchMuscles(M(), "trapezius")));
  CHECK(session::SearchMuscles(M(), "").size() == M().muscles.size());
  CHECK(session::SearchMuscles(M(), "zzzz-no-such-muscle").empty());
  // A name match shows no extra text: the name itself is what matched.
  CHECK(hits.front().snippet.empty());
}

TEST_CASE("a typo still finds the muscle", "[session][search]") {
  const auto hits = session::SearchMuscles(M(), "trapz");
  REQUIRE_FALSE(hits.empty());
  CHECK(M().muscles[hits.front().muscle].name.find("rapezius") != std::string::npos);
  CHECK(Has(session::SearchMuscles(M(), "sternocleidomastiod"), "sternocleidomastoid"));
  CHECK(Has(session::SearchMuscles(M(), "infraspinatos"), "infraspinatus"));
}

TEST_CASE("a symptom finds the muscles that cause it and shows where it matched", "[session][search]") {
  const auto hits = session::SearchMuscles(M(), "headache");
  for (const char* id : {"upper_trapezius", "sternocleidomastoid", "suboccipitals", "temporalis"}) {
    INFO(id);
    CHECK(Has(hits, id));
  }
  const session::SearchHit* temporalis = HitFor(hits, "temporalis");
  REQUIRE(temporalis != nullptr);
  CHECK(temporalis->field == session::SearchField::Symptom);
  CHECK(Matched(*temporalis).find("eadache") != std::string::npos);
  // Everyday words the content puts differently.
  CHECK(Ids(session::SearchMuscles(M(), "migraine")) == Ids(hits));
}

TEST_CASE("'calf' finds the soleus too, through its symptoms and trigger points", "[session][search]") {
  const auto hits = session::SearchMuscles(M(), "calf");
  REQUIRE(Has(hits, "gastrocnemius"));
  REQUIRE(Has(hits, "soleus"));
  // The muscle called "calf" ranks before the one whose symptoms mention it.
  const auto ids = Ids(hits);
  CHECK(std::find(ids.begin(), ids.end(), "gastrocnemius") < std::find(ids.begin(), ids.end(), "soleus"));
  const session::SearchHit* soleus = HitFor(hits, "soleus");
  CHECK(soleus->field != session::SearchField::Name);
  CHECK(Matched(*soleus) == "calf");
}

TEST_CASE("a region and an anatomical name find their muscles", "[session][search]") {
  const auto neck = session::SearchMuscles(M(), "neck");
  CHECK(Has(neck, "sternocleidomastoid"));
  const auto latin = session::SearchMuscles(M(), "medial and lateral heads");
  CHECK(Has(latin, "gastrocnemius"));
  // Every word must match: a second word narrows the list.
  CHECK(session::SearchMuscles(M(), "calf deep").size() < session::SearchMuscles(M(), "calf").size());
}

TEST_CASE("learn mode's typed answers search names only", "[session][search]") {
  CHECK(session::SearchMuscles(M(), "headache", session::SearchScope::Names).empty());
  CHECK_FALSE(session::SearchMuscles(M(), "trapz", session::SearchScope::Names).empty());
}

TEST_CASE("landmark names match word by word, with a typo", "[session][search]") {
  CHECK(session::MatchesWords("acromion right back", "acrom"));
  CHECK(session::MatchesWords("acromion right back", "acromoin right"));
  CHECK_FALSE(session::MatchesWords("acromion right back", "knee"));
  CHECK(session::MatchesWords("c7 back", ""));
}
