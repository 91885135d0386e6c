// cli::Run in-process with its injectable streams and a recording window launcher: every numeric
// option refuses NaN, infinities and out-of-range values, failed writes exit 1, and `gui` options
// follow the same rules as the other subcommands before any window opens.
#include <catch2/catch.hpp>

#include <optional>
#include <sstream>
#include <streambuf>
#include <string>
#include <vector>

#include "cli/cli.hpp"
#include "session/session.hpp"
#include "test_support.hpp"

using namespace knotmap;

namespace {

struct RunResult {
  int status = -1;
  std::string out, err;
  std::optional<cli::GuiOptions> gui;  // what the window would have been opened with
};

int RunInto(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
            std::optional<cli::GuiOptions>& gui) {
  std::vector<const char*> argv{"knotmap"};
  for (const std::string& a : args) argv.push_back(a.c_str());
  const cli::GuiLauncher launch = [&](const cli::GuiOptions& o) {
    gui = o;
    return 0;
  };
  return cli::Run(static_cast<int>(argv.size()), argv.data(), launch, out, err);
}

RunResult Run(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  RunResult r;
  r.status = RunInto(args, out, err, r.gui);
  r.out = out.str();
  r.err = err.str();
  return r;
}

// A stream buffer that accepts `room` bytes and then fails, like a file on a full disk.
class FullDisk : public std::streambuf {
 public:
  explicit FullDisk(std::size_t room) : room_(room) {}

 protected:
  int_type overflow(int_type c) override {
    if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
    if (room_ == 0) return traits_type::eof();
    --room_;
    return c;
  }
  std::streamsize xsputn(const char*, std::streamsize n) override {
    const auto taken = std::min<std::streamsize>(n, static_cast<std::streamsize>(room_));
    room_ -= static_cast<std::size_t>(taken);
    return taken;
  }

 private:
  std::size_t room_;
};

std::string Model() { return test::ShippedModelDir().string(); }

}  // namespace

TEST_CASE("numeric options refuse NaN, infinities, junk and out-of-range values", "[cli][run][numbers]") {
  const std::vector<std::vector<std::string>> cases = {
      {"query", "--at", "555,470", "--radius", "nan"},
      {"query", "--at", "555,470", "--radius", "inf"},
      {"query", "--at", "555,470", "--radius", "-inf"},
      {"query", "--at", "555,470", "--radius", "1e999"},
      {"query", "--at", "555,470", "--radius", "0x10"},
      {"query", "--at", "555,470", "--radius", "30px"},
      {"query", "--at", "555,470", "--radius", "0.5"},
      {"query", "--at", "555,470", "--top", "-1"},
      {"query", "--at", "555,470", "--top", "2.5"},
      {"query", "--at", "555,470", "--top", "nan"},
      {"render", "--scale", "nan"},
      {"render", "--scale", "inf"},
      {"render", "--scale", "100"},
      {"gui", "--size", "nanxnan"},
      {"gui", "--size", "16384x16384"},
      {"gui", "--size", "1600x-1000"},
      {"gui", "--frames", "nan"},
      {"gui", "--frames", "0"},
      {"gui", "--bench-frames", "1e3"},
      {"gui", "--seed", "-1"},
      {"gui", "--seed", "nan"},
  };
  for (const auto& args : cases) {
    std::string shown;
    for (const auto& a : args) shown += a + " ";
    INFO(shown);
    const RunResult r = Run(args);
    INFO(r.err);
    CHECK(r.status == 2);
    CHECK(r.err.find("expected") != std::string::npos);
    CHECK_FALSE(r.gui.has_value());
    CHECK(r.out.empty());
  }
}

TEST_CASE("valid numbers still work", "[cli][run][numbers]") {
  const RunResult q = Run({"query", "--model", Model(), "--at", "555,470", "--radius", "45.5", "--top", "3", "--json"});
  INFO(q.err);
  CHECK(q.status == 0);
  CHECK(q.out.find("\"radius\": 45.5") != std::string::npos);
  const RunResult g = Run({"gui", "--size", "1600x1000", "--frames", "2", "--seed", "7"});
  INFO(g.err);
  REQUIRE(g.status == 0);
  REQUIRE(g.gui.has_value());
  CHECK(g.gui->size->width == 1600);
  CHECK(g.gui->frames == 2);
  CHECK(g.gui->seed == 7u);
}

TEST_CASE("a failed write to standard output exits 1 with the reason, for every subcommand",
          "[cli][run][write]") {
  const std::vector<std::vector<std::string>> cases = {
      {"query", "--model", Model(), "--at", "555,470", "--json"},
      {"query", "--model", Model(), "--at", "555,470"},
      {"landmarks", "--model", Model(), "--json"},
      {"muscles", "--model", Model()},
      {"muscle", "upper_trapezius", "--model", Model(), "--json"},
      {"validate", Model()},
      {"render", "--model", Model()},
      {"--help"},
  };
  for (const auto& args : cases) {
    INFO(args.front() << " " << args.back());
    for (std::size_t room : {std::size_t{0}, std::size_t{100}}) {
      FullDisk full(room);
      std::ostream out(&full);
      std::ostringstream err;
      std::optional<cli::GuiOptions> gui;
      const int status = RunInto(args, out, err, gui);
      INFO(err.str());
      CHECK(status == 1);
      CHECK(err.str().find("cannot write to standard output") != std::string::npos);
    }
  }
}

TEST_CASE("gui options follow the rules of the other subcommands", "[cli][run][gui]") {
  const struct {
    std::vector<std::string> args;
    const char* message;
  } cases[] = {
      {{"gui", "--mark", "back:5000,5000"}, "outside the body"},
      {{"gui", "--mark", "back:20,1000"}, "outside the body"},
      {{"gui", "--mark", "back:1e3,500"}, "finite decimal"},
      {{"gui", "--mark", "back:555,470", "--mark", "back:nan,470"}, "finite decimal"},
      {{"gui", "--mark", "side:555,470"}, "unknown view"},
      {{"gui", "--mark", "555,470"}, "VIEW:X,Y"},
      {{"gui", "--learn-region", "upper_back"}, "--learn-region needs --learn"},
      {{"gui", "--learn-region", "nope"}, "--learn-region needs --learn"},
      {{"gui", "--model", ""}, "must not be empty"},
      {{"gui", "--screenshot", ""}, "must not be empty"},
      {{"gui", "--heat-map", "last week"}, "expected 'all' or FROM..TO"},
      {{"gui", "--heat-map", "2026-11-31..2026-12-01"}, "FROM: "},
      {{"gui", "--heat-map", "2026-11-01..soon"}, "TO: "},
      {{"gui", "--heat-map", "2026-11-20..2026-11-10"}, "FROM must not come after TO"},
      {{"gui", "--focus", "back:nan,400"}, "--focus: "},
      {{"gui", "--focus", "600,400"}, "VIEW:X,Y"},
      {{"gui", "--zoom", "2"}, "--zoom needs --focus"},
      {{"gui", "--focus", "back:600,400", "--zoom", "0.5"}, "--zoom"},
      {{"gui", "--focus", "back:600,400", "--zoom", "nan"}, "--zoom"},
  };
  for (const auto& c : cases) {
    INFO(c.args.back());
    const RunResult r = Run(c.args);
    INFO(r.err);
    CHECK(r.status == 2);
    CHECK(r.err.find(c.message) != std::string::npos);
    CHECK_FALSE(r.gui.has_value());
  }
  const RunResult ok = Run({"gui", "--mark", "back:555,470", "--mark", "front: 480.5 , 700"});
  INFO(ok.err);
  REQUIRE(ok.status == 0);
  REQUIRE(ok.gui.has_value());
  CHECK(ok.gui->marks.size() == 2u);
  const RunResult learn = Run({"gui", "--learn", "which_muscle", "--learn-region", "mixed"});
  CHECK(learn.status == 0);
  // --heat-map: every day, or the days from the first to the last, both whole.
  const RunResult all = Run({"gui", "--heat-map", "all"});
  REQUIRE(all.gui.has_value());
  CHECK(all.gui->heat_map == "all");
  CHECK(all.gui->heat_from == 0);
  const RunResult days = Run({"gui", "--heat-map", "2026-11-20..2026-11-23"});
  INFO(days.err);
  REQUIRE(days.gui.has_value());
  CHECK(days.gui->heat_to - days.gui->heat_from == 4 * 86400 - 1);  // 20th 00:00 to 23rd 23:59:59
  const RunResult focus = Run({"gui", "--focus", "back:600,450", "--zoom", "4"});
  INFO(focus.err);
  REQUIRE(focus.gui.has_value());
  CHECK(focus.gui->focus == "back:600,450");
  CHECK(focus.gui->zoom == 4.0f);
}

TEST_CASE("gui takes at most a session's worth of scripted marks", "[cli][run][gui]") {
  std::vector<std::string> args{"gui"};
  for (std::size_t i = 0; i < knotmap::session::kMaxMarks; ++i) {
    args.insert(args.end(), {"--mark", "back:555,470"});
  }
  const RunResult most = Run(args);
  INFO(most.err);
  CHECK(most.status == 0);
  args.insert(args.end(), {"--mark", "back:555,470"});
  const RunResult over = Run(args);
  CHECK(over.status == 2);
  CHECK(over.err == "knotmap gui: --mark: at most 200 marks per session, got 201\n");
  CHECK_FALSE(over.gui.has_value());
}

TEST_CASE("empty paths and contradictory sides are errors, not defaults", "[cli][run]") {
  const struct {
    std::vector<std::string> args;
    const char* message;
  } cases[] = {
      {{"validate", ""}, "must not be empty"},
      {{"query", "--model", "", "--at", "555,470"}, "must not be empty"},
      {{"render", "-o", ""}, "must not be empty"},
      {{"query", "--landmark", "acromion_right", "--side", "left"}, "says right but --side says left"},
      {{"query", "--landmark", "acromion_left", "--side", "right"}, "says left but --side says right"},
  };
  for (const auto& c : cases) {
    INFO(c.args.front() << " " << c.args.back());
    const RunResult r = Run(c.args);
    INFO(r.err);
    CHECK(r.status == 2);
    CHECK(r.err.find(c.message) != std::string::npos);
  }
  CHECK(Run({"query", "--landmark", "acromion_right", "--side", "right"}).status == 0);
  CHECK(Run({"query", "--landmark", "acromion", "--side", "left"}).status == 0);
}
