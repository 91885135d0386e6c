// `knotmap query` lists the body-wide causes when they apply: marks over several regions, or a
// cause given with --cause; unknown causes are refused.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

struct Run {
  int status = -1;
  std::string out, err;
};

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Run Query(const std::string& args) {
  static int counter = 0;
  const fs::path base = fs::temp_directory_path() /
                        ("knotmap-causes-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  const std::string cmd = std::string("'") + KNOTMAP_EXE + "' query " + args + " >'" + base.string() + ".out' 2>'" +
                          base.string() + ".err' </dev/null";
  const int raw = std::system(cmd.c_str());
  Run r{WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, Slurp(base.string() + ".out"), Slurp(base.string() + ".err")};
  fs::remove(base.string() + ".out");
  fs::remove(base.string() + ".err");
  return r;
}

const char* kSpread = "--view back --at 555,470 --at 540,800 --at 620,1000";

}  // namespace

TEST_CASE("query lists the body-wide causes when the marks span several regions", "[cli][causes]") {
  const Run text = Query(kSpread);
  REQUIRE(text.status == 0);
  CHECK(text.out.find("Body-wide causes (they act on every muscle):") != std::string::npos);
  CHECK(text.out.find("Thyroid or other hormone problems: If knots keep coming back") != std::string::npos);
  CHECK(text.out.find("Drinking too little water") != std::string::npos);
  const Run one = Query("--view back --at 555,470");
  REQUIRE(one.status == 0);
  CHECK(one.out.find("Body-wide causes") == std::string::npos);

  const Run j = Query(std::string(kSpread) + " --json");
  REQUIRE(j.status == 0);
  const json doc = json::parse(j.out);
  REQUIRE(doc["body_wide_causes"].is_array());
  CHECK(doc["body_wide_causes"].size() >= 4);
  CHECK(doc["body_wide_causes"][0]["id"] == "thyroid");
  for (const auto& c : doc["body_wide_causes"]) CHECK_FALSE(c["source"].get<std::string>().empty());
  CHECK(json::parse(Query("--view back --at 555,470 --json").out)["body_wide_causes"].empty());
}

TEST_CASE("query --cause adds one body-wide cause; unknown ones exit 2", "[cli][causes]") {
  const Run r = Query("--view back --at 555,470 --cause minerals --json");
  REQUIRE(r.status == 0);
  const json doc = json::parse(r.out);
  REQUIRE(doc["body_wide_causes"].size() == 1);
  CHECK(doc["body_wide_causes"][0]["label"] == "Low minerals (magnesium, calcium, potassium)");
  bool in_plan = false;
  for (const auto& step : doc["plan"]) in_plan |= step["title"] == "Body-wide: Low minerals (magnesium, calcium, potassium)";
  CHECK(in_plan);
  const Run bad = Query("--view back --at 555,470 --cause sunshine");
  CHECK(bad.status == 2);
  CHECK(bad.err.find("unknown cause 'sunshine'; known causes: thyroid minerals water poor_sleep") != std::string::npos);
}

TEST_CASE("query prints each step's dose on its line, once", "[cli][causes]") {
  const Run r = Query("--view back --at 555,470 --habit stress");
  REQUIRE(r.status == 0);
  CHECK(r.out.find("[relax] Let go: slow breathing  -  2 min 30 s") != std::string::npos);
  CHECK(r.out.find("[open_front] Open the front: lie along a rolled towel  -  2 min") != std::string::npos);
  CHECK(r.out.find("; Once") == std::string::npos);
}
