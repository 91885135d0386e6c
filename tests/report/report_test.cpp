// The printed plan and the map picture: what is written, how many pages, where the marks land,
// and that a failed write reports why and leaves nothing behind.
#include <catch2/catch.hpp>

#include <cairo.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "report/cairo_scene.hpp"
#include "report/report.hpp"
#include "session/pipeline.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace knotmap;

namespace {

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The pages of a PDF as cairo writes them: one "/Type /Page" object each.
int PageCount(const std::string& pdf) {
  const std::regex page(R"(/Type\s*/Page[^s])");
  return static_cast<int>(std::distance(std::sregex_iterator(pdf.begin(), pdf.end(), page), std::sregex_iterator()));
}

struct Fixture {
  const test::Loaded& loaded = test::Minimal();
  std::vector<model::PainMark> marks{{model::View::Back, model::MarkKind::Spot, {{600, 650}}, 30.0f, 6}};
  session::Analysis analysis = session::Analyze(loaded.model, loaded.index, marks);
  report::ReportInput Input() const { return {&loaded.model, marks, &analysis, {}, {}, "1 December 2026"}; }
};

std::vector<std::string> FilesIn(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
  return names;
}

}  // namespace

TEST_CASE("the plan is a PDF of two pages, its history after the plan on the last one", "[report]") {
  const Fixture f;
  REQUIRE(!f.analysis.findings.candidates.empty());  // the mark lies in the fixture muscle's zone
  const test::TempDir tmp;
  const fs::path out = tmp.path / "plan.pdf";
  CHECK(report::WritePlanPdf(f.Input(), out).empty());
  const std::string pdf = Slurp(out);
  CHECK(pdf.rfind("%PDF-", 0) == 0);
  CHECK(pdf.find("%%EOF") != std::string::npos);
  CHECK(PageCount(pdf) == 2);

  report::ReportInput with_history = f.Input();
  with_history.history = {{1764547200, "back", 6.0}, {1764720000, "back", 4.0}, {1764892800, "neck", 2.0}};
  with_history.entries = {{1764547200, "Back (6/10): back square", "after a long drive"},
                          {1764720000, "Back (4/10)", ""}};
  CHECK(report::WritePlanPdf(with_history, out).empty());
  const std::string with = Slurp(out);
  CHECK(PageCount(with) == 2);  // the short plan leaves room for the history beside it
  CHECK(with.size() > pdf.size());
  CHECK(FilesIn(tmp.path) == std::vector<std::string>{"plan.pdf"});  // no temporary file left
}

// A PNG read back with cairo: its size and its pixels as 0xRRGGBB.
struct Picture {
  explicit Picture(const fs::path& file) : surface(cairo_image_surface_create_from_png(file.c_str())) {}
  ~Picture() { cairo_surface_destroy(surface); }
  Picture(const Picture&) = delete;
  Picture& operator=(const Picture&) = delete;
  bool ok() const { return cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS; }
  int width() const { return cairo_image_surface_get_width(surface); }
  int height() const { return cairo_image_surface_get_height(surface); }
  std::uint32_t At(double x, double y) const {
    const unsigned char* row = cairo_image_surface_get_data(surface) + static_cast<int>(y) * cairo_image_surface_get_stride(surface);
    return reinterpret_cast<const std::uint32_t*>(row)[static_cast<int>(x)] & 0xFFFFFFu;
  }
  cairo_surface_t* surface;
};

TEST_CASE("the map PNG has the asked width and the mark where it was put", "[report]") {
  const Fixture f;
  const test::TempDir tmp;
  report::ReportInput without = f.Input();
  without.marks.clear();
  REQUIRE(report::WriteMapPng(f.Input(), tmp.path / "map.png", 800).empty());
  REQUIRE(report::WriteMapPng(without, tmp.path / "plain.png", 800).empty());
  const Picture map(tmp.path / "map.png"), plain(tmp.path / "plain.png");
  REQUIRE(map.ok());
  REQUIRE(plain.ok());
  CHECK(map.width() == 800);
  const model::Model& m = f.loaded.model;
  // The scene: the front view, then the back view, each with half an 80-unit gap either side, a
  // 40-unit band for the titles above and 20 units below.
  const double scale = 800.0 / (m.Atlas(model::View::Front).width + m.Atlas(model::View::Back).width + 160.0);
  CHECK(map.height() == static_cast<int>(std::ceil((2000.0 + 60.0) * scale)));
  const double x = (40.0 + m.Atlas(model::View::Front).width + 80.0 + 600.0) * scale, y = (40.0 + 650.0) * scale;
  const auto blue = [](std::uint32_t rgb) { return static_cast<int>(rgb & 0xFF); };
  const auto red = [](std::uint32_t rgb) { return static_cast<int>((rgb >> 16) & 0xFF); };
  // Under the mark: the red essential zone, tinted blue by the mark.
  CHECK(red(plain.At(x, y)) > 2 * blue(plain.At(x, y)));
  CHECK(blue(map.At(x, y)) > blue(plain.At(x, y)) + 30);
  // Far from it, the pictures agree; the corner is white.
  CHECK(map.At(x, map.height() - 5.0) == plain.At(x, map.height() - 5.0));
  CHECK(map.At(2, 2) == 0xFFFFFFu);
}

TEST_CASE("a failed write says why and leaves no file", "[report]") {
  const Fixture f;
  const test::TempDir tmp;
  const fs::path missing = tmp.path / "no-such-folder" / "plan.pdf";
  CHECK(!report::WritePlanPdf(f.Input(), missing).empty());
  CHECK(!report::WriteMapPng(f.Input(), tmp.path / "no-such-folder" / "map.png", 600).empty());
  CHECK(FilesIn(tmp.path).empty());
  if (fs::exists("/dev/full")) {
    const std::string error = report::WritePlanPdf(f.Input(), "/dev/full");
    CHECK(error.find("No space") != std::string::npos);
  }
  // A failed write keeps the old file as it was.
  const fs::path old = tmp.path / "plan.pdf";
  std::ofstream(old) << "old";
  report::ReportInput broken = f.Input();
  broken.analysis = nullptr;
  CHECK(report::WritePlanPdf(broken, old) == "no analysis of the marks was given");
  CHECK(Slurp(old) == "old");
  CHECK(report::WriteMapPng(f.Input(), old.parent_path() / "map.png", 10).find("64 to 8192") != std::string::npos);
  CHECK(FilesIn(tmp.path) == std::vector<std::string>{"plan.pdf"});
}

TEST_CASE("long words, odd text and no findings still give a valid PDF", "[report]") {
  const Fixture f;
  report::ReportInput in = f.Input();
  session::Analysis nothing;  // no candidates, no plan: the pages say so
  in.analysis = &nothing;
  in.entries = {{0, std::string(400, 'x'), "caf\xc3\xa9 \xe2\x80\x94 na\xc3\xafve " + std::string(300, 'y')},
                {60, "Latin-1 note", "caf\xe9 \xff\xfe broken \xe2\x80"}};
  in.history = {{0, "a region \xff the journal named", 3.0}};
  const test::TempDir tmp;
  REQUIRE(report::WritePlanPdf(in, tmp.path / "odd.pdf").empty());
  const std::string pdf = Slurp(tmp.path / "odd.pdf");
  CHECK(pdf.rfind("%PDF-", 0) == 0);
  CHECK(PageCount(pdf) == 2);  // "no plan", then the history on the same page
}

TEST_CASE("the cairo painter hatches a hatched fill at 45 degrees, rising to the right", "[report]") {
  io::Scene scene;
  scene.width = scene.height = 100.0f;
  io::Primitive square;
  square.points = {{10, 10}, {90, 10}, {90, 90}, {10, 90}};
  square.closed = true;
  square.style.fill = 0xffffff;
  square.style.hatch = {.color = 0x000000, .opacity = 1.0f, .spacing = 6.0f, .width = 1.5f};
  scene.items.push_back(square);
  cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 100, 100);
  cairo_t* cr = cairo_create(surface);
  cairo_set_source_rgb(cr, 0.5, 0.5, 0.5);
  cairo_paint(cr);
  report::PaintScene(cr, scene, report::Placement{});
  cairo_surface_flush(surface);
  const auto dark = [&](int x, int y) {
    const unsigned char* row = cairo_image_surface_get_data(surface) + y * cairo_image_surface_get_stride(surface);
    return (reinterpret_cast<const std::uint32_t*>(row)[x] & 0xFF) < 100;
  };
  int lines = 0, along = 0, across = 0, outside = 0;
  for (int x = 15; x < 85; ++x) lines += dark(x, 50) && !dark(x - 1, 50) ? 1 : 0;
  for (int y = 15; y < 85; ++y) {
    for (int x = 15; x < 85; ++x) {
      if (!dark(x, y)) continue;
      along += dark(x + 2, y - 2) ? 1 : 0;   // up and to the right: the same line
      across += dark(x + 2, y + 2) ? 1 : 0;  // down and to the right: only where lines are thick
    }
  }
  for (int i = 0; i < 100; ++i) outside += dark(i, 3) || dark(3, i) ? 1 : 0;
  cairo_destroy(cr);
  cairo_surface_destroy(surface);
  // 70 pixels across lines 6 / cos 45 = 8.5 pixels apart: about 8 of them.
  CHECK(lines >= 7);
  CHECK(lines <= 10);
  CHECK(along > 3 * across);
  CHECK(outside == 0);  // clipped to the square
}
