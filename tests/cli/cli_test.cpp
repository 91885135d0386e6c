// The command line, exercised through the real executable: exit codes, messages and JSON shapes.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "cli/run_knotmap.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using nlohmann::json;
using namespace knotmap;

namespace {

using Result = test::ExeResult;
using test::Slurp;
Result Knotmap(const std::string& args) { return test::RunKnotmap(args); }

}  // namespace

TEST_CASE("version and help flags", "[cli]") {
  const Result v = Knotmap("--version");
  CHECK(v.status == 0);
  CHECK(v.out.find("knotmap 0.1.0") != std::string::npos);
  const Result h = Knotmap("--help");
  CHECK(h.status == 0);
  for (const char* sub : {"gui", "query", "landmarks", "muscles", "muscle", "validate", "render"}) {
    INFO(sub);
    CHECK(h.out.find(sub) != std::string::npos);
  }
  const Result qh = Knotmap("query --help");
  CHECK(qh.status == 0);
  CHECK(qh.out.find("--landmark") != std::string::npos);
}

TEST_CASE("unknown commands and bad options exit 2 with a message", "[cli]") {
  for (const char* args : {"frobnicate", "--frobnicate", "query --top nope --at 1,2", "gui --size 10x10",
                           "gui --size banana", "landmarks --view side"}) {
    INFO(args);
    const Result r = Knotmap(args);
    CHECK(r.status == 2);
    CHECK(!r.err.empty());
  }
}

TEST_CASE("validate: clean shipped content, errors elsewhere", "[cli]") {
  const Result ok = Knotmap("validate");
  INFO(ok.out << ok.err);
  CHECK(ok.status == 0);
  CHECK(ok.out.find(": ok: ") != std::string::npos);
  const fs::path bad = fs::temp_directory_path() / ("knotmap-cli-bad-" + std::to_string(::getpid()));
  fs::remove_all(bad);
  fs::copy(test::FixtureDir("valid/minimal"), bad, fs::copy_options::recursive);
  fs::copy_file(test::FixtureDir("invalid/unknown_pulling.toml"), bad / "muscles/unknown_pulling.toml");
  const Result r = Knotmap("validate '" + bad.string() + "'");
  CHECK(r.status == 1);
  CHECK(r.out.find("muscles/unknown_pulling.toml:25:10: error: unknown pulling muscle 'pec_minor'") !=
        std::string::npos);
  fs::remove_all(bad);
}

TEST_CASE("landmarks --json has both views in their own frames", "[cli]") {
  const Result r = Knotmap("landmarks --json");
  REQUIRE(r.status == 0);
  const json j = json::parse(r.out);
  REQUIRE(j.at("front").at("sternal_notch").size() == 2);
  REQUIRE(j.at("back").at("c7").size() == 2);
  CHECK(j["back"]["acromion_right"][0].get<double>() > 500.0);  // subject's right: screen right
  CHECK(j["front"]["acromion_right"][0].get<double>() < 500.0);  // facing us: screen left
  for (const char* name : {"vertex", "occiput", "mastoid_left", "t8", "l5", "sacrum", "psis_right",
                           "scapula_inferior_angle_left", "popliteal_fossa_right", "heel_left"}) {
    INFO(name);
    CHECK(j["back"].contains(name));
  }
  for (const char* name : {"forehead", "tmj_right", "xiphoid", "umbilicus", "asis_left", "groin_right",
                           "thumb_base_right", "patella_left", "big_toe_right"}) {
    INFO(name);
    CHECK(j["front"].contains(name));
  }
}

TEST_CASE("muscles --json lists enough complete muscles", "[cli]") {
  const Result r = Knotmap("muscles --json");
  REQUIRE(r.status == 0);
  const json j = json::parse(r.out);
  CHECK(j.at("muscle_count").get<int>() >= 60);
  CHECK(j.at("trigger_point_count").get<int>() >= 120);
  for (const auto& m : j.at("muscles")) {
    CHECK(!m.at("trigger_points").empty());
    CHECK(m.at("trigger_points")[0].at("at").size() == 2);
  }
}

TEST_CASE("muscle ID --json prints everything a muscle page needs", "[cli]") {
  const Result r = Knotmap("muscle upper_trapezius --json");
  REQUIRE(r.status == 0);
  const json j = json::parse(r.out);
  for (const char* key : {"name", "anatomical_name", "symptoms", "aggravating", "perpetuating", "pulling",
                          "self_treatment", "stretches", "strengthening", "cautions", "source", "outlines"}) {
    INFO(key);
    CHECK(j.contains(key));
  }
  CHECK(j["trigger_points"][0]["zones"][0].contains("kind"));
  const Result text = Knotmap("muscle upper_trapezius");
  CHECK(text.out.find("Pulling muscles") != std::string::npos);
  CHECK(Knotmap("muscle no_such_muscle").status == 2);
}

TEST_CASE("query --json has the documented shape", "[cli]") {
  const Result r = Knotmap("query --view back --landmark scapula_spine_root --side right --landmark t4 --json");
  INFO(r.err);
  REQUIRE(r.status == 0);
  const json j = json::parse(r.out);
  CHECK(j.at("view") == "back");
  CHECK(j.at("marks").size() == 2);
  REQUIRE(!j.at("candidates").empty());
  const json& c = j["candidates"][0];
  for (const char* key : {"muscle", "name", "side", "trigger_point", "score", "zone", "explains"}) {
    INFO(key);
    CHECK(c.contains(key));
  }
  CHECK(c["score"].get<double>() <= 1.0);
  CHECK(!j.at("best_explanation").empty());
  CHECK(!j.at("pulling").empty());
  CHECK(j.at("pulling")[0].contains("why"));
  CHECK(j.at("plan")[0].at("kind") == "red_flag");
}

TEST_CASE("query refuses bad input with exit 2", "[cli]") {
  const struct {
    const char* args;
    const char* message;
  } cases[] = {
      {"query --view back --at 5000,5", "outside the body"},
      {"query --view back --at 20,1000", "outside the body"},
      {"query --view back --at abc", "expected X,Y"},
      {"query --view back --at 1,2,3", "expected X,Y"},
      {"query --view back --at nan,5", "finite"},
      {"query --view side --at 500,500", "unknown view"},
      {"query --view back --landmark nowhere", "unknown landmark"},
      {"query --view back --landmark acromion", "paired"},
      {"query --view back --at 560,470 --habit juggling", "unknown habit"},
      {"query --view back", "at least one"},
  };
  for (const auto& c : cases) {
    INFO(c.args);
    const Result r = Knotmap(c.args);
    CHECK(r.status == 2);
    INFO(r.err);
    CHECK(r.err.find(c.message) != std::string::npos);
  }
}

TEST_CASE("render writes an SVG of a muscle's pattern", "[cli]") {
  const fs::path out = fs::temp_directory_path() / ("knotmap-render-" + std::to_string(::getpid()) + ".svg");
  const Result r = Knotmap("render --muscle upper_trapezius -o '" + out.string() + "'");
  CHECK(r.status == 0);
  CHECK(Slurp(out).rfind("<svg", 0) == 0);
  fs::remove(out);
  CHECK(Knotmap("render --muscle nope").status == 2);
}

TEST_CASE("render draws the faint skeleton, and --no-skeleton leaves it out", "[cli][skeleton]") {
  const Result with = Knotmap("render --view back");
  CHECK(with.status == 0);
  CHECK(with.out.find("fill=\"#fffaf0\"") != std::string::npos);
  const Result without = Knotmap("render --view back --no-skeleton");
  CHECK(without.status == 0);
  CHECK(without.out.find("#fffaf0") == std::string::npos);
  CHECK(without.out.size() < with.out.size());
}

TEST_CASE("standard output on a full disk exits 1 with the reason", "[cli][write]") {
  for (const char* args : {"query --at 555,470 --json", "landmarks", "muscles --json",
                           "muscle upper_trapezius", "validate", "render --muscle upper_trapezius", "--help"}) {
    INFO(args);
    const int raw = std::system((std::string("'") + KNOTMAP_EXE + "' " + args + " >/dev/full 2>/dev/null").c_str());
    CHECK((WIFEXITED(raw) ? WEXITSTATUS(raw) : -1) == 1);
  }
  const fs::path err = fs::temp_directory_path() / ("knotmap-full-" + std::to_string(::getpid()));
  std::system((std::string("'") + KNOTMAP_EXE + "' query --at 555,470 --json >/dev/full 2>'" + err.string() + "'").c_str());
  CHECK(Slurp(err).find("cannot write to standard output: No space left on device") != std::string::npos);
  fs::remove(err);
}

TEST_CASE("render -o never truncates the old file when the write fails", "[cli][write]") {
  test::TempDir dir;
  const fs::path out = dir.path / "pattern.svg";
  const std::string old_text = "<svg>the old drawing</svg>\n";
  std::ofstream(out, std::ios::binary) << old_text;
  fs::permissions(out, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  // A 4 KiB file-size limit (ulimit -f counts 512-byte blocks) stands in for a full disk.
  const fs::path err = dir.path / "err.txt";
  const std::string cmd = "trap '' XFSZ; ulimit -f 8; exec '" + std::string(KNOTMAP_EXE) +
                          "' render --all -o '" + out.string() + "' 2>'" + err.string() + "'";
  const int raw = std::system(("sh -c \"" + cmd + "\"").c_str());
  CHECK((WIFEXITED(raw) ? WEXITSTATUS(raw) : -1) == 1);
  INFO(Slurp(err));
  CHECK(Slurp(err).find("cannot write " + out.string() + ": File too large") != std::string::npos);
  CHECK(Slurp(out) == old_text);
  std::size_t files = 0;
  for (const auto& e : fs::directory_iterator(dir.path)) files += e.path() != err ? 1 : 0;
  CHECK(files == 1u);  // no temporary file left behind
  // A good write replaces the file and keeps its permissions.
  CHECK(Knotmap("render --muscle upper_trapezius -o '" + out.string() + "'").status == 0);
  CHECK(Slurp(out).rfind("<svg", 0) == 0);
  CHECK(fs::status(out).permissions() ==
        (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
  // A folder that does not exist, or a directory where the file should be: exit 1 with the reason.
  const Result missing = Knotmap("render -o '" + (dir.path / "no/such/dir.svg").string() + "'");
  CHECK(missing.status == 1);
  CHECK(missing.err.find("No such file or directory") != std::string::npos);
  const Result is_dir = Knotmap("render -o '" + dir.path.string() + "'");
  CHECK(is_dir.status == 1);
  CHECK(is_dir.err.find("it is a directory") != std::string::npos);
}

TEST_CASE("gui options are checked before any window opens", "[cli][gui]") {
  // No display is needed: these are refused before the window system is touched.
  const Result far = Knotmap("gui --mark back:5000,5000 --screenshot /dev/null");
  CHECK(far.status == 2);
  CHECK(far.err.find("outside the body") != std::string::npos);
  const Result lenient = Knotmap("gui --mark back:1e3,500");
  CHECK(lenient.status == 2);
  const Result region = Knotmap("gui --learn-region nope");
  CHECK(region.status == 2);
  CHECK(region.err.find("--learn-region needs --learn") != std::string::npos);
  CHECK(Knotmap("gui --size 16384x16384").status == 2);
}
