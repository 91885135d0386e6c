// The SVG export draws what it is asked to: the body, zones for chosen muscles, marks.
#include <catch2/catch.hpp>

#include "io/svg_export.hpp"
#include "test_support.hpp"

using namespace knotmap;

TEST_CASE("SVG export draws the chosen muscle's zones and trigger points", "[svg]") {
  const model::Model& m = test::Minimal().model;
  io::SvgOptions o;
  const std::string plain = io::RenderSvg(m, o);
  CHECK(plain.rfind("<svg", 0) == 0);
  CHECK(plain.find("#d32f2f") == std::string::npos);  // no zones without a muscle
  o.muscles = {"back_square"};
  o.marks = {{model::View::Back, {600, 650}}};
  const std::string with = io::RenderSvg(m, o);
  CHECK(with.find("#d32f2f") != std::string::npos);  // essential zone fill
  CHECK(with.find("stroke-dasharray=\"5 3\"") != std::string::npos);  // spillover outline
  // The spillover zone hatched as on the map: one pattern, defined before the path that uses it.
  const auto pattern = with.find("<pattern id=\"hatch0\"");
  const auto use = with.find("fill=\"url(#hatch0)\"");
  REQUIRE(pattern != std::string::npos);
  REQUIRE(use != std::string::npos);
  CHECK(pattern < use);
  CHECK(with.find("<pattern", pattern + 1) == std::string::npos);
  CHECK(plain.find("<pattern") == std::string::npos);
  CHECK(with.find("<circle") != std::string::npos);  // the mark
  CHECK(with.size() > plain.size());
}

TEST_CASE("SVG export draws the skeleton unless asked not to", "[svg][skeleton]") {
  const model::Model& m = test::Minimal().model;
  io::SvgOptions o;
  const std::string with = io::RenderSvg(m, o);
  CHECK(with.find("fill=\"#fffaf0\"") != std::string::npos);  // a closed bone's faint fill
  CHECK(with.find("stroke=\"#d2b49e\"") != std::string::npos);
  o.skeleton = false;
  const std::string without = io::RenderSvg(m, o);
  CHECK(without.find("#fffaf0") == std::string::npos);
  CHECK(without.find("#d2b49e") == std::string::npos);
}
