// `knotmap journal` in-process: entries on three days, a treatment, the list with what helped,
// show, JSON shapes, CSV that a spreadsheet reads, and bad input refused with exit 2.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include <sys/stat.h>

#include "cli/cli.hpp"
#include "io/progress_store.hpp"
#include "test_support.hpp"

using namespace knotmap;
using nlohmann::json;

namespace {

struct Result {
  int status = -1;
  std::string out, err;
};

Result Journal(const std::vector<std::string>& args) {
  std::vector<const char*> argv{"knotmap", "journal"};
  for (const std::string& a : args) argv.push_back(a.c_str());
  std::ostringstream out, err;
  Result r;
  r.status = cli::Run(static_cast<int>(argv.size()), argv.data(), [](const cli::GuiOptions&) { return 0; }, out, err);
  r.out = out.str();
  r.err = err.str();
  return r;
}

// RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks; rows end in CRLF.
std::vector<std::vector<std::string>> ParseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(field);
      field.clear();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      rows.back().push_back(field);
      field.clear();
      rows.emplace_back();
      ++i;
    } else {
      REQUIRE(c != '\n');  // a bare line feed outside quotes is not RFC 4180
      field += c;
    }
  }
  REQUIRE(field.empty());
  REQUIRE(rows.back().empty());
  rows.pop_back();
  return rows;
}

std::string Slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("journal add, treat, list, show and export on three days", "[cli][journal]") {
  test::TempDir dir;
  const std::string data = dir.path.string();
  const int intensity[] = {8, 6, 3};
  for (int d = 0; d < 3; ++d) {
    const Result add = Journal({"add", "--data-dir", data, "--at", "560,470", "--intensity", std::to_string(intensity[d]),
                                "--note", "day " + std::to_string(d + 1) + ", \"stiff\"", "--at-time",
                                "2025-11-0" + std::to_string(d + 1) + "T08:00:00Z"});
    INFO(add.err);
    REQUIRE(add.status == 0);
    CHECK(add.out.find("Saved entry " + std::to_string(d + 1)) != std::string::npos);
    CHECK(add.out.find("most likely") != std::string::npos);
    if (d == 2) continue;
    // After each of the first two entries, a treatment of the top finding.
    const Result shown = Journal({"show", "--data-dir", data, std::to_string(d + 1), "--json"});
    REQUIRE(shown.status == 0);
    const json e = json::parse(shown.out);
    const std::string muscle = e["findings"][0]["muscle"], tp = e["findings"][0]["trigger_point"];
    const std::string side = e["findings"][0]["side"];
    std::vector<std::string> args{"treat", "--data-dir", data, "--muscle", muscle, "--trigger-point", tp,
                                  "--seconds", "90", "--rating", "better", "--at-time",
                                  "2025-11-0" + std::to_string(d + 1) + "T09:00:00Z"};
    if (side != "midline") args.insert(args.end(), {"--side", side});
    const Result treat = Journal(args);
    INFO(treat.err);
    REQUIRE(treat.status == 0);
    CHECK(treat.out.find("Logged treatment") != std::string::npos);
  }
  const Result list = Journal({"list", "--data-dir", data, "--json"});
  REQUIRE(list.status == 0);
  const json j = json::parse(list.out);
  REQUIRE(j["entries"].size() == 3u);
  CHECK(j["entries"][0]["note"] == "day 1, \"stiff\"");
  CHECK(j["entries"][0]["marks"][0]["intensity"] == 8);
  CHECK(j["entries"][0]["marks"][0]["points"][0] == json::array({560.0, 470.0}));
  REQUIRE(j["treatments"].size() == 2u);
  CHECK(j["treatments"][0]["rating"] == "better");
  REQUIRE(j["what_helped"].size() == 1u);
  CHECK(j["what_helped"][0]["observations"] == 2);
  CHECK(j["what_helped"][0]["mean_change"] == Approx(-2.5));  // 8 -> 6 and 6 -> 3
  CHECK(j["what_helped"][0]["enough"] == false);

  const Result human = Journal({"list", "--data-dir", data});
  REQUIRE(human.status == 0);
  CHECK(human.out.find("worst  8/10") != std::string::npos);
  CHECK(human.out.find("Too few observations to tell yet (2 so far; 3 needed).") != std::string::npos);
  // --from and --to are inclusive days.
  const Result range = Journal({"list", "--data-dir", data, "--from", "2025-11-02", "--to", "2025-11-02", "--json"});
  REQUIRE(range.status == 0);
  CHECK(json::parse(range.out)["entries"].size() == 1u);

  const Result show = Journal({"show", "--data-dir", data, "2"});
  REQUIRE(show.status == 0);
  CHECK(show.out.find("Note: day 2") != std::string::npos);
  CHECK(show.out.find("Findings shown:") != std::string::npos);

  const std::filesystem::path out = dir.path / "export";
  const Result exported = Journal({"export", "--data-dir", data, "--out", out.string()});
  INFO(exported.err);
  REQUIRE(exported.status == 0);
  const auto journal_rows = ParseCsv(Slurp(out / "journal.csv"));
  REQUIRE(journal_rows.size() == 4u);
  CHECK(journal_rows[0][0] == "id");
  for (const auto& row : journal_rows) CHECK(row.size() == journal_rows[0].size());
  CHECK(journal_rows[1][2] == "day 1, \"stiff\"");
  CHECK(journal_rows[1][4] == "8");
  const auto treatment_rows = ParseCsv(Slurp(out / "treatments.csv"));
  REQUIRE(treatment_rows.size() == 3u);
  CHECK(treatment_rows[1][6] == "90");
  CHECK(treatment_rows[1][7] == "better");
}

TEST_CASE("journal commands refuse bad input with exit 2 and a message", "[cli][journal]") {
  test::TempDir dir;
  const std::string data = dir.path.string();
  struct Case {
    std::vector<std::string> args;
    const char* says;
  };
  const Case cases[] = {
      {{"add", "--data-dir", data}, "at least one --at"},
      {{"add", "--data-dir", data, "--at", "5000,5"}, "outside the body"},
      {{"add", "--data-dir", data, "--at", "560,470", "--view", "side"}, "unknown view"},
      {{"add", "--data-dir", data, "--at", "560,470", "--intensity", "11"}, "--intensity"},
      {{"add", "--data-dir", data, "--at", "560,470", "--habit", "juggling"}, "unknown habit"},
      {{"add", "--data-dir", data, "--at", "560,470", "--at-time", "2025-02-30"}, "no such date"},
      {{"add", "--data-dir", data, "--at", "560,470", "--at-time", "yesterday"}, "expected a date"},
      {{"list", "--data-dir", data, "--from", "2025-13-01"}, "no such date"},
      {{"show", "--data-dir", data, "7"}, "no journal entry 7"},
      {{"show", "--data-dir", data, "x"}, "ID"},
      {{"treat", "--data-dir", data, "--muscle", "nope", "--seconds", "60"}, "unknown muscle"},
      {{"treat", "--data-dir", data, "--muscle", "rhomboids", "--trigger-point", "tp9", "--seconds", "60"},
       "no trigger point"},
      {{"treat", "--data-dir", data, "--muscle", "rhomboids", "--seconds", "0"}, "--seconds"},
      {{"treat", "--data-dir", data, "--muscle", "rhomboids", "--seconds", "60", "--rating", "fine"}, "--rating"},
      {{"export", "--data-dir", data}, "--out"},
      {{}, "subcommand"},
  };
  for (const Case& c : cases) {
    std::string line;
    for (const auto& a : c.args) line += a + " ";
    INFO(line);
    const Result r = Journal(c.args);
    CHECK(r.status == 2);
    INFO(r.err);
    CHECK(r.err.find(c.says) != std::string::npos);
  }
}

TEST_CASE("a journal that cannot be read is an error, not an empty journal", "[cli][journal]") {
  test::TempDir dir;
  const std::string data = dir.path.string();
  REQUIRE(::mkfifo((dir.path / io::kStoreFileName).c_str(), 0600) == 0);  // never opened: no hang
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"list", "--data-dir", data}, {"show", "--data-dir", data, "1"},
        {"export", "--data-dir", data, "--out", (dir.path / "out").string()}}) {
    INFO(args[0]);
    const Result r = Journal(args);
    CHECK(r.status == 1);
    CHECK(r.err.find("it is a FIFO (named pipe), not a file") != std::string::npos);
    CHECK(r.err.find("the journal could not be read") != std::string::npos);
    CHECK(r.out.find("No journal entries") == std::string::npos);
  }
  CHECK_FALSE(std::filesystem::exists(dir.path / "out" / "journal.csv"));
}
