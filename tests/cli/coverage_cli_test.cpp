// `knotmap coverage` through the real executable, and what `query` shows a user about red flags
// and trigger point names.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>

#include <nlohmann/json.hpp>

#include "cli/run_knotmap.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using nlohmann::json;
using namespace knotmap;

namespace {

using Run = test::ExeResult;
using test::Slurp;
Run Knotmap(const std::string& args) { return test::RunKnotmap(args); }

std::string Minimal() { return "'" + test::FixtureDir("valid/minimal").string() + "'"; }

}  // namespace

TEST_CASE("coverage prints the share answered and lists the holes by landmark", "[cli][coverage]") {
  const Run r = Knotmap("coverage --model " + Minimal() + " --view back --step 20");
  INFO(r.out << r.err);
  CHECK(r.status == 1);  // holes: a failed check
  CHECK(r.out.find("back view: ") != std::string::npos);
  CHECK(r.out.find("front view") == std::string::npos);
  CHECK(std::regex_search(r.out, std::regex(R"(back view: \d+ of \d+ samples answered \(\d+\.\d %\))")));
  // A hole line: region name, landmark, count and a spot to try.
  CHECK(std::regex_search(r.out, std::regex(R"(\n\s+Back\s+(t4|c7|acromion_right|acromion_left)\s+\d+  --at \d+,\d+)")));
}

TEST_CASE("coverage of the shipped content covers both views", "[cli][coverage]") {
  const Run r = Knotmap("coverage --step 40");
  INFO(r.out << r.err);
  CHECK((r.status == 0 || r.status == 1));
  CHECK(r.out.find("front view: ") != std::string::npos);
  CHECK(r.out.find("back view: ") != std::string::npos);
  if (r.status == 0) {
    CHECK(r.out.find("(100.0 %), no holes") != std::string::npos);
  }
}

TEST_CASE("coverage --svg draws the holes over the silhouette", "[cli][coverage]") {
  const test::TempDir tmp;
  const fs::path svg = tmp.path / "holes.svg";
  const Run r = Knotmap("coverage --model " + Minimal() + " --step 25 --svg '" + svg.string() + "'");
  INFO(r.out << r.err);
  CHECK(r.status == 1);
  const std::string text = Slurp(svg);
  CHECK(text.rfind("<svg", 0) == 0);
  CHECK(text.find("% answered</text>") != std::string::npos);
  CHECK(text.find("<rect x=") != std::string::npos);
  CHECK(text.find("</svg>") != std::string::npos);
  const Run bad = Knotmap("coverage --model " + Minimal() + " --svg '" + (tmp.path / "no/such/dir/x.svg").string() + "'");
  CHECK(bad.status == 1);
  CHECK(bad.err.find("cannot write") != std::string::npos);
}

TEST_CASE("coverage refuses bad numbers", "[cli][coverage]") {
  for (const char* args : {"coverage --radius nan", "coverage --step 0", "coverage --step inf",
                           "coverage --view side", "coverage --radius -3"}) {
    INFO(args);
    const Run r = Knotmap(args);
    CHECK(r.status == 2);
    CHECK(!r.err.empty());
  }
}

TEST_CASE("query on the left chest shows the heart first, and names, not ids", "[cli][red_flags]") {
  const Run r = Knotmap("query --view front --landmark nipple --side left --radius 30");
  INFO(r.out << r.err);
  REQUIRE(r.status == 0);
  const auto urgent = r.out.find("URGENT");
  const auto heart = r.out.find("Chest pain");
  const auto likely = r.out.find("Likely trigger points");
  REQUIRE(urgent != std::string::npos);
  REQUIRE(heart != std::string::npos);
  REQUIRE(likely != std::string::npos);
  CHECK(urgent < likely);
  CHECK(heart < likely);
  CHECK(r.out.find("Pectoralis major (left), ") != std::string::npos);
  CHECK_FALSE(std::regex_search(r.out, std::regex(R"(\btp\d\b)")));
}

TEST_CASE("query --json lists the marks' red flags, urgent first", "[cli][red_flags]") {
  const Run r = Knotmap("query --json --view front --landmark nipple --side left");
  REQUIRE(r.status == 0);
  const json j = json::parse(r.out);
  REQUIRE(j.contains("red_flags"));
  const auto& flags = j["red_flags"];
  REQUIRE(!flags.empty());
  bool seen_non_urgent = false;
  bool heart = false;
  for (const auto& f : flags) {
    for (const char* key : {"id", "title", "text", "urgent", "regions"}) CHECK(f.contains(key));
    if (!f["urgent"].get<bool>()) seen_non_urgent = true;
    else CHECK_FALSE(seen_non_urgent);  // no urgent flag after a non-urgent one
    heart = heart || f["id"] == "chest_pain_heart";
  }
  CHECK(heart);
  CHECK(flags.front()["urgent"].get<bool>());
  CHECK(!j["candidates"].front()["trigger_point_name"].get<std::string>().empty());
}

TEST_CASE("muscle text shows trigger point names, never ids", "[cli]") {
  const Run r = Knotmap("muscle upper_trapezius");
  INFO(r.out << r.err);
  REQUIRE(r.status == 0);
  CHECK(r.out.find("Trigger point: mid-border of the upper trapezius") != std::string::npos);
  CHECK_FALSE(std::regex_search(r.out, std::regex(R"(\btp\d\b)")));
}
