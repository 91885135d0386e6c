// The --state-dump JSON, parsed as a script would read it.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "harness.hpp"
#include "ui/core/state_dump.hpp"

using knotmap::test::Harness;
namespace ui = knotmap::ui;
namespace model = knotmap::model;

TEST_CASE("the state dump lists marks, top candidates and the selection", "[ui][persist]") {
  Harness h(ImVec2(800, 600));
  h.state.Queue(ui::action::AddMark{knotmap::test::Spot("back:545,470")});
  model::PainMark low = knotmap::test::Spot("back:430.25,1210.75");  // y >= 1000 keeps its decimals
  h.state.Queue(ui::action::AddMark{low});
  h.Frame();
  const nlohmann::json dump = nlohmann::json::parse(ui::StateDumpJson(h.state));
  REQUIRE(dump["marks"].size() == 2u);
  CHECK(dump["marks"][0]["view"] == "back");
  CHECK(dump["marks"][0]["kind"] == "spot");
  CHECK(dump["marks"][0]["points"][0][0].get<double>() == Approx(545.0));
  CHECK(dump["marks"][1]["points"][0][1].get<double>() == Approx(1210.75).margin(1e-4));
  REQUIRE(!dump["top"].empty());
  const model::Candidate& best = h.state.session.findings.candidates.front();
  CHECK(dump["top"][0]["muscle"] == h.state.session.model->muscles[best.muscle].id);
  CHECK(dump["top"][0]["side"] == std::string(model::ToString(best.side)));
  CHECK(dump["top"][0]["score"].get<double>() == Approx(best.score));
  CHECK(dump["selected_candidate"] == h.state.session.model->muscles[best.muscle].id + ":" +
                                          std::string(model::ToString(best.side)));
  CHECK(dump["panel"] == "findings");
  CHECK(dump["muscle_page"].is_null());
  CHECK(dump["plan_steps"].get<std::size_t>() == h.state.session.plan.steps.size());
  CHECK(dump["findings_version"].get<int>() == h.state.session.findings_version);
  // Both views are shown: where each is and how an atlas point maps onto the window.
  REQUIRE(dump["views"].size() == 2u);
  const auto& back = dump["views"][1];
  CHECK(back["view"] == "back");
  const ImVec2 at = h.ToScreen(model::View::Back, {545.0f, 470.0f});
  CHECK(back["origin"][0].get<double>() + 545.0 * back["scale"].get<double>() == Approx(at.x));
  CHECK(back["origin"][1].get<double>() + 470.0 * back["scale"].get<double>() == Approx(at.y));
  CHECK(back["min"][0].get<double>() > 0.0);  // right of the front view
}
