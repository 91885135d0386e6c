// `knotmap report` through the real executable: the PDF's pages and words as poppler reads them
// (when pdfinfo and pdftotext are installed), the PNG's size, bad input and a failed write (a
// full device is tested in tests/report: the command line picks the format by the file's ending).
#include <catch2/catch.hpp>

#include <filesystem>

#include "cli/run_knotmap.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace knotmap;

namespace {

using Run = test::ExeResult;
using test::Slurp;
Run Shell(const std::string& command) { return test::RunShell(command); }
Run Knotmap(const std::string& args) { return test::RunKnotmap(args); }

bool Have(const char* tool) { return Shell(std::string("command -v ") + tool).status == 0; }

std::string Quote(const fs::path& p) { return "'" + p.string() + "'"; }

// Between the spine and the right shoulder blade: rhomboids, with the chest's warning signs.
constexpr const char* kSpots = "--view back --at 555,470 --at 585,540";

}  // namespace

TEST_CASE("report writes a PDF plan that poppler reads: warning signs first, muscles, doses", "[cli][report]") {
  const test::TempDir tmp;
  const fs::path pdf = tmp.path / "plan.pdf";
  const Run r = Knotmap(std::string("report ") + kSpots + " --out " + Quote(pdf));
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(r.out.empty());
  CHECK(Slurp(pdf).rfind("%PDF-", 0) == 0);
  if (!Have("pdfinfo") || !Have("pdftotext")) {
    WARN("poppler-utils (pdfinfo, pdftotext) are not installed: the PDF's text is not checked");
    return;
  }
  const Run info = Shell("pdfinfo " + Quote(pdf));
  REQUIRE(info.status == 0);
  CHECK(info.out.find("595.276 x 841.89 pts (A4)") != std::string::npos);
  const auto pages_at = info.out.find("Pages:");
  REQUIRE(pages_at != std::string::npos);
  const int pages = std::atoi(info.out.c_str() + pages_at + 6);
  CHECK(pages >= 2);
  CHECK(pages <= 3);

  const Run text = Shell("pdftotext -layout " + Quote(pdf) + " -");
  REQUIRE(text.status == 0);
  const std::string& t = text.out;
  const auto at = [&t](const std::string& s) { return t.find(s); };
  // Page 1: the warning signs before any muscle, the urgent ones first.
  REQUIRE(at("First rule these out") != std::string::npos);
  REQUIRE(at("Get help now: Chest pain") != std::string::npos);
  REQUIRE(at("What may explain it") != std::string::npos);
  CHECK(at("Get help now: Chest pain") < at("See a doctor soon if"));
  CHECK(at("First rule these out") < at("What may explain it"));
  CHECK(at("Rhomboids (right)") < at("The plan, step by step"));
  CHECK(at("Explains mark 1 in its essential zone") != std::string::npos);
  CHECK(at("best explanation") != std::string::npos);
  // Trigger points by their human names, never their ids.
  CHECK(at("inner edge of the") != std::string::npos);  // wrapped in the column beside the map
  CHECK(at("tp1") == std::string::npos);
  // Page 2: the plan in order, with doses and cautions.
  REQUIRE(at("The plan, step by step") != std::string::npos);
  const auto plan = at("The plan, step by step");
  CHECK(t.find("Rule out the warning signs", plan) < t.find("Release and stretch the pulling muscles", plan));
  CHECK(t.find("Release and stretch the pulling muscles", plan) < t.find("Press the trigger points", plan));
  CHECK(t.find("Press the trigger points", plan) < t.find("Strengthen, once the pain has eased", plan));
  CHECK(t.find("Dose: hold ", plan) != std::string::npos);
  CHECK(t.find("Caution:", plan) != std::string::npos);
  CHECK(at("it does not diagnose") != std::string::npos);
}

TEST_CASE("report writes the map as a PNG of the asked width", "[cli][report]") {
  const test::TempDir tmp;
  const fs::path png = tmp.path / "map.png";
  const Run r = Knotmap(std::string("report ") + kSpots + " --width 640 --out " + Quote(png));
  INFO(r.err);
  REQUIRE(r.status == 0);
  const std::string bytes = Slurp(png);
  REQUIRE(bytes.size() > 24);
  CHECK(bytes.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);
  // IHDR: big-endian width at byte 16.
  const auto byte = [&bytes](std::size_t i) { return static_cast<unsigned>(static_cast<unsigned char>(bytes[i])); };
  CHECK(((byte(16) << 24) | (byte(17) << 16) | (byte(18) << 8) | byte(19)) == 640u);
}

TEST_CASE("report refuses bad input with exit 2 and a message", "[cli][report]") {
  const test::TempDir tmp;
  const std::string out = " --out " + Quote(tmp.path / "plan.pdf");
  for (const std::string& args :
       {std::string("report --at 555,470"),                                    // no --out
        "report --at 555,470 --out " + Quote(tmp.path / "plan.txt"),          // unknown kind of file
        "report" + out,                                                        // no spot
        "report --at 555,470 --width 800" + out,                               // --width is for a PNG
        "report --at 5000,5" + out,                                            // outside the body
        "report --at nan,1" + out, "report --view side --at 555,470" + out,
        "report --at 555,470 --habit no_such_habit" + out,
        "report --at 555,470 --width 10 --out " + Quote(tmp.path / "map.png")}) {
    INFO(args);
    const Run r = Knotmap(args);
    CHECK(r.status == 2);
    CHECK(!r.err.empty());
  }
  CHECK(fs::is_empty(tmp.path));
}

TEST_CASE("report says why a file cannot be written and leaves none", "[cli][report]") {
  const test::TempDir tmp;
  const Run missing = Knotmap(std::string("report ") + kSpots + " --out " + Quote(tmp.path / "none" / "plan.pdf"));
  CHECK(missing.status == 1);
  CHECK(missing.err.find("cannot write") != std::string::npos);
  CHECK(fs::is_empty(tmp.path));
}

TEST_CASE("the journal's printed plan and history fit three pages: warning signs, map, plan, history", "[cli][report]") {
  if (!Have("pdfinfo") || !Have("pdftotext")) {
    WARN("poppler-utils (pdfinfo, pdftotext) are not installed: the exported PDF is not checked");
    return;
  }
  const test::TempDir tmp;
  const std::string data = Quote(tmp.path / "data");
  // Three days, marks on the upper back, the neck, the low back and the front of the chest: many
  // warning signs, candidates and plan steps.
  const char* days[] = {
      "--view back --at 555,470 --at 460,300 --intensity 7 --note 'long desk day' --at-time 2026-11-20T09:00:00",
      "--view back --at 555,470 --at 560,760 --intensity 5 --at-time 2026-11-23T09:00:00",
      "--view front --at 600,420 --intensity 3 --at-time 2026-11-27T09:00:00"};
  for (const char* day : days) {
    const Run add = Knotmap("journal add --data-dir " + data + " " + day);
    INFO(add.err);
    REQUIRE(add.status == 0);
  }
  const fs::path out = tmp.path / "export";
  const Run exported = Knotmap("journal export --data-dir " + data + " --out " + Quote(out));
  INFO(exported.err);
  REQUIRE(exported.status == 0);
  const Run info = Shell("pdfinfo " + Quote(out / "plan.pdf"));
  REQUIRE(info.status == 0);
  const auto pages_at = info.out.find("Pages:");
  REQUIRE(pages_at != std::string::npos);
  const int pages = std::atoi(info.out.c_str() + pages_at + 6);
  CHECK(pages >= 2);
  CHECK(pages <= 3);

  const Run text = Shell("pdftotext " + Quote(out / "plan.pdf") + " -");
  REQUIRE(text.status == 0);
  const std::string& t = text.out;
  const auto at = [&t](const std::string& s) { return t.find(s); };
  // The warning signs before any muscle; the plan, then the history with its entries and the sources.
  REQUIRE(at("First rule these out") != std::string::npos);
  REQUIRE(at("What may explain it") != std::string::npos);
  CHECK(at("First rule these out") < at("What may explain it"));
  REQUIRE(at("The plan, step by step") != std::string::npos);
  REQUIRE(at("History") != std::string::npos);
  CHECK(at("The plan, step by step") < at("History"));
  CHECK(at("Journal entries, newest first") != std::string::npos);
  CHECK(at("long desk") != std::string::npos);  // the note (pdftotext keeps the lines it was wrapped on)
  CHECK(at("2026-11-27 09:00") < at("2026-11-20 09:00"));  // newest first
  CHECK(at("Sources") != std::string::npos);
  CHECK(at("Travell & Simons") > at("Sources"));
  // Each step keeps its dose and how to find the knot; cautions are printed.
  CHECK(at("Dose: hold ") != std::string::npos);
  CHECK(at("Find it:") != std::string::npos);
  CHECK(at("Caution:") != std::string::npos);
}
